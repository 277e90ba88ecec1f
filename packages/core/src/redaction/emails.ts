import type { Span } from './types.js';

/**
 * E-mail addresses, also when the "@" is spelled out ("lan.nguyen (at) gmail.com", "[a còng]") or
 * surrounded by spaces. The domain needs a dot and an alphabetic top-level label.
 */
const EMAIL =
  /[A-Za-z0-9][A-Za-z0-9._%+-]{0,63}\s?(?:@|[([]\s?(?:at|a còng|a cong)\s?[)\]])\s?[A-Za-z0-9](?:[A-Za-z0-9-]{0,62}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,62}[A-Za-z0-9])?)*\.[A-Za-z]{2,24}(?![A-Za-z0-9-])/giu;

export function findEmails(text: string): Span[] {
  return [...text.matchAll(EMAIL)].map((m) => ({
    kind: 'email' as const,
    start: m.index,
    end: m.index + m[0].length,
  }));
}
