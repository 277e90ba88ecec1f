import { drizzle, type PostgresJsDatabase } from 'drizzle-orm/postgres-js';
import postgres from 'postgres';
import * as schema from './schema/index.js';

export type Schema = typeof schema;
export type Database = PostgresJsDatabase<Schema>;
/** A transaction handle; inside `withTenant` it is bound to one tenant. */
export type Tx = Parameters<Parameters<Database['transaction']>[0]>[0];

export interface Connection {
  db: Database;
  close: () => Promise<void>;
  /** LISTEN on a dedicated connection of this pool, re-established after a disconnect. */
  listen: (
    channel: string,
    onPayload: (payload: string) => void,
  ) => Promise<{ unlisten: () => Promise<void> }>;
}

export function connect(url: string, options: { max?: number; appName?: string } = {}): Connection {
  const client = postgres(url, {
    max: options.max ?? 10,
    onnotice: () => undefined,
    connection: { application_name: options.appName ?? 'tongdai' },
  });
  return {
    db: drizzle(client, { schema }),
    close: () => client.end({ timeout: 5 }),
    listen: async (channel, onPayload) => {
      const { unlisten } = await client.listen(channel, onPayload);
      return { unlisten: async () => void (await unlisten()) };
    },
  };
}
