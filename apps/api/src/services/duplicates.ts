import type { DuplicateSuggestionView } from '@tongdai/contracts';
import {
  DUPLICATE_MIN_SIMILARITY,
  DUPLICATE_TEXT_WINDOW_DAYS,
  maskPhone,
  phoneWindow,
  rankDuplicates,
  type DuplicateHit,
} from '@tongdai/core';
import { queries } from '@tongdai/db';
import type { Context } from 'hono';
import type { AppEnv } from '../context.js';
import { notFound } from '../lib/errors.js';
import { inTenant } from '../lib/tenant-db.js';

const DAY_MS = 86_400_000;
const CANDIDATES = 20;

/**
 * Likely duplicates of a case, for the operator to merge: calls from the same number within 72 hours
 * either side, and requests whose text is nearly the same (pg_trgm, accents folded) in the same topic
 * on any channel. Phones are masked; nothing else personal is shown.
 */
export function suggestDuplicates(c: Context<AppEnv>, caseId: string): Promise<DuplicateSuggestionView[]> {
  return inTenant(c, async (tx, tenantId) => {
    const row = await queries.findCaseRow(tx, tenantId, caseId);
    if (!row) throw notFound('Không tìm thấy hồ sơ này.');
    if (row.status === 'merged') return [];
    const hits: DuplicateHit[] = [];
    if (row.citizenPhone) {
      const window = phoneWindow(row.receivedAt);
      const same = await queries.samePhoneCases(tx, tenantId, {
        caseId,
        phone: row.citizenPhone,
        ...window,
        limit: CANDIDATES,
      });
      hits.push(...same.map((s) => ({ ...s, reason: 'same_phone' as const })));
    }
    const span = DUPLICATE_TEXT_WINDOW_DAYS * DAY_MS;
    const similar = await queries.similarTextCases(tx, tenantId, {
      caseId,
      topicId: row.topicId,
      text: row.content,
      from: new Date(row.receivedAt.getTime() - span),
      to: new Date(row.receivedAt.getTime() + span),
      minSimilarity: DUPLICATE_MIN_SIMILARITY,
      limit: CANDIDATES,
    });
    hits.push(
      ...similar.map((s) => ({ ...s, similarity: Number(s.similarity), reason: 'similar_text' as const })),
    );
    const ranked = rankDuplicates(hits);
    const summaries = new Map(
      (
        await queries.caseSummaries(
          tx,
          tenantId,
          ranked.map((r) => r.id),
        )
      ).map((s) => [s.id, s]),
    );
    return ranked.flatMap((r) => {
      const s = summaries.get(r.id);
      if (!s) return [];
      return [
        {
          id: s.id,
          code: s.code,
          channel: s.channel,
          status: s.status,
          receivedAt: s.receivedAt.toISOString(),
          topicName: s.topicName,
          preview: s.preview,
          citizenPhone: s.citizenPhone ? maskPhone(s.citizenPhone) : null,
          reasons: r.reasons,
          similarity: r.similarity === null ? null : Math.round(r.similarity * 100) / 100,
        },
      ];
    });
  });
}
