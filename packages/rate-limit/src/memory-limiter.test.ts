import { describe, expect, it } from 'vitest';
import { createMemoryLimiter } from './memory-limiter.js';

const WINDOW_MS = 15 * 60 * 1000;

// Starts on a window boundary: the two-window approximation is exact inside one window.
function fakeClock(start = WINDOW_MS * 1_900_000) {
  let now = start;
  return { now: () => now, advance: (ms: number) => (now += ms) };
}

async function hit(limiter: ReturnType<typeof createMemoryLimiter>, key: string, times: number) {
  const results = [];
  for (let i = 0; i < times; i += 1) results.push(await limiter.limit(key));
  return results;
}

describe('createMemoryLimiter', () => {
  it('allows 10, refuses the 11th within the window, and allows again once the window has passed', async () => {
    const clock = fakeClock();
    const limiter = createMemoryLimiter({ limit: 10, windowSeconds: 900, now: clock.now });

    const first = await hit(limiter, 'ip:1', 10);
    expect(first.every((r) => r.success)).toBe(true);
    expect(first.map((r) => r.remaining)).toEqual([9, 8, 7, 6, 5, 4, 3, 2, 1, 0]);

    const refused = await limiter.limit('ip:1');
    expect(refused).toMatchObject({ success: false, limit: 10, remaining: 0, backend: 'memory' });
    expect(refused.reset).toBeGreaterThan(clock.now());

    clock.advance(WINDOW_MS - 1);
    expect((await limiter.limit('ip:1')).success).toBe(false);

    clock.advance(2 * WINDOW_MS);
    expect((await hit(limiter, 'ip:1', 10)).every((r) => r.success)).toBe(true);
    expect((await limiter.limit('ip:1')).success).toBe(false);
  });

  it('keeps keys independent', async () => {
    const limiter = createMemoryLimiter({ limit: 10, windowSeconds: 900, now: fakeClock().now });
    await hit(limiter, 'ip:1', 11);
    expect((await limiter.limit('ip:1')).success).toBe(false);
    expect((await limiter.limit('ip:2')).success).toBe(true);
  });

  it('weighs the previous window like the Redis sliding window', async () => {
    const clock = fakeClock();
    const limiter = createMemoryLimiter({ limit: 10, windowSeconds: 900, now: clock.now });
    await hit(limiter, 'k', 10);
    // Half-way through the next window, half of the previous 10 still count.
    clock.advance(WINDOW_MS * 1.5);
    const results = await hit(limiter, 'k', 6);
    expect(results.map((r) => r.success)).toEqual([true, true, true, true, true, false]);
  });

  it('forgets the least recently used key past maxKeys', async () => {
    const limiter = createMemoryLimiter({ limit: 1, windowSeconds: 60, maxKeys: 2, now: fakeClock().now });
    await limiter.limit('a');
    await limiter.limit('b');
    expect((await limiter.limit('a')).success).toBe(false);
    await limiter.limit('c');
    expect((await limiter.limit('a')).success).toBe(false);
    expect((await limiter.limit('b')).success).toBe(true);
  });
});
