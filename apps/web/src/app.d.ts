import type { TenantProfileOutput } from '@tongdai/contracts';
import type { HostTarget } from '@tongdai/core';
import type { Locale } from '$lib/i18n/index.js';
import type { SessionUser } from '$lib/server/session.js';

declare global {
  namespace App {
    interface Error {
      message: string;
      /** The API's error code (`TENANT_NOT_FOUND`, `UNAVAILABLE`, …) when there is one. */
      code?: string;
    }
    interface Locals {
      target: HostTarget['kind'];
      /** The province's public profile; null off tenant hosts and for unknown or suspended provinces. */
      tenant: TenantProfileOutput | null;
      /** Why the profile could not be loaded (API down, …), thrown by the tenant pages. */
      tenantError: { status: number; message: string; code?: string } | null;
      locale: Locale;
      /** Who is signed in on this host (`GET /v1/auth/me`), null when nobody is. */
      user: SessionUser | null;
      requestId?: string;
    }
    /** Set by the root layout; the error page relies on it. */
    interface PageData {
      locale: Locale;
      target: HostTarget['kind'];
      siteName: string;
      isTenant: boolean;
      platformUrl: string;
      host: string;
    }
  }
}

export {};
