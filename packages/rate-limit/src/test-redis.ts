import { describe, it } from 'vitest';

/** The Redis integration tests run against; empty variables count as unset. */
export const testRedisUrl = process.env.TEST_REDIS_URL || process.env.REDIS_URL || undefined;

/** Skipped without a Redis, unless REDIS_REQUIRED=1 (CI), where a missing Redis fails the run. */
export function describeWithRedis(name: string, body: (redisUrl: string) => void) {
  const required = process.env.REDIS_REQUIRED === '1';
  const title = testRedisUrl ? name : `${name} (skipped: set TEST_REDIS_URL or REDIS_URL)`;
  describe.skipIf(!testRedisUrl && !required)(title, () => {
    if (testRedisUrl) return body(testRedisUrl);
    it('has a Redis to run against', () => {
      throw new Error('REDIS_REQUIRED=1 but neither TEST_REDIS_URL nor REDIS_URL is set');
    });
  });
}
