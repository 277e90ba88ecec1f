import { Ratelimit } from '@upstash/ratelimit';
import type { Limiter, LimitResult } from './limiter.js';
import type { UpstashRedisLike } from './redis-adapter.js';

type UpstashRedis = ConstructorParameters<typeof Ratelimit>[0]['redis'];

export interface RedisLimiterOptions {
  redis: UpstashRedisLike;
  prefix: string;
  limit: number;
  windowSeconds: number;
  /** Milliseconds before @upstash/ratelimit gives up on Redis. */
  timeoutMs?: number;
}

/** Redis did not answer: the caller decides between the memory fallback and letting traffic through. */
export class RedisUnavailableError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'RedisUnavailableError';
  }
}

/** Sliding window in Redis; throws RedisUnavailableError instead of Upstash's silent "timeout" success. */
export function createRedisLimiter(options: RedisLimiterOptions): Limiter {
  const ratelimit = new Ratelimit({
    redis: options.redis as unknown as UpstashRedis,
    prefix: options.prefix,
    limiter: Ratelimit.slidingWindow(options.limit, `${options.windowSeconds} s`),
    timeout: options.timeoutMs ?? 500,
    analytics: false,
    enableTelemetry: false,
    // Its blocked-id cache grows without bound under a spray of keys; Redis is fast enough without it.
    ephemeralCache: false,
  });

  return {
    async limit(key: string): Promise<LimitResult> {
      let response: Awaited<ReturnType<typeof ratelimit.limit>>;
      try {
        response = await ratelimit.limit(key);
      } catch (cause) {
        throw new RedisUnavailableError(`Redis rate limit call failed: ${String(cause)}`, { cause });
      }
      if (response.reason === 'timeout') throw new RedisUnavailableError('Redis rate limit call timed out');
      const { success, limit, remaining, reset } = response;
      return { success, limit, remaining, reset, backend: 'redis' };
    },
  };
}
