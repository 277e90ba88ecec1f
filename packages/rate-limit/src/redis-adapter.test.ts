import { createHash } from 'node:crypto';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createRedisClient, RedisAdapter } from './redis-adapter.js';
import { describeWithRedis } from './test-redis.js';

const SCRIPT = '#!lua flags=allow-key-locking\n  return { KEYS[1], ARGV[1] + 1 }\n';
const upstashHash = createHash('sha1').update(SCRIPT).digest('hex');

describeWithRedis('RedisAdapter', (redisUrl) => {
  const client = createRedisClient(redisUrl);
  const redis = new RedisAdapter(client);
  beforeAll(() => redis.get('warm-up'));
  afterAll(() => client.quit());

  it('answers NOSCRIPT for an unknown hash, as Upstash expects before it sends the script', async () => {
    await expect(redis.evalsha(upstashHash, ['k'], [1])).rejects.toThrow(/NOSCRIPT/);
  });

  it('strips the shebang Redis 7.0 rejects, then serves the original hash from the stripped script', async () => {
    expect(await redis.eval(SCRIPT, ['k'], [1])).toEqual(['k', 2]);
    expect(await redis.evalsha(upstashHash, ['k'], [41])).toEqual(['k', 42]);
  });

  it('maps get, set with expiry and del', async () => {
    const key = `test:adapter:${crypto.randomUUID()}`;
    expect(await redis.set(key, 120, { px: 10_000 })).toBe('OK');
    expect(await redis.get(key)).toBe('120');
    expect(await client.pttl(key)).toBeGreaterThan(0);
    expect(await redis.del(key)).toBe(1);
    expect(await redis.get(key)).toBeNull();
  });
});
