import { resolve } from 'node:path';
import { serve } from '@hono/node-server';
import { tenantOrigin } from '@tongdai/core';
import { createAppDb } from '@tongdai/db';
import { createTenantRegistryAdmin } from '@tongdai/db/admin';
import { createLimiters } from '@tongdai/rate-limit';
import { newApp } from './app.js';
import { startJobs } from './jobs/queue.js';
import { dataDir, openDatabase } from './database.js';
import { readEnv } from './env.js';
import { createLogger } from './lib/logger.js';
import { createDiskAttachmentStore } from './lib/attachment-store.js';
import { createMailer } from './lib/mailer.js';
import { createSecretBox, DEV_SECRETS_KEY } from './lib/secret-box.js';
import { mountTestHooks } from './test-hooks.js';
import { DEV_ALTCHA_HMAC_KEY, DEV_STATUS_LINK_KEY, portalKeys } from './services/public/keys.js';

const env = readEnv();
const logger = createLogger();

const database = await openDatabase(env, logger);
const db = createAppDb(database.appUrl);
const registry = createTenantRegistryAdmin(database.adminUrl);
const limiters = createLimiters({ ...(env.REDIS_URL ? { redisUrl: env.REDIS_URL } : {}), logger });
const mailer = createMailer({ smtpUrl: env.SMTP_URL, captureDir: resolve(dataDir(env), 'mail'), logger });
const attachments = createDiskAttachmentStore(resolve(dataDir(env), 'attachments'));
if (!env.SECRETS_KEY) logger.warn('SECRETS_KEY is not set: channel secrets use the development key');
const secrets = createSecretBox(env.SECRETS_KEY ?? DEV_SECRETS_KEY);
if (!env.ALTCHA_HMAC_KEY || !env.STATUS_LINK_KEY) {
  logger.warn('ALTCHA_HMAC_KEY or STATUS_LINK_KEY is not set: the public portal uses development keys');
}
// Moved forward only through the test hooks (TEST_HOOKS=1).
let clockOffsetMs = 0;
const now = () => new Date(Date.now() + clockOffsetMs);
const app = newApp({
  db,
  secrets,
  registry,
  limiters,
  mailer,
  attachments,
  baseDomain: env.BASE_DOMAIN,
  trustProxy: env.TRUST_PROXY === '1',
  logger,
  now,
  portalKeys: portalKeys(
    env.ALTCHA_HMAC_KEY ?? DEV_ALTCHA_HMAC_KEY,
    env.STATUS_LINK_KEY ?? DEV_STATUS_LINK_KEY,
  ),
});
if (env.TEST_HOOKS === '1') {
  mountTestHooks(app, { db, mailer, logger, now, advance: (ms) => void (clockOffsetMs += ms) });
}
// The SLA clock: a pg-boss worker in this process (schedules live in the database, so restarts keep them).
const jobs = env.JOBS === '1' ? await startJobs({ appUrl: database.appUrl, db, mailer, logger, now }) : null;

const server = serve({ fetch: app.fetch, port: env.API_PORT, hostname: '127.0.0.1' }, (info) => {
  logger.info({ port: info.port, rateLimits: limiters.backend }, 'api listening');
  const tenants = ['thanhhoa', 'binhthuan', 'haiduong'];
  const web = env.WEB_PORT;
  const lines = [
    '',
    `  Tổng đài 1022 platform — API on http://127.0.0.1:${info.port}`,
    `  Landing:   http://${env.BASE_DOMAIN}:${web}`,
    ...tenants.map((slug) => `  Province:  ${tenantOrigin(slug, env.BASE_DOMAIN, web)}`),
    `  Ministry:  http://national.${env.BASE_DOMAIN}:${web}`,
    `  Demo accounts and passwords: README.md → "Demo accounts"`,
    '',
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
});

async function shutdown() {
  server.close();
  await jobs?.stop().catch(() => undefined);
  await Promise.allSettled([db.close(), registry.close(), limiters.close()]);
  await database.stop();
  process.exit(0);
}
process.on('SIGINT', () => void shutdown());
process.on('SIGTERM', () => void shutdown());
