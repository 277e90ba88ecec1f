import { describe, expect, it } from 'vitest';
import { feedbackWindow, tallyRatings } from './feedback.js';

const closedAt = new Date('2026-05-05T03:00:00Z');
const day = 86_400_000;
const closed = { status: 'closed' as const, closedAt };

describe('feedbackWindow', () => {
  it('lets the citizen rate and reopen within the window after closing', () => {
    const w = feedbackWindow(closed, new Date(closedAt.getTime() + 6 * day), 7, false);
    expect(w).toEqual({
      canRate: true,
      canReopen: true,
      closesAt: new Date(closedAt.getTime() + 7 * day),
      refusal: null,
    });
  });

  it('refuses after the window, with the province’s number of days', () => {
    const w = feedbackWindow(closed, new Date(closedAt.getTime() + 7 * day + 1), 7, false);
    expect(w.canRate).toBe(false);
    expect(w.refusal).toBe(
      'Đã quá 7 ngày kể từ khi yêu cầu được đóng: đường dẫn đánh giá không còn hiệu lực.',
    );
    expect(feedbackWindow(closed, new Date(closedAt.getTime() + 10 * day), 14, false).canReopen).toBe(true);
  });

  it('works once: a second use is refused', () => {
    expect(feedbackWindow(closed, closedAt, 7, true)).toMatchObject({
      canRate: false,
      refusal: /đã gửi đánh giá/,
    });
  });

  it('lets a relayed answer be rated but not reopened before closing', () => {
    expect(feedbackWindow({ status: 'relayed', closedAt: null }, closedAt, 7, false)).toEqual({
      canRate: true,
      canReopen: false,
      closesAt: null,
      refusal: null,
    });
  });

  it('refuses a case being handled again', () => {
    expect(feedbackWindow({ status: 'classified', closedAt: null }, closedAt, 7, false).canRate).toBe(false);
  });
});

describe('tallyRatings', () => {
  it('counts, averages and spreads the ratings', () => {
    const counts = tallyRatings([
      { rating: 5, reopened: false },
      { rating: 4, reopened: false },
      { rating: 1, reopened: true },
    ]);
    expect(counts).toEqual({ count: 3, average: 3.33, distribution: [1, 0, 0, 1, 1], reopened: 1 });
    expect(tallyRatings([])).toEqual({ count: 0, average: null, distribution: [0, 0, 0, 0, 0], reopened: 0 });
  });
});
