import { accountVi } from './vi/account.js';
import { adminVi } from './vi/admin.js';
import { authVi } from './vi/auth.js';
import { publicVi } from './vi/public.js';
import { staffVi } from './vi/staff.js';

/** Vietnamese: the source of truth. Every other catalogue must have exactly these keys. */
export const vi = { ...publicVi, ...authVi, ...accountVi, ...staffVi, ...adminVi } as const;

export type MessageKey = keyof typeof vi;
