import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import type { Database } from './client.js';

export const MIGRATIONS_FOLDER = fileURLToPath(new URL('../migrations', import.meta.url));

interface Journal {
  entries: { idx: number; tag: string; when: number }[];
}

export function expectedMigrations(): number {
  const journal = JSON.parse(readFileSync(`${MIGRATIONS_FOLDER}/meta/_journal.json`, 'utf8')) as Journal;
  return journal.entries.length;
}

export interface MigrationStatus {
  applied: number;
  expected: number;
  current: boolean;
}

/** How many migrations the database has against how many this build ships. */
export async function migrationStatus(db: Database): Promise<MigrationStatus> {
  const rows = await db.execute<{ n: string }>(
    sql`select count(*)::text as n from drizzle.__drizzle_migrations`,
  );
  const applied = Number(rows[0]?.n ?? 0);
  const expected = expectedMigrations();
  return { applied, expected, current: applied === expected };
}
