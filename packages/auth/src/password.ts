import { hash, parseOptions, verify, type Options } from '@node-rs/argon2';
import { COMMON_PASSWORDS } from './common-passwords.js';

// OWASP's minimum for argon2id. 2 is Algorithm.Argon2id: the package ships it as an ambient const enum,
// which isolatedModules cannot read.
const ARGON2ID = 2 satisfies Options['algorithm'];
export const PASSWORD_HASH_OPTIONS = Object.freeze({
  algorithm: ARGON2ID,
  memoryCost: 19456,
  timeCost: 2,
  parallelism: 1,
} satisfies Options);

export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 128;

// Vietnamese keyboards may emit composed or decomposed diacritics for the same word (NIST 800-63B: normalise).
function normalizePassword(password: string): string {
  return password.normalize('NFKC');
}

export function hashPassword(password: string): Promise<string> {
  return hash(normalizePassword(password), PASSWORD_HASH_OPTIONS);
}

/** False for a wrong password and for a stored value that is not an argon2 hash. */
export async function verifyPassword(storedHash: string, password: string): Promise<boolean> {
  try {
    return await verify(storedHash, normalizePassword(password));
  } catch {
    return false;
  }
}

/** True when a hash was made with other parameters than today's, so the caller rehashes after login. */
export function passwordNeedsRehash(storedHash: string): boolean {
  const o = parseOptions(storedHash);
  const want = PASSWORD_HASH_OPTIONS;
  return (
    o.algorithm !== want.algorithm ||
    o.memoryCost !== want.memoryCost ||
    o.timeCost !== want.timeCost ||
    o.parallelism !== want.parallelism
  );
}

export type PasswordIssueCode =
  'too_short' | 'too_long' | 'common' | 'contains_email' | 'contains_name' | 'repeated' | 'sequence';

export interface PasswordIssue {
  code: PasswordIssueCode;
  message: string;
}

const MESSAGES: Record<PasswordIssueCode, string> = {
  too_short: `Mật khẩu cần ít nhất ${PASSWORD_MIN_LENGTH} ký tự.`,
  too_long: `Mật khẩu không được dài quá ${PASSWORD_MAX_LENGTH} ký tự.`,
  common: 'Mật khẩu này quá phổ biến và dễ bị đoán. Hãy chọn mật khẩu khác.',
  contains_email: 'Mật khẩu không được chứa địa chỉ email của bạn.',
  contains_name: 'Mật khẩu không được chứa tên của bạn.',
  repeated: 'Mật khẩu không được chỉ gồm một ký tự lặp lại.',
  sequence: 'Mật khẩu không được là một dãy ký tự liên tiếp như 123456 hay qwerty.',
};

const SEQUENCES = [
  '01234567890',
  'abcdefghijklmnopqrstuvwxyz',
  'qwertyuiopasdfghjklzxcvbnm',
  'qwertyuiop',
  'asdfghjkl',
  'zxcvbnm',
];
const ALL_SEQUENCES = [...SEQUENCES, ...SEQUENCES.map((s) => [...s].reverse().join(''))];
// Shorter fragments ("an", "le") would flag half of all passwords.
const PERSONAL_MIN = 4;
const SEQUENCE_CORE_MIN = 4;

/** Lowercase without diacritics; đ has no decomposition, so it is mapped by hand. */
export function foldForComparison(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').toLowerCase();
}

function stripTrailingNonLetters(text: string): string {
  return text.replace(/[^\p{L}]+$/u, '');
}

function isSequence(text: string): boolean {
  return ALL_SEQUENCES.some((s) => s.includes(text));
}

/** The folded text, its letters and digits run together, and each word, keeping those of 4+ chars. */
function personalFragments(text: string): string[] {
  const folded = foldForComparison(text.trim());
  const words = folded.split(/[^\p{L}\p{N}]+/u);
  return [folded, words.join(''), ...words].filter((p) => p.length >= PERSONAL_MIN);
}

function checkPersonal(folded: string, context: { email?: string; name?: string }): PasswordIssue[] {
  const issues: PasswordIssue[] = [];
  const local = context.email?.split('@')[0] ?? '';
  if (personalFragments(local).some((p) => folded.includes(p))) issues.push(issue('contains_email'));
  if (personalFragments(context.name ?? '').some((p) => folded.includes(p)))
    issues.push(issue('contains_name'));
  return issues;
}

function issue(code: PasswordIssueCode): PasswordIssue {
  return { code, message: MESSAGES[code] };
}

/** Every rule the password breaks, empty when acceptable. Codes are stable; messages are Vietnamese. */
export function checkPasswordPolicy(
  password: string,
  context: { email?: string; name?: string } = {},
): PasswordIssue[] {
  const issues: PasswordIssue[] = [];
  const length = [...normalizePassword(password)].length;
  if (length < PASSWORD_MIN_LENGTH) issues.push(issue('too_short'));
  if (length > PASSWORD_MAX_LENGTH) issues.push(issue('too_long'));
  const folded = foldForComparison(normalizePassword(password));
  const core = stripTrailingNonLetters(folded);
  if (COMMON_PASSWORDS.has(folded) || COMMON_PASSWORDS.has(core)) issues.push(issue('common'));
  issues.push(...checkPersonal(folded, context));
  if (/^(.)\1*$/su.test(folded)) issues.push(issue('repeated'));
  else if (folded && (isSequence(folded) || (core.length >= SEQUENCE_CORE_MIN && isSequence(core)))) {
    issues.push(issue('sequence'));
  }
  return issues;
}
