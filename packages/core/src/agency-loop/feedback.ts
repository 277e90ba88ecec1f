import type { CaseStatus } from '../cases/case-types.js';

/** Days after closing during which the citizen may rate the answer and reopen, unless the province sets another. */
export const DEFAULT_FEEDBACK_WINDOW_DAYS = 7;
const DAY_MS = 86_400_000;

export interface FeedbackCase {
  status: CaseStatus;
  closedAt: Date | null;
}

export interface FeedbackWindow {
  canRate: boolean;
  /** Only a closed case can be reopened; an answer not yet closed can still be rated. */
  canReopen: boolean;
  /** When the window ends; null while the case is not closed yet. */
  closesAt: Date | null;
  /** Why the link does nothing now (Vietnamese, for the citizen), or null. */
  refusal: string | null;
}

/**
 * What the citizen's feedback link allows at `now`: one rating per case, once the answer was sent
 * (relayed) and until `windowDays` after the case was closed; reopening only inside that window.
 */
export function feedbackWindow(
  c: FeedbackCase,
  now: Date,
  windowDays: number,
  alreadyRated: boolean,
): FeedbackWindow {
  const closed = c.status === 'closed' && c.closedAt !== null;
  const closesAt = closed ? new Date(c.closedAt!.getTime() + windowDays * DAY_MS) : null;
  const refuse = (refusal: string): FeedbackWindow => ({
    canRate: false,
    canReopen: false,
    closesAt,
    refusal,
  });
  if (alreadyRated) return refuse('Ông/Bà đã gửi đánh giá cho yêu cầu này. Cảm ơn Ông/Bà!');
  if (c.status === 'relayed') return { canRate: true, canReopen: false, closesAt: null, refusal: null };
  if (!closed)
    return refuse('Yêu cầu này hiện không nhận đánh giá (chưa có câu trả lời hoặc đang được xử lý lại).');
  if (now.getTime() > closesAt!.getTime()) {
    return refuse(
      `Đã quá ${windowDays} ngày kể từ khi yêu cầu được đóng: đường dẫn đánh giá không còn hiệu lực.`,
    );
  }
  return { canRate: true, canReopen: true, closesAt, refusal: null };
}

export interface RatingCounts {
  count: number;
  /** Mean of the ratings, two decimals; null without ratings. */
  average: number | null;
  /** How many ratings of 1, 2, 3, 4 and 5 (index 0 = one star). */
  distribution: [number, number, number, number, number];
  reopened: number;
}

/** Tallies ratings for the supervisors' report. */
export function tallyRatings(rows: readonly { rating: number; reopened: boolean }[]): RatingCounts {
  const distribution: RatingCounts['distribution'] = [0, 0, 0, 0, 0];
  let sum = 0;
  let reopened = 0;
  for (const r of rows) {
    if (!Number.isInteger(r.rating) || r.rating < 1 || r.rating > 5) continue;
    distribution[r.rating - 1] = (distribution[r.rating - 1] ?? 0) + 1;
    sum += r.rating;
    if (r.reopened) reopened += 1;
  }
  const count = distribution.reduce((a, b) => a + b, 0);
  return { count, average: count ? Math.round((sum / count) * 100) / 100 : null, distribution, reopened };
}
