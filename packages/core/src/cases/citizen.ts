import { maskPhone } from '../phone.js';
import type { CaseChannel } from './case-types.js';

/**
 * A citizen's contact details as a case holds them. Lists and roles without need see them masked;
 * only the case page shows them in full, and that read is audit-logged.
 */
export interface CitizenDetails {
  name: string | null;
  phone: string | null;
  email: string | null;
  address: string | null;
  commune: string | null;
}

/** "Nguyễn Văn An" → "N. V. A.": enough to tell two callers apart on a list. */
export function maskName(name: string): string {
  const words = name.trim().split(/\s+/u).filter(Boolean);
  if (words.length === 0) return '***';
  return words.map((w) => `${Array.from(w)[0]!.toUpperCase()}.`).join(' ');
}

/** "an.nguyen@gmail.com" → "a***@gmail.com". */
export function maskEmail(email: string): string {
  const at = email.lastIndexOf('@');
  if (at <= 0) return '***';
  return `${Array.from(email)[0]}***${email.slice(at)}`;
}

/** Everything masked except the commune (a place, not a person); the address is withheld. */
export function maskCitizen(c: CitizenDetails): CitizenDetails {
  return {
    name: c.name ? maskName(c.name) : null,
    phone: c.phone ? maskPhone(c.phone) : null,
    email: c.email ? maskEmail(c.email) : null,
    address: c.address ? '***' : null,
    commune: c.commune,
  };
}

export function hasPersonalData(c: CitizenDetails): boolean {
  return Boolean(c.name || c.phone || c.email || c.address);
}

/**
 * Why an answer cannot be relayed on `channel`: a call back needs a phone number, an e-mail an address.
 * Portal, Zalo and Facebook answer in the conversation the citizen started. Vietnamese, for the operator.
 */
export function relayContactRefusal(channel: CaseChannel, c: CitizenDetails): string | null {
  if (channel === 'hotline' && !c.phone) return 'Hồ sơ không có số điện thoại để gọi lại cho công dân.';
  if (channel === 'email' && !c.email) return 'Hồ sơ không có địa chỉ e-mail để gửi câu trả lời.';
  return null;
}
