/** Where a decision was made: Redis, the in-memory limiter, the memory fallback, or no limit at all. */
export type LimitBackend = 'redis' | 'memory' | 'fallback-memory' | 'open';

export interface LimitResult {
  success: boolean;
  limit: number;
  remaining: number;
  /** Epoch milliseconds at which the current window ends. */
  reset: number;
  backend: LimitBackend;
}

/** One counter per key; implemented by the Redis and the in-memory backends. */
export interface Limiter {
  limit(key: string): Promise<LimitResult>;
}
