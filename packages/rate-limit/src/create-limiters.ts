import type { Limiter, LimitResult } from './limiter.js';
import { createMemoryLimiter } from './memory-limiter.js';
import { POLICIES, type Policy, type PolicyName } from './policies.js';
import { createRedisClient, RedisAdapter } from './redis-adapter.js';
import { createRedisLimiter } from './upstash-limiter.js';

export interface LimiterLogger {
  warn(obj: object, msg: string): void;
}

export interface CreateLimitersOptions {
  /** Unset or empty: every policy counts in this process's memory (the embedded default). */
  redisUrl?: string | undefined;
  logger?: LimiterLogger | undefined;
  /** Redis key prefix; tests pass a random one. */
  prefix?: string | undefined;
}

export interface Limiters {
  backend: 'redis' | 'memory';
  get(policy: PolicyName): Limiter;
  close(): Promise<void>;
}

const WARN_EVERY_MS = 30_000;
const SKIP_REDIS_MS = 2_000;

/** At most one warning per topic every 30 s: a Redis outage must not flood the logs at webhook rates. */
function throttledWarn(logger: LimiterLogger | undefined) {
  const last = new Map<string, number>();
  return (topic: string, obj: object, msg: string) => {
    const now = Date.now();
    if (now - (last.get(topic) ?? -Infinity) < WARN_EVERY_MS) return;
    last.set(topic, now);
    logger?.warn(obj, msg);
  };
}

function lazyPerPolicy(build: (name: PolicyName, policy: Policy) => Limiter) {
  const built = new Map<PolicyName, Limiter>();
  return (name: PolicyName): Limiter => {
    let limiter = built.get(name);
    if (!limiter) built.set(name, (limiter = build(name, POLICIES[name])));
    return limiter;
  };
}

type Warn = ReturnType<typeof throttledWarn>;

/** Redis first; when it fails, the policy's failure mode. One breaker is shared by all policies. */
function withFailureMode(
  name: PolicyName,
  policy: Policy,
  primary: Limiter,
  warn: Warn,
  breaker: { skipUntil: number },
): Limiter {
  const fallback = createMemoryLimiter({ ...policy, backend: 'fallback-memory' });
  const onFailure = (key: string, err: string): Promise<LimitResult> | LimitResult => {
    const mode = policy.onRedisFailure;
    warn(name, { policy: name, mode, err }, `rate limit: Redis unavailable, ${mode}`);
    if (mode === 'fallback-memory') return fallback.limit(key);
    const { limit, windowSeconds } = policy;
    return {
      success: true,
      limit,
      remaining: limit,
      reset: Date.now() + windowSeconds * 1000,
      backend: 'open',
    };
  };
  return {
    async limit(key: string): Promise<LimitResult> {
      if (Date.now() < breaker.skipUntil) return onFailure(key, 'skipped after a recent failure');
      try {
        return await primary.limit(key);
      } catch (error) {
        // Skip Redis briefly: a stalled server would otherwise cost every request a timeout.
        breaker.skipUntil = Date.now() + SKIP_REDIS_MS;
        return onFailure(key, (error as Error).message);
      }
    },
  };
}

export function createLimiters(options: CreateLimitersOptions = {}): Limiters {
  if (!options.redisUrl) {
    const get = lazyPerPolicy((_name, policy) => createMemoryLimiter(policy));
    return { backend: 'memory', get, close: async () => {} };
  }

  const warn = throttledWarn(options.logger);
  const client = createRedisClient(options.redisUrl);
  // Without a listener ioredis prints every reconnect failure to stderr.
  client.on('error', (err: Error) => warn('redis', { err: err.message }, 'rate limit: Redis error'));
  const redis = new RedisAdapter(client);
  const prefix = options.prefix ?? 'tongdai:rl';
  const breaker = { skipUntil: 0 };
  const get = lazyPerPolicy((name, policy) => {
    const primary = createRedisLimiter({ redis, prefix: `${prefix}:${name}`, ...policy });
    return withFailureMode(name, policy, primary, warn, breaker);
  });

  return {
    backend: 'redis',
    get,
    async close() {
      await client.quit().catch(() => client.disconnect());
    },
  };
}
