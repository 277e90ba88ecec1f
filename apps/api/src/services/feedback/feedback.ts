import type {
  FeedbackInput,
  FeedbackLinkView,
  FeedbackSummaryOutput,
  FeedbackSummaryQuery,
} from '@tongdai/contracts';
import {
  DEFAULT_FEEDBACK_WINDOW_DAYS,
  feedbackWindow,
  redact,
  renderFaqAnswer,
  slaWatchAt,
  tallyRatings,
  transition,
  type CaseAnswer,
} from '@tongdai/core';
import { queries, type Tx } from '@tongdai/db';
import type { Context } from 'hono';
import type { AppEnv } from '../../context.js';
import { ApiError, notFound } from '../../lib/errors.js';
import { inTenant } from '../../lib/tenant-db.js';
import { refusedError } from '../cases/case-action.js';
import { columnsOf, snapshotOf } from '../cases/serialize.js';
import { cycleDueTimes, loadSlaPolicy } from '../cases/sla-context.js';
import { queueCaseNotifications } from '../notifications/case-notifications.js';
import { readFeedbackLink } from './link.js';

const INVALID_LINK = 'Đường dẫn đánh giá không hợp lệ hoặc đã bị thay đổi.';

/** The case behind a valid link of this province (locked when asked), or 404 for anything else. */
async function caseOfLink(c: Context<AppEnv>, tx: Tx, tenantId: string, token: string, lock: boolean) {
  const claims = await readFeedbackLink(tx, tenantId, c.get('deps').secrets, token);
  if (!claims) throw notFound(INVALID_LINK);
  const row = lock
    ? await queries.lockCase(tx, tenantId, claims.caseId)
    : await queries.findCaseRow(tx, tenantId, claims.caseId);
  if (!row) throw notFound(INVALID_LINK);
  const settings = await queries.getCaseSettings(tx, tenantId);
  const windowDays = settings?.feedbackWindowDays ?? DEFAULT_FEEDBACK_WINDOW_DAYS;
  const rated = Boolean(await queries.findFeedbackOfCase(tx, tenantId, row.id));
  return { row, windowDays, window: feedbackWindow(row, c.get('deps').now(), windowDays, rated) };
}

const answerHtml = (answer: CaseAnswer | null) =>
  answer?.source === 'agency' ? renderFaqAnswer(answer.text).html : null;

/** What the citizen's page shows: the code, the answer, and whether rating and reopening are open. */
export function feedbackLinkView(c: Context<AppEnv>, token: string): Promise<FeedbackLinkView> {
  return inTenant(c, async (tx, tenantId) => {
    const { row, window } = await caseOfLink(c, tx, tenantId, token, false);
    return {
      code: row.code,
      status: row.status,
      answerHtml: answerHtml((row.answer as CaseAnswer | null) ?? null),
      canRate: window.canRate,
      canReopen: window.canReopen,
      closesAt: window.closesAt?.toISOString() ?? null,
      refusal: window.refusal,
    };
  });
}

const REOPEN_REASON = 'Người dân chưa hài lòng với câu trả lời (đề nghị qua đường dẫn đánh giá).';

/** The citizen asked to reopen: the state machine decides, with the province's window; due times restart. */
async function reopenByCitizen(
  tx: Tx,
  tenantId: string,
  row: queries.CaseRow,
  reason: string,
  windowDays: number,
  now: Date,
) {
  const result = transition(snapshotOf(row), { type: 'reopen', reason }, now, {
    reopenWindowDays: windowDays,
  });
  if (!result.ok) throw refusedError(result.refusal);
  const due = row.slaClassId
    ? cycleDueTimes(await loadSlaPolicy(tx, tenantId, row.slaClassId, now), now)
    : {};
  const next = { ...row, ...columnsOf(result.state), ...due };
  const updated = await queries.updateCase(
    tx,
    tenantId,
    row.id,
    { ...columnsOf(result.state), ...due, slaWatchAt: slaWatchAt(next), updatedAt: now },
    { bumpVersion: true },
  );
  await queries.appendCaseEvent(tx, {
    tenantId,
    caseId: row.id,
    at: now,
    actorUserId: null,
    type: 'reopened',
    visibility: 'public',
    data: { reason, byCitizen: true },
  });
  return updated;
}

/**
 * The citizen's rating through the signed link: once per case, while the window is open; with
 * `reopen` (closed cases only) the case goes back to 1022. Supervisors and the operator are told.
 */
export function submitFeedback(c: Context<AppEnv>, token: string, input: FeedbackInput) {
  const now = c.get('deps').now();
  return inTenant(c, async (tx, tenantId) => {
    const { row, window, windowDays } = await caseOfLink(c, tx, tenantId, token, true);
    if (!window.canRate) throw new ApiError('CONFLICT', window.refusal ?? INVALID_LINK);
    if (input.reopen && !window.canReopen) {
      throw new ApiError('BAD_REQUEST', 'Chỉ đề nghị xử lý lại được sau khi yêu cầu đã được đóng.', [
        { path: 'reopen', message: 'Yêu cầu chưa được đóng.' },
      ]);
    }
    const answeredBy = (row.answer as CaseAnswer | null)?.source === 'agency' ? row.agencyId : null;
    const stored = await queries.insertFeedback(
      tx,
      {
        tenantId,
        caseId: row.id,
        agencyId: answeredBy,
        topicId: row.topicId,
        rating: input.rating,
        comment: input.comment ?? null,
        reopened: input.reopen,
      },
      now,
    );
    if (!stored) throw new ApiError('CONFLICT', 'Ông/Bà đã gửi đánh giá cho yêu cầu này. Cảm ơn Ông/Bà!');
    await queries.appendCaseEvent(tx, {
      tenantId,
      caseId: row.id,
      at: now,
      actorUserId: null,
      type: 'feedback_received',
      visibility: 'internal',
      data: { rating: input.rating, comment: input.comment ?? null, reopened: input.reopen },
    });
    const after = input.reopen
      ? await reopenByCitizen(tx, tenantId, row, input.comment ?? REOPEN_REASON, windowDays, now)
      : row;
    if (input.reopen || input.rating <= 2) {
      await queueCaseNotifications(tx, {
        tenantId,
        kind: input.reopen ? 'case_reopened_by_citizen' : 'low_rating',
        caseRow: after,
        dedupeKey: `feedback:${row.id}`,
        audience: ['supervisors', 'operator'],
        title: input.reopen
          ? `Người dân đề nghị xử lý lại hồ sơ ${row.code}`
          : `Người dân chưa hài lòng với câu trả lời hồ sơ ${row.code}`,
        body: `Đánh giá ${input.rating}/5.${input.comment ? `\nÝ kiến: ${redact(input.comment).text}` : ''}`,
        now,
        sentBy: null,
      });
    }
    await queries.notifyCaseChanged(tx, {
      tenantId,
      caseId: row.id,
      agencyIds: [row.agencyId],
      kind: 'feedback_received',
    });
    return { rating: input.rating, reopened: input.reopen, status: after.status };
  });
}

const startOfDay = (d: string) => new Date(`${d}T00:00:00+07:00`);

/** Ratings for supervisors: totals, spread, per agency, the latest comments (personal data removed). */
export function feedbackSummary(c: Context<AppEnv>, q: FeedbackSummaryQuery) {
  return inTenant(c, async (tx, tenantId): Promise<FeedbackSummaryOutput> => {
    const rows = await queries.listFeedback(tx, tenantId, {
      ...(q.from ? { from: startOfDay(q.from) } : {}),
      ...(q.to ? { to: new Date(startOfDay(q.to).getTime() + 86_400_000) } : {}),
    });
    const byAgency = new Map<string | null, { name: string | null; rows: typeof rows }>();
    for (const r of rows) {
      const entry = byAgency.get(r.agencyId) ?? { name: r.agencyName, rows: [] };
      entry.rows.push(r);
      byAgency.set(r.agencyId, entry);
    }
    return {
      ...tallyRatings(rows),
      byAgency: [...byAgency.entries()]
        .map(([agencyId, { name, rows: rs }]) => {
          const t = tallyRatings(rs);
          return { agencyId, agencyName: name, count: t.count, average: t.average };
        })
        .sort((a, b) => b.count - a.count),
      recent: rows.slice(0, 20).map((r) => ({
        code: r.code,
        rating: r.rating,
        comment: r.comment ? redact(r.comment).text : null,
        reopened: r.reopened,
        createdAt: r.createdAt.toISOString(),
      })),
    };
  });
}
