import { accountVi } from './vi/account.js';
import { agencyVi } from './vi/agency.js';
import { attachmentsVi } from './vi/attachments.js';
import { adminVi } from './vi/admin.js';
import { authVi } from './vi/auth.js';
import { casesVi } from './vi/cases.js';
import { digestVi } from './vi/digest.js';
import { faqVi } from './vi/faq.js';
import { portalVi } from './vi/portal.js';
import { publicVi } from './vi/public.js';
import { reportVi } from './vi/report.js';
import { settingsVi } from './vi/settings.js';
import { staffVi } from './vi/staff.js';

/** Vietnamese: the source of truth. Every other catalogue must have exactly these keys. */
export const vi = {
  ...publicVi,
  ...portalVi,
  ...authVi,
  ...accountVi,
  ...staffVi,
  ...adminVi,
  ...settingsVi,
  ...casesVi,
  ...digestVi,
  ...faqVi,
  ...agencyVi,
  ...attachmentsVi,
  ...reportVi,
} as const;

export type MessageKey = keyof typeof vi;
