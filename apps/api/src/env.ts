import * as v from 'valibot';

const Env = v.object({
  BASE_DOMAIN: v.optional(v.string(), 'localhost'),
  API_PORT: v.optional(v.pipe(v.string(), v.transform(Number), v.integer()), '8787'),
  WEB_PORT: v.optional(v.pipe(v.string(), v.transform(Number), v.integer()), '5173'),
  /** Owner/superuser connection for migrations and seeds; unset → embedded Postgres. */
  DATABASE_URL: v.optional(v.string()),
  /** Connection of the non-owner app role; derived from DATABASE_URL when unset. */
  DATABASE_APP_URL: v.optional(v.string()),
  DATABASE_APP_PASSWORD: v.optional(v.string()),
  DATA_DIR: v.optional(v.string()),
  /** Trust X-Forwarded-Host from the web server / reverse proxy in front of the API. */
  TRUST_PROXY: v.optional(v.picklist(['0', '1']), '1'),
  SEED_DEMO: v.optional(v.picklist(['0', '1'])),
  /** Rate limits in Redis when set; in process memory otherwise. */
  REDIS_URL: v.optional(v.string()),
  /** Mail through SMTP when set (smtp://user:pass@host:587); captured under DATA_DIR/mail otherwise. */
  SMTP_URL: v.optional(v.string()),
  /** 32 random bytes, base64: encrypts channel integration secrets. A development key is used when unset. */
  SECRETS_KEY: v.optional(v.string()),
  /** HMAC key of the public request form's proof-of-work challenges (ALTCHA). A development key when unset. */
  ALTCHA_HMAC_KEY: v.optional(v.string()),
  /** HMAC key of the citizens' signed status links (/tra-cuu/<token>). A development key when unset. */
  STATUS_LINK_KEY: v.optional(v.string()),
  /** `0`: this process runs no SLA job worker (another does). Default: it runs one. */
  JOBS: v.optional(v.picklist(['0', '1']), '1'),
  /** `1` in browser tests only: a movable clock and an on-demand SLA sweep under /__test. */
  TEST_HOOKS: v.optional(v.picklist(['0', '1']), '0'),
});
export type Env = v.InferOutput<typeof Env>;

/** Empty variables count as unset, so `DATABASE_URL=` selects the embedded database. */
export function readEnv(source: NodeJS.ProcessEnv = process.env): Env {
  const present = Object.fromEntries(Object.entries(source).filter(([, value]) => value !== ''));
  return v.parse(Env, present);
}
