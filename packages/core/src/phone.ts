import { parsePhoneNumberFromString } from 'libphonenumber-js/max';

/**
 * Vietnamese phone numbers as written in official letters ("0913.680.916", "0237 1022")
 * normalised to E.164, and formatted back the way Vietnamese readers expect.
 * Short codes such as 1022 are kept as they are.
 */
const SHORT_CODE = /^[1-9]\d{2,4}$/;
/**
 * A provincial service number dialled from a mobile: area code + short code ("0237 1022").
 * Valid in Vietnam but unknown to libphonenumber's metadata, so recognised here.
 */
const AREA_SHORT_CODE = /^(?:\+?84|0)(2\d{1,2})(1\d{3})$/;

export function normalizePhone(input: string): string | null {
  const compact = input.replace(/[\s.()-]/g, '');
  if (SHORT_CODE.test(compact)) return compact;
  const service = AREA_SHORT_CODE.exec(compact);
  if (service) return `+84${service[1]}${service[2]}`;
  const parsed = parsePhoneNumberFromString(compact, 'VN');
  if (!parsed || !parsed.isValid()) return null;
  return parsed.number;
}

export function formatPhoneVn(e164: string): string {
  if (SHORT_CODE.test(e164)) return e164;
  const service = AREA_SHORT_CODE.exec(e164.replace(/[\s.()-]/g, ''));
  if (service) return `0${service[1]} ${service[2]}`;
  const parsed = parsePhoneNumberFromString(e164, 'VN');
  return parsed ? parsed.formatNational() : e164;
}

/** "+84913680916" → "0913 *** 916": enough to recognise a caller, not enough to call them. */
export function maskPhone(e164: string): string {
  const national = formatPhoneVn(e164).replace(/\s/g, '');
  if (national.length < 7) return '***';
  return `${national.slice(0, 4)} *** ${national.slice(-3)}`;
}
