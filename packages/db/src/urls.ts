import { APP_ROLE } from './schema/roles.js';

/** Default password of the app role in development and tests; set DATABASE_APP_PASSWORD elsewhere. */
export const DEV_APP_PASSWORD = 'tongdai-app-dev';

/** The same server and database as `url`, as another user. */
export function withUser(url: string, user: string, password?: string): string {
  const u = new URL(url);
  u.username = encodeURIComponent(user);
  u.password = password ? encodeURIComponent(password) : '';
  return u.toString();
}

export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

export function databaseName(url: string): string {
  return decodeURIComponent(new URL(url).pathname.replace(/^\//, ''));
}

/** Connection URL of the non-owner app role for the database `adminUrl` points at. */
export function appUrlFor(adminUrl: string, password = DEV_APP_PASSWORD): string {
  return withUser(adminUrl, APP_ROLE, password);
}
