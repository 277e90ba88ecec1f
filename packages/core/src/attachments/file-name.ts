export const MAX_FILE_NAME_LENGTH = 200;
export const DEFAULT_FILE_NAME = 'tep-dinh-kem';

// Control and invisible format characters (bidi overrides that disguise "gpj.exe", zero-width marks).
const INVISIBLE = /[\p{Cc}\p{Cf}]/gu;
// Characters no Windows file name may hold.
const RESERVED = /[<>:"|?*]/g;

const codePoints = (s: string) => Array.from(s);

/** Cuts to `max` characters, keeping a short extension so the file still opens with the right program. */
function truncate(name: string, max: number): string {
  const chars = codePoints(name);
  if (chars.length <= max) return name;
  const dot = name.lastIndexOf('.');
  const ext = dot > 0 ? codePoints(name.slice(dot)) : [];
  if (ext.length > 1 && ext.length <= 11) {
    return (
      chars
        .slice(0, max - ext.length)
        .join('')
        .trimEnd() + ext.join('')
    );
  }
  return chars.slice(0, max).join('').trimEnd();
}

/**
 * The name a file is shown and downloaded under: the last path segment only, Unicode NFC (Vietnamese
 * letters kept, composed), no control or invisible characters, no characters Windows refuses, no
 * leading dots, single spaces, at most 200 characters. Never used to build a path on disk.
 */
export function sanitizeFileName(raw: string, fallback = DEFAULT_FILE_NAME): string {
  const lastSegment = raw.normalize('NFC').split(/[/\\]/).pop() ?? '';
  const cleaned = lastSegment
    .replace(INVISIBLE, '')
    .replace(RESERVED, '_')
    .replace(/\s+/gu, ' ')
    .trim()
    .replace(/^\.+/, '')
    .replace(/[. ]+$/, '')
    .trim();
  return cleaned ? truncate(cleaned, MAX_FILE_NAME_LENGTH) : fallback;
}

/** The name with an extension of its real kind: a PNG sent as "anh" or "anh.jpg" downloads as "….png". */
export function withKindExtension(name: string, extensions: readonly string[]): string {
  const ext = /\.([^.]+)$/.exec(name)?.[1]?.toLowerCase();
  if (ext && extensions.includes(ext)) return name;
  const suffix = `.${extensions[0] ?? 'bin'}`;
  return truncate(name, MAX_FILE_NAME_LENGTH - suffix.length) + suffix;
}

/**
 * An ASCII stand-in for clients that ignore RFC 5987 `filename*`: accents folded ("Biên bản" →
 * "Bien ban", "đ" → "d"), anything else outside printable ASCII, quotes and backslashes as "_".
 */
export function asciiFileName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .replace(/[^\x20-\x7e]|["\\]/g, '_');
}

// RFC 5987 attr-char leaves out ' ( ) * which encodeURIComponent keeps.
const rfc5987 = (s: string) =>
  encodeURIComponent(s).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

/** `Content-Disposition` of a download: an ASCII `filename` and the exact UTF-8 name in `filename*`. */
export function attachmentDisposition(name: string): string {
  return `attachment; filename="${asciiFileName(name)}"; filename*=UTF-8''${rfc5987(name)}`;
}
