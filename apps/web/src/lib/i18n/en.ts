import { accountEn } from './en/account.js';
import { adminEn } from './en/admin.js';
import { authEn } from './en/auth.js';
import { publicEn } from './en/public.js';
import { staffEn } from './en/staff.js';
import type { MessageKey } from './vi.js';

export const en: Record<MessageKey, string> = {
  ...publicEn,
  ...authEn,
  ...accountEn,
  ...staffEn,
  ...adminEn,
};
