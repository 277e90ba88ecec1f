import {
  addDaysToLocalDate,
  composeDigestLetter,
  DEFAULT_DIGEST_TIME,
  instantAtLocal,
  parseClockTime,
  toLocalMoment,
  type DigestIssuer,
  type DigestLetter,
} from '@tongdai/core';
import { queries, type AppDb, type Tenant, type Tx } from '@tongdai/db';
import { ApiError } from '../lib/errors.js';
import type { Logger } from '../lib/logger.js';
import type { Mailer } from '../lib/mailer.js';
import { renderDigestPdf } from '../lib/pdf/digest-pdf.js';

export interface DigestDeps {
  db: AppDb;
  mailer: Mailer;
  logger: Logger;
  now: () => Date;
}

export interface DigestRunResult {
  /** The province's local date the run was for. */
  date: string;
  created: { id: string; agencyId: string; number: number }[];
  sent: { id: string; to: string }[];
  unsent: { id: string; agencyId: string; reason: 'no_contact_email' | 'send_failed' }[];
}

/** How far back a missed day's digest may still be issued (a worker that was down over a weekend). */
const CATCH_UP_DAYS = 7;

type Settings = Awaited<ReturnType<typeof queries.getDigestSettings>>;

function issuerOf(tenant: Tenant, settings: Settings): DigestIssuer {
  return {
    parentBody: settings?.parentBody ?? null,
    body: settings?.issuerBody ?? tenant.officialName,
    symbol: settings?.symbol ?? 'TĐ1022-STTTT',
    place: settings?.place ?? tenant.name,
    serviceName: tenant.officialName,
    signerTitle: settings?.signerTitle ?? null,
    signerName: settings?.signerName ?? null,
    timeZone: tenant.timeZone,
  };
}

/** The day to issue for and the instant the letters are dated: now today, the digest time on a missed day. */
function issueMoment(tenant: Tenant, now: Date, digestTime: string, date?: string) {
  const today = toLocalMoment(now, tenant.timeZone).date;
  if (!date || date === today) return { date: today, issuedAt: now };
  if (date > today) throw new ApiError('BAD_REQUEST', 'Không thể lập công văn cho một ngày trong tương lai.');
  if (date < addDaysToLocalDate(today, -CATCH_UP_DAYS)) {
    throw new ApiError('BAD_REQUEST', `Chỉ lập bù công văn cho ${CATCH_UP_DAYS} ngày gần nhất.`);
  }
  return { date, issuedAt: instantAtLocal(date, parseClockTime(digestTime), tenant.timeZone) };
}

/** One letter per agency with open escalations that has none for the day yet, numbered in the year. */
async function createDigests(tx: Tx, tenant: Tenant, date: string | undefined, now: Date) {
  const settings = await queries.getDigestSettings(tx, tenant.id);
  const moment = issueMoment(tenant, now, settings?.digestTime ?? DEFAULT_DIGEST_TIME, date);
  const issuer = issuerOf(tenant, settings);
  await queries.lockDigests(tx, tenant.id);
  const open = await queries.listOpenEscalations(tx, tenant.id);
  const byAgency = new Map<string, typeof open>();
  for (const row of open) byAgency.set(row.agencyId, [...(byAgency.get(row.agencyId) ?? []), row]);
  const created: DigestRunResult['created'] = [];
  for (const [agencyId, rows] of byAgency) {
    if (await queries.findDigestOfDay(tx, tenant.id, agencyId, moment.date)) continue;
    const year = Number(moment.date.slice(0, 4));
    const number = await queries.nextDigestNumber(tx, tenant.id, year);
    const letter = composeDigestLetter({
      issuer,
      recipient: rows[0]!.agencyName,
      number,
      issuedAt: moment.issuedAt,
      cases: rows.map((r) => ({
        id: r.id,
        code: r.code,
        receivedAt: r.receivedAt,
        topic: r.topic,
        content: r.content,
        dueAt: r.dueAt,
        citizen: { names: [r.citizenName], addresses: [r.citizenAddress] },
      })),
    });
    const caseIds = rows.map((r) => r.id);
    const id = await queries.insertDigest(tx, {
      tenantId: tenant.id,
      agencyId,
      year,
      number,
      digestDate: moment.date,
      caseIds,
      letter,
    });
    await queries.appendAudit(tx, {
      tenantId: tenant.id,
      action: 'digest.issued',
      targetType: 'digest',
      targetId: id,
      details: { number, agencyId, date: moment.date, caseCount: caseIds.length },
    });
    created.push({ id, agencyId, number });
  }
  return { date: moment.date, created };
}

/** A file name any mail client keeps: "cong-van-12-TD1022-STTTT-2026-11-23.pdf". */
export function digestFileName(letter: DigestLetter): string {
  const symbol = letter.number
    .replace(/^Số:\s*/, '')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, (c) => (c === 'đ' ? 'd' : 'D'))
    .replace(/[^A-Za-z0-9-]+/g, '-');
  return `cong-van-${symbol}-${letter.meta.date}.pdf`;
}

function mailText(letter: DigestLetter): string {
  const lines = letter.table.rows.map((r) => `${r.index}. ${r.code} – hạn trả lời ${r.dueAt}`);
  return [
    `${letter.salutation.label} ${letter.salutation.recipient}`,
    '',
    ...letter.opening,
    '',
    ...lines,
    '',
    ...letter.closing,
    '',
    `Công văn ${letter.number.replace(/^Số:\s*/, 'số ')} (${letter.placeDate}) đính kèm dạng PDF.`,
  ].join('\n');
}

/** Sends the day's unsent letters as PDF attachments; a failure leaves the letter for the next run. */
async function sendDigests(deps: DigestDeps, tx: Tx, tenant: Tenant, date: string) {
  await queries.lockDigests(tx, tenant.id);
  const sent: DigestRunResult['sent'] = [];
  const unsent: DigestRunResult['unsent'] = [];
  for (const d of await queries.listUnsentDigests(tx, tenant.id, date)) {
    const to = d.agencyEmail?.trim();
    if (!to) {
      unsent.push({ id: d.id, agencyId: d.agencyId, reason: 'no_contact_email' });
      continue;
    }
    try {
      const pdf = await renderDigestPdf(d.letter);
      await deps.mailer.send({
        to,
        subject: `Công văn ${d.letter.number.replace(/^Số:\s*/, 'số ')}: ${d.letter.subject.replace(/^V\/v\s*/, '')}`,
        text: mailText(d.letter),
        attachments: [{ filename: digestFileName(d.letter), content: pdf, contentType: 'application/pdf' }],
      });
      await queries.markDigestSent(tx, tenant.id, d.id, to, deps.now());
      sent.push({ id: d.id, to });
    } catch (err) {
      deps.logger.error({ err, digestId: d.id, tenantId: tenant.id }, 'digest e-mail failed');
      unsent.push({ id: d.id, agencyId: d.agencyId, reason: 'send_failed' });
    }
  }
  return { sent, unsent };
}

/**
 * The daily digest of one province: for every agency with open escalations, one numbered letter for
 * the day (`date`: local yyyy-mm-dd, default today), rendered to PDF and e-mailed to the agency's
 * contact address. Idempotent: a second run creates no letter and only retries e-mails that failed.
 */
export async function runDailyDigest(
  deps: DigestDeps,
  tenant: Tenant,
  date?: string,
): Promise<DigestRunResult> {
  const ctx = { tenantId: tenant.id, role: 'system' };
  const now = deps.now();
  const made = await deps.db.withTenant(ctx, (tx) => createDigests(tx, tenant, date, now));
  const mailed = await deps.db.withTenant(ctx, (tx) => sendDigests(deps, tx, tenant, made.date));
  return { date: made.date, created: made.created, ...mailed };
}
