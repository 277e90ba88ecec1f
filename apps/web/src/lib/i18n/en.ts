import { accountEn } from './en/account.js';
import { agencyEn } from './en/agency.js';
import { attachmentsEn } from './en/attachments.js';
import { adminEn } from './en/admin.js';
import { authEn } from './en/auth.js';
import { casesEn } from './en/cases.js';
import { digestEn } from './en/digest.js';
import { faqEn } from './en/faq.js';
import { portalEn } from './en/portal.js';
import { publicEn } from './en/public.js';
import { reportEn } from './en/report.js';
import { settingsEn } from './en/settings.js';
import { staffEn } from './en/staff.js';
import type { MessageKey } from './vi.js';

export const en: Record<MessageKey, string> = {
  ...publicEn,
  ...portalEn,
  ...authEn,
  ...accountEn,
  ...staffEn,
  ...adminEn,
  ...settingsEn,
  ...casesEn,
  ...digestEn,
  ...faqEn,
  ...agencyEn,
  ...attachmentsEn,
  ...reportEn,
};
