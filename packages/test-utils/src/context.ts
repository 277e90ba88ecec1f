import { inject } from 'vitest';

declare module 'vitest' {
  export interface ProvidedContext {
    adminUrl: string;
    appUrl: string;
  }
}

/** The URLs of this run's test database, provided by the global setup. */
export function testDatabaseUrls(): { adminUrl: string; appUrl: string } {
  return { adminUrl: inject('adminUrl'), appUrl: inject('appUrl') };
}
