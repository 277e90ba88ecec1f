import { createHash } from 'node:crypto';
import { Redis } from 'ioredis';

/** The subset of the @upstash/redis client that @upstash/ratelimit 2.2 calls for single-region limits. */
export interface UpstashRedisLike {
  evalsha<T = unknown>(sha: string, keys: string[], args: unknown[]): Promise<T>;
  eval<T = unknown>(script: string, keys: string[], args: unknown[]): Promise<T>;
  get<T = string>(key: string): Promise<T | null>;
  set(key: string, value: unknown, opts?: { px?: number; ex?: number }): Promise<'OK' | null>;
  del(...keys: string[]): Promise<number>;
}

const BOOT_WAIT_MS = 500;
const SHEBANG = /^#!lua[^\n]*\n/;
const sha1 = (text: string) => createHash('sha1').update(text).digest('hex');

/** Fails fast: a rate limiter that waits on a dead Redis would stall every login. */
export function createRedisClient(url: string): Redis {
  return new Redis(url, {
    commandTimeout: 300,
    connectTimeout: 2_000,
    maxRetriesPerRequest: 1,
    enableOfflineQueue: false,
    retryStrategy: (times) => Math.min(times * 200, 2_000),
  });
}

function isNoScript(error: unknown): boolean {
  return String(error).includes('NOSCRIPT');
}

/**
 * Upstash-style client over ioredis. Scripts lose their `#!lua flags=allow-key-locking` line (Redis 7.0
 * rejects the flag), so the hash Upstash computed is mapped to the hash of the stripped script.
 */
export class RedisAdapter implements UpstashRedisLike {
  readonly #client: Redis;
  readonly #scripts = new Map<string, { sha: string; body: string }>();
  #booting: Promise<void> | undefined;

  constructor(client: Redis) {
    this.#client = client;
    // Without an offline queue, commands sent during the first handshake would fail for no reason.
    // Wait for it once (bounded); after that a missing connection fails fast.
    if (client.status === 'connecting' || client.status === 'connect') {
      this.#booting = new Promise<void>((resolve) => {
        const done = () => {
          clearTimeout(timer);
          client.off('ready', done).off('error', done);
          this.#booting = undefined;
          resolve();
        };
        const timer = setTimeout(done, BOOT_WAIT_MS).unref();
        client.once('ready', done).once('error', done);
      });
    }
  }

  async evalsha<T = unknown>(sha: string, keys: string[], args: unknown[]): Promise<T> {
    await this.#booting;
    const known = this.#scripts.get(sha);
    if (!known) return (await this.#client.evalsha(sha, keys.length, ...keys, ...argv(args))) as T;
    try {
      return (await this.#client.evalsha(known.sha, keys.length, ...keys, ...argv(args))) as T;
    } catch (error) {
      // Redis lost its script cache (restart, SCRIPT FLUSH): send the body again.
      if (!isNoScript(error)) throw error;
      return (await this.#client.eval(known.body, keys.length, ...keys, ...argv(args))) as T;
    }
  }

  async eval<T = unknown>(script: string, keys: string[], args: unknown[]): Promise<T> {
    await this.#booting;
    const body = script.replace(SHEBANG, '');
    this.#scripts.set(sha1(script), { sha: sha1(body), body });
    return (await this.#client.eval(body, keys.length, ...keys, ...argv(args))) as T;
  }

  async get<T = string>(key: string): Promise<T | null> {
    await this.#booting;
    return (await this.#client.get(key)) as T | null;
  }

  async set(key: string, value: unknown, opts?: { px?: number; ex?: number }): Promise<'OK' | null> {
    await this.#booting;
    const text = String(value);
    if (opts?.px !== undefined) return this.#client.set(key, text, 'PX', opts.px);
    if (opts?.ex !== undefined) return this.#client.set(key, text, 'EX', opts.ex);
    return this.#client.set(key, text);
  }

  async del(...keys: string[]): Promise<number> {
    await this.#booting;
    return this.#client.del(...keys);
  }
}

function argv(args: unknown[]): (string | number)[] {
  return args.map((arg) => (typeof arg === 'number' ? arg : arg == null ? '' : String(arg)));
}
