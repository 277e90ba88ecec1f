import { en } from './en.js';
import { vi, type MessageKey } from './vi.js';

export type { MessageKey } from './vi.js';

export const LOCALES = ['vi', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'vi';

const catalogues: Record<Locale, Record<MessageKey, string>> = { vi, en };

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/** `?lang=` wins (the user just asked for it), then the cookie, then Vietnamese. */
export function pickLocale(query: string | null | undefined, cookie: string | null | undefined): Locale {
  if (isLocale(query)) return query;
  if (isLocale(cookie)) return cookie;
  return DEFAULT_LOCALE;
}

export type MessageParams = Record<string, string | number>;

/** Looks a message up and fills `{name}` placeholders; unknown placeholders stay visible. */
export function t(locale: Locale, key: MessageKey, params?: MessageParams): string {
  const template = catalogues[locale][key] ?? vi[key];
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (match, name: string) =>
    name in params ? String(params[name]) : match,
  );
}
