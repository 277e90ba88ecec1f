import type { LimitBackend, Limiter, LimitResult } from './limiter.js';

export interface MemoryLimiterOptions {
  limit: number;
  windowSeconds: number;
  /** Injectable for tests. */
  now?: () => number;
  /** Bound on tracked keys; past it the least recently used key is forgotten. */
  maxKeys?: number;
  backend?: Extract<LimitBackend, 'memory' | 'fallback-memory'>;
}

interface Counter {
  window: number;
  current: number;
  previous: number;
}

/**
 * The same weighted two-window algorithm as @upstash/ratelimit's slidingWindow, so switching
 * backends (or falling back mid-window) changes where counts live, not what they mean.
 */
export function createMemoryLimiter(options: MemoryLimiterOptions): Limiter {
  const { limit } = options;
  const windowMs = options.windowSeconds * 1000;
  const now = options.now ?? Date.now;
  const maxKeys = options.maxKeys ?? 100_000;
  const backend = options.backend ?? 'memory';
  const counters = new Map<string, Counter>();
  let lastSweep = 0;

  function sweep(window: number) {
    for (const [key, counter] of counters) if (counter.window < window - 1) counters.delete(key);
    lastSweep = window;
  }

  function counterFor(key: string, window: number): Counter {
    const existing = counters.get(key);
    // Re-inserting keeps Map order least-recently-used first, for eviction.
    if (existing) counters.delete(key);
    const counter =
      existing?.window === window
        ? existing
        : { window, current: 0, previous: existing?.window === window - 1 ? existing.current : 0 };
    counters.set(key, counter);
    return counter;
  }

  return {
    async limit(key: string): Promise<LimitResult> {
      const at = now();
      const window = Math.floor(at / windowMs);
      if (window !== lastSweep) sweep(window);
      while (counters.size >= maxKeys && !counters.has(key)) {
        const oldest = counters.keys().next().value;
        if (oldest === undefined) break;
        counters.delete(oldest);
      }
      const counter = counterFor(key, window);
      const weightedPrevious = Math.floor((1 - (at % windowMs) / windowMs) * counter.previous);
      const reset = (window + 1) * windowMs;
      if (weightedPrevious + counter.current >= limit) {
        return { success: false, limit, remaining: 0, reset, backend };
      }
      counter.current += 1;
      const remaining = Math.max(0, limit - weightedPrevious - counter.current);
      return { success: true, limit, remaining, reset, backend };
    },
  };
}
