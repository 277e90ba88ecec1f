import { createServer, type Server, type Socket } from 'node:net';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createLimiters, type Limiters } from './create-limiters.js';
import type { PolicyName } from './policies.js';
import { describeWithRedis } from './test-redis.js';

async function timed(limiters: Limiters, policy: PolicyName, key: string) {
  const started = performance.now();
  const result = await limiters.get(policy).limit(key);
  return { result, ms: performance.now() - started };
}

describe('createLimiters without Redis', () => {
  it('counts every policy in memory', async () => {
    const limiters = createLimiters();
    expect(limiters.backend).toBe('memory');
    const results = await Promise.all(Array.from({ length: 6 }, () => limiters.get('signup-ip').limit('ip')));
    expect(results.map((r) => r.success)).toEqual([true, true, true, true, true, false]);
    expect(results[0]?.backend).toBe('memory');
  });
});

async function expectFailureModes(redisUrl: string) {
  const logger = { warn: vi.fn() };
  const limiters = createLimiters({ redisUrl, logger });
  try {
    const login = [];
    for (let i = 0; i < 11; i += 1) login.push(await timed(limiters, 'login-account', 'user:1'));
    expect(login.slice(0, 10).every(({ result }) => result.success)).toBe(true);
    expect(login[10]?.result).toMatchObject({ success: false, backend: 'fallback-memory' });

    const webhook = await timed(limiters, 'webhook', 'zalo');
    expect(webhook.result).toMatchObject({ success: true, backend: 'open' });

    const slowest = Math.max(webhook.ms, ...login.map(({ ms }) => ms));
    expect(slowest).toBeLessThan(1_500);
    expect(logger.warn).toHaveBeenCalledWith(
      expect.objectContaining({ policy: 'webhook', mode: 'open' }),
      expect.stringContaining('Redis unavailable'),
    );
  } finally {
    await limiters.close();
  }
}

describe('createLimiters when Redis is unreachable', () => {
  it('falls back to memory for security policies and opens webhooks, quickly (refused port)', async () => {
    await expectFailureModes('redis://127.0.0.1:1');
  });

  // Silent: accepts connections, never answers. Stalled: passes the ready check, then never answers.
  const INFO = 'redis_version:7.0.0\r\nloading:0\r\n';
  const fakes = {
    silent: () => undefined,
    stalled: (socket: Socket, data: Buffer) => {
      for (const [, command] of data.toString().matchAll(/^\*\d+\r\n\$\d+\r\n(\w+)\r\n/gm)) {
        if (command?.toLowerCase() === 'client') socket.write('+OK\r\n');
        if (command?.toLowerCase() === 'info') socket.write(`$${INFO.length}\r\n${INFO}\r\n`);
      }
    },
  };

  describe.each(Object.entries(fakes))('a %s Redis', (_name, onData) => {
    let server: Server;
    const sockets = new Set<Socket>();
    beforeAll(async () => {
      server = createServer((socket) => {
        sockets.add(socket);
        socket.on('data', (data) => onData(socket, data));
      });
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    });
    afterAll(async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise((resolve) => server.close(resolve));
    });

    it('gives up within the command timeout and applies the same failure modes', async () => {
      const address = server.address();
      if (!address || typeof address === 'string') throw new Error('no port');
      await expectFailureModes(`redis://127.0.0.1:${address.port}`);
    });
  });
});

describeWithRedis('createLimiters with Redis', (redisUrl) => {
  const prefix = `test:rl:${crypto.randomUUID()}`;
  let limiters: Limiters;
  beforeAll(() => {
    limiters = createLimiters({ redisUrl, prefix });
  });
  afterAll(async () => {
    await limiters.close();
    const client = new Redis(redisUrl);
    const keys = await client.keys(`${prefix}:*`);
    if (keys.length > 0) await client.del(...keys);
    await client.quit();
  });

  it('allows 10 and refuses the 11th with a reset in the future', async () => {
    expect(limiters.backend).toBe('redis');
    const limiter = limiters.get('login-account');
    const results = [];
    for (let i = 0; i < 11; i += 1) results.push(await limiter.limit('ip:1'));
    expect(results.slice(0, 10).every((r) => r.success && r.backend === 'redis')).toBe(true);
    expect(results[9]?.remaining).toBe(0);
    const refused = results[10];
    expect(refused).toMatchObject({ success: false, limit: 10, remaining: 0, backend: 'redis' });
    expect(refused?.reset).toBeGreaterThan(Date.now());
  });

  it('keeps keys and policies independent', async () => {
    // 'ip:1' is used up under login-account (above); the same key under another policy is not.
    expect((await limiters.get('login-ip').limit('ip:1')).success).toBe(true);
    expect((await limiters.get('login-account').limit('ip:2')).success).toBe(true);
  });
});
