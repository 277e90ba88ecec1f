import { redact, type KnownPersonalData } from '../redaction/index.js';
import { localClock, localDateTime, localDay, localIsoDate, officialDateLine } from './official-date.js';

export const NATIONAL_TITLE = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
export const NATIONAL_MOTTO = 'Độc lập - Tự do - Hạnh phúc';

/** Who issues the digest, as the province configured it. */
export interface DigestIssuer {
  /** The governing body printed above the issuer ("UBND TỈNH THANH HÓA"), if any. */
  parentBody?: string | null;
  /** The issuing body ("SỞ THÔNG TIN VÀ TRUYỀN THÔNG TỈNH THANH HÓA"). */
  body: string;
  /** The symbol after the number ("TĐ1022-STTTT" → "Số: 12/TĐ1022-STTTT"). */
  symbol: string;
  /** Place name of the date line ("Thanh Hóa"). */
  place: string;
  /** How the body text names the hotline ("Tổng đài 1022 tỉnh Thanh Hóa"). */
  serviceName: string;
  /** "GIÁM ĐỐC", or the authority line and the title: ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"]. */
  signerTitle?: string | null;
  signerName?: string | null;
  timeZone: string;
}

/** One open escalation: the question goes out without the citizen's personal data. */
export interface DigestCase {
  id: string;
  code: string;
  receivedAt: Date;
  topic: string | null;
  content: string;
  dueAt: Date | null;
  /** What the case record knows of the citizen, removed from the question. */
  citizen?: KnownPersonalData;
}

export interface DigestLetterInput {
  issuer: DigestIssuer;
  /** The agency the letter goes to ("Sở Y tế"). */
  recipient: string;
  /** Sequence within the issuer's year, from 1. */
  number: number;
  /** When the list was drawn up; the letter's date is that day in the issuer's time zone. */
  issuedAt: Date;
  cases: readonly DigestCase[];
}

export interface DigestRow {
  index: number;
  caseId: string;
  code: string;
  receivedAt: string;
  topic: string;
  question: string;
  dueAt: string;
  overdue: boolean;
}

/** The letter as data: stored as issued, and drawn the same way on the page, in the PDF and in the e-mail. */
export interface DigestLetter {
  version: 1;
  issuer: { parentBody: string | null; body: string };
  number: string;
  subject: string;
  nationalTitle: string;
  motto: string;
  placeDate: string;
  salutation: { label: string; recipient: string };
  opening: string[];
  table: { columns: { key: keyof DigestRow; label: string }[]; rows: DigestRow[] };
  closing: string[];
  signature: { lines: string[]; name: string | null; note: string | null };
  copies: { label: string; items: string[] };
  meta: { number: number; year: number; date: string; recipient: string; caseCount: number };
}

/** The list's columns; the question's cell starts with the request's topic (lĩnh vực). */
export const DIGEST_COLUMNS: DigestLetter['table']['columns'] = [
  { key: 'index', label: 'STT' },
  { key: 'code', label: 'Mã yêu cầu' },
  { key: 'receivedAt', label: 'Ngày tiếp nhận' },
  { key: 'question', label: 'Lĩnh vực, nội dung yêu cầu' },
  { key: 'dueAt', label: 'Hạn trả lời' },
];

/** Counts as official letters write them: "03 yêu cầu", "12 yêu cầu". */
const count = (n: number) => String(n).padStart(2, '0');

function byDeadline(a: DigestCase, b: DigestCase): number {
  const due = (c: DigestCase) => c.dueAt?.getTime() ?? Number.POSITIVE_INFINITY;
  return due(a) - due(b) || a.receivedAt.getTime() - b.receivedAt.getTime() || a.code.localeCompare(b.code);
}

function row(c: DigestCase, index: number, input: DigestLetterInput): DigestRow {
  const tz = input.issuer.timeZone;
  const overdue = c.dueAt !== null && c.dueAt.getTime() < input.issuedAt.getTime();
  const due = c.dueAt ? localDateTime(c.dueAt, tz) : 'Chưa xác định';
  return {
    index,
    caseId: c.id,
    code: c.code,
    receivedAt: localDateTime(c.receivedAt, tz),
    topic: c.topic?.trim() || '—',
    question: redact(c.content.trim(), c.citizen ?? {}).text,
    dueAt: overdue ? `${due} (quá hạn)` : due,
    overdue,
  };
}

function signatureLines(title: string | null | undefined, fallback: string): string[] {
  const lines = (title ?? '')
    .split('\n')
    .map((l) => l.trim().toUpperCase())
    .filter(Boolean);
  return lines.length > 0 ? lines : [fallback.toUpperCase()];
}

/**
 * The daily digest to one agency as an official letter in the layout of Decree 30/2020/NĐ-CP: issuing
 * body and number on the left, national title and place-and-date on the right, "V/v" subject,
 * "Kính gửi", body with the numbered list of open requests, signature and "Nơi nhận".
 */
export function composeDigestLetter(input: DigestLetterInput): DigestLetter {
  const { issuer, recipient } = input;
  if (!Number.isSafeInteger(input.number) || input.number < 1) {
    throw new RangeError(`Invalid digest number: ${input.number}`);
  }
  if (input.cases.length === 0) throw new RangeError('A digest needs at least one open request');
  const tz = issuer.timeZone;
  const date = localIsoDate(input.issuedAt, tz);
  const rows = [...input.cases].sort(byDeadline).map((c, i) => row(c, i + 1, input));
  const asOf = `${localClock(input.issuedAt, tz)} ngày ${localDay(input.issuedAt, tz)}`;
  const overdue = rows.filter((r) => r.overdue).length;
  return {
    version: 1,
    issuer: {
      parentBody: issuer.parentBody?.trim().toUpperCase() || null,
      body: issuer.body.trim().toUpperCase(),
    },
    number: `Số: ${input.number}/${issuer.symbol}`,
    subject: 'V/v trả lời yêu cầu của người dân chuyển qua Tổng đài 1022',
    nationalTitle: NATIONAL_TITLE,
    motto: NATIONAL_MOTTO,
    placeDate: officialDateLine(issuer.place, date),
    salutation: { label: 'Kính gửi:', recipient: `${recipient}.` },
    opening: [
      `Thực hiện quy trình tiếp nhận, xử lý thông tin phản ánh, kiến nghị của người dân, ${issuer.serviceName} ` +
        `tổng hợp ${count(rows.length)} yêu cầu đã chuyển đến ${recipient} nhưng chưa được trả lời, tính đến ${asOf}` +
        (overdue > 0 ? `, trong đó ${count(overdue)} yêu cầu đã quá hạn trả lời` : '') +
        ', cụ thể như sau:',
    ],
    table: { columns: DIGEST_COLUMNS, rows },
    closing: [
      `Đề nghị ${recipient} xem xét, trả lời các yêu cầu nêu trên trước thời hạn ghi tại cột “Hạn trả lời” ` +
        `trên hệ thống Tổng đài 1022 (mục Yêu cầu của cơ quan) để ${issuer.serviceName} kịp thời thông tin ` +
        'lại cho người dân.',
      'Nội dung yêu cầu đã được lược bỏ thông tin cá nhân của người dân; thông tin đầy đủ được tra cứu trên ' +
        'hệ thống theo mã yêu cầu./.',
    ],
    signature: {
      lines: signatureLines(issuer.signerTitle, issuer.serviceName),
      name: issuer.signerName?.trim() || null,
      note: issuer.signerName?.trim() ? null : '(Văn bản được tạo tự động từ hệ thống Tổng đài 1022)',
    },
    copies: { label: 'Nơi nhận:', items: ['Như trên;', 'Lưu: VT.'] },
    meta: { number: input.number, year: Number(date.slice(0, 4)), date, recipient, caseCount: rows.length },
  };
}
