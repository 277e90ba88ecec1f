import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createAppDb, type AppDb } from '@tongdai/db';
import { createTenantRegistryAdmin } from '@tongdai/db/admin';
import { createLimiters } from '@tongdai/rate-limit';
import { createProvince, testDatabaseUrls, type TestProvince } from '@tongdai/test-utils';
import { pino } from 'pino';
import { newApp } from '../app.js';
import { createDiskAttachmentStore, type AttachmentStore } from '../lib/attachment-store.js';
import { createMailer } from '../lib/mailer.js';
import { createSecretBox, DEV_SECRETS_KEY } from '../lib/secret-box.js';
import { totpCodeAt } from './totp.js';

export const BASE_DOMAIN = 'localhost';
export const WEB_PORT = 5173;

export interface CapturedMail {
  to: string;
  subject: string;
  text: string;
  attachments: { filename: string; contentType: string; content: Buffer }[];
}

/**
 * The real app on the test database, as the non-owner app role, with two fresh provinces, in-memory
 * rate limits (or Redis when given), mail captured to a temporary folder and a clock tests can move.
 */
export async function createHarness(
  options: {
    redisUrl?: string;
    /** Wraps the real disk store, e.g. to make a write fail as a full disk would. */
    wrapStore?: (store: AttachmentStore) => AttachmentStore;
    /** false: the app is reached without a proxy, so X-Forwarded-* headers are not believed. */
    trustProxy?: boolean;
  } = {},
) {
  const { appUrl, adminUrl } = testDatabaseUrls();
  const db: AppDb = createAppDb(appUrl, { max: 4 });
  const registry = createTenantRegistryAdmin(adminUrl);
  const logger = pino({ level: 'silent' });
  const limiters = createLimiters({ ...(options.redisUrl ? { redisUrl: options.redisUrl } : {}), logger });
  const mailDir = mkdtempSync(join(tmpdir(), 'tongdai-mail-'));
  const mailer = createMailer({ captureDir: mailDir, logger });
  const attachmentsDir = mkdtempSync(join(tmpdir(), 'tongdai-attachments-'));
  let offsetMs = 0;
  const app = newApp({
    db,
    secrets: createSecretBox(DEV_SECRETS_KEY),
    registry,
    limiters,
    mailer,
    attachments: (options.wrapStore ?? ((store) => store))(createDiskAttachmentStore(attachmentsDir)),
    baseDomain: BASE_DOMAIN,
    trustProxy: options.trustProxy ?? true,
    logger,
    now: () => new Date(Date.now() + offsetMs),
  });
  const a = await createProvince(adminUrl);
  const b = await createProvince(adminUrl);

  const hostOf = (p: TestProvince | string) =>
    typeof p === 'string' ? p : `${p.slug}.${BASE_DOMAIN}:${WEB_PORT}`;

  /** A browser-like request to a host: same-origin Origin header on mutations, a per-call client IP. */
  const request = (
    target: TestProvince | string,
    path: string,
    init: {
      method?: string;
      json?: unknown;
      /** A raw body (e.g. FormData for uploads); fetch sets its content type. */
      body?: RequestInit['body'];
      cookie?: string;
      headers?: Record<string, string>;
      ip?: string;
    } = {},
  ) => {
    const host = hostOf(target);
    const method = init.method ?? (init.json !== undefined || init.body !== undefined ? 'POST' : 'GET');
    const headers: Record<string, string> = {
      host,
      'x-forwarded-for':
        init.ip ?? `10.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}.7`,
      ...(method !== 'GET' ? { origin: `http://${host}`, 'sec-fetch-site': 'same-origin' } : {}),
      ...(init.json !== undefined ? { 'content-type': 'application/json' } : {}),
      ...(init.cookie ? { cookie: init.cookie } : {}),
      ...init.headers,
    };
    return app.request(path, {
      method,
      headers,
      ...(init.json !== undefined ? { body: JSON.stringify(init.json) } : {}),
      ...(init.body !== undefined ? { body: init.body } : {}),
    });
  };

  const mails = (): CapturedMail[] =>
    readdirSync(mailDir)
      .sort()
      .map((f) => {
        const m = JSON.parse(readFileSync(join(mailDir, f), 'utf8')) as {
          to: { address: string }[];
          subject: string;
          text: string;
          attachments?: { filename: string; contentType: string; content: string }[];
        };
        const attachments = (m.attachments ?? []).map((a) => ({
          filename: a.filename,
          contentType: a.contentType,
          content: Buffer.from(a.content, 'base64'),
        }));
        return { to: m.to[0]?.address ?? '', subject: m.subject, text: m.text, attachments };
      });

  const now = () => new Date(Date.now() + offsetMs);

  /** Completes 2FA as an authenticator app would at the harness clock; then 30 s pass, so codes stay fresh. */
  const passSecondFactor = async (target: TestProvince | string, key: Uint8Array, cookie: string) => {
    const res = await request(target, '/v1/auth/2fa/verify', {
      json: { code: totpCodeAt(key, now()) },
      cookie,
    });
    offsetMs += 30_000;
    return res;
  };

  return {
    app,
    db,
    now,
    passSecondFactor,
    a,
    b,
    request,
    /** Kept for the tenancy tests: GET on a province's host. */
    asTenant: (p: TestProvince, path: string, init?: RequestInit) =>
      app.request(path, {
        ...init,
        headers: { host: hostOf(p), ...(init?.headers as Record<string, string>) },
      }),
    mails,
    /** Root of the attachment store: `<dir>/<tenantId>/<yyyy>/<attachmentId>`. */
    attachmentsDir,
    advanceClock: (ms: number) => {
      offsetMs += ms;
    },
    close: async () => {
      await Promise.all([db.close(), registry.close(), limiters.close()]);
    },
  };
}

export type Harness = Awaited<ReturnType<typeof createHarness>>;

/** The session cookie from a response, as a request Cookie header. */
export function sessionCookie(res: Response): string {
  const header = res.headers.get('set-cookie') ?? '';
  const match = /tongdai_session=([^;]*)/.exec(header);
  if (!match?.[1]) throw new Error(`no session cookie in response (status ${res.status})`);
  return `tongdai_session=${match[1]}`;
}

/** The link in the latest captured mail to `to`. */
export function linkFrom(h: Harness, to: string): URL {
  const mail = h
    .mails()
    .filter((m) => m.to === to)
    .at(-1);
  const href = mail?.text.match(/https?:\/\/\S+/)?.[0];
  if (!href) throw new Error(`no mail with a link for ${to}`);
  return new URL(href);
}
