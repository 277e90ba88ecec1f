import type { HostTarget, Role } from '@tongdai/core';
import type { AppDb, Tenant } from '@tongdai/db';
import type { TenantRegistryAdmin } from '@tongdai/db';
import type { Limiters } from '@tongdai/rate-limit';
import type { AttachmentStore } from './lib/attachment-store.js';
import type { CaseStreamHub } from './lib/case-stream-hub.js';
import type { Logger } from './lib/logger.js';
import type { Mailer } from './lib/mailer.js';
import type { PortalKeys } from './services/public/keys.js';
import type { SecretBox } from './lib/secret-box.js';

export interface AppDeps {
  db: AppDb;
  baseDomain: string;
  trustProxy: boolean;
  logger: Logger;
  limiters: Limiters;
  mailer: Mailer;
  /** Bytes of case attachments (disk under DATA_DIR/attachments; tests pass a temporary folder). */
  attachments: AttachmentStore;
  secrets: SecretBox;
  /** Registry writes for the platform admin's service only. */
  registry: TenantRegistryAdmin;
  /** Injectable clock, so session expiry can be tested. */
  now: () => Date;
  /** Live case updates (LISTEN/NOTIFY → SSE); newApp creates one per app when absent. */
  caseStream?: CaseStreamHub;
  /** Keys of the public portal (proof-of-work, signed status links); development keys when absent. */
  portalKeys?: PortalKeys;
}

/** The signed-in person on this host, as the session middleware found them. */
export interface AuthState {
  sessionId: string;
  userId: string;
  email: string;
  name: string;
  scope: 'tenant' | 'platform' | 'national';
  role: Role | null;
  /** Tenant scope: the membership's status; platform scope: 'active' when the platform role exists. */
  status: 'pending' | 'active' | 'rejected' | 'deactivated' | null;
  agencyId: string | null;
  emailVerified: boolean;
  twoFactorEnabled: boolean;
  twoFactorVerified: boolean;
}

/** What middleware puts on the Hono context for handlers. */
export interface AppEnv {
  Variables: {
    deps: AppDeps;
    requestId: string;
    log: Logger;
    target: HostTarget;
    tenant: Tenant;
    auth: AuthState | null;
  };
}
