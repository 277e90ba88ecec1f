/** What a policy does when Redis cannot be reached. */
export type FailureMode = 'fallback-memory' | 'open';

export interface Policy {
  limit: number;
  windowSeconds: number;
  onRedisFailure: FailureMode;
}

/*
 * | policy         | limit / window | Redis down      | why                                           |
 * | login-account  | 10 / 15 min    | fallback-memory | guessing passwords must never become free     |
 * | login-ip       | 100 / 15 min   | fallback-memory | many accounts from one address; a call centre |
 * |                |                |                 | of ~50 behind one NAT still signs in at shift |
 * | second-factor  | 10 / 15 min    | fallback-memory | per signed-in user: guessing 6-digit codes    |
 * | signup-ip      | 5 / 1 h        | fallback-memory | account spam                                  |
 * | password-reset | 5 / 1 h        | fallback-memory | mail bombing and token guessing               |
 * | invite-accept  | 10 / 15 min    | fallback-memory | invite token guessing                         |
 * | public-form    | 10 / 1 h       | fallback-memory | citizen reports: spam floods the inbox        |
 * | public-search  | 60 / 1 min     | fallback-memory | portal FAQ search: scraping, database load    |
 * | public-status  | 20 / 15 min    | fallback-memory | status lookup by code + phone: enumeration    |
 * | open311-read   | 120 / 1 min    | fallback-memory | Open311 GET: scraping, database load          |
 * | open311-write  | 60 / 1 min     | fallback-memory | Open311 POST per key: a runaway client        |
 * | webhook        | 600 / 1 min    | open            | a refused channel message is a lost message   |
 * Per-process memory counts are looser with several API instances, but never unlimited.
 */
export const POLICIES = {
  'login-ip': { limit: 100, windowSeconds: 15 * 60, onRedisFailure: 'fallback-memory' },
  'login-account': { limit: 10, windowSeconds: 15 * 60, onRedisFailure: 'fallback-memory' },
  'second-factor': { limit: 10, windowSeconds: 15 * 60, onRedisFailure: 'fallback-memory' },
  'signup-ip': { limit: 5, windowSeconds: 60 * 60, onRedisFailure: 'fallback-memory' },
  'password-reset': { limit: 5, windowSeconds: 60 * 60, onRedisFailure: 'fallback-memory' },
  'public-form': { limit: 10, windowSeconds: 60 * 60, onRedisFailure: 'fallback-memory' },
  'public-search': { limit: 60, windowSeconds: 60, onRedisFailure: 'fallback-memory' },
  'public-status': { limit: 20, windowSeconds: 15 * 60, onRedisFailure: 'fallback-memory' },
  'open311-read': { limit: 120, windowSeconds: 60, onRedisFailure: 'fallback-memory' },
  'open311-write': { limit: 60, windowSeconds: 60, onRedisFailure: 'fallback-memory' },
  webhook: { limit: 600, windowSeconds: 60, onRedisFailure: 'open' },
  'invite-accept': { limit: 10, windowSeconds: 15 * 60, onRedisFailure: 'fallback-memory' },
} as const satisfies Record<string, Policy>;

export type PolicyName = keyof typeof POLICIES;
