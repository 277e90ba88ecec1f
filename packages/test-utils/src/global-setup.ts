import type { TestProject } from 'vitest/node';
import './context.js';
import { createTestDatabase, type TestDatabase } from './test-database.js';

let database: TestDatabase | undefined;

/** vitest globalSetup: one migrated database per test run, handed to tests through `inject`. */
export async function setup(project: TestProject) {
  database = await createTestDatabase();
  project.provide('adminUrl', database.adminUrl);
  project.provide('appUrl', database.appUrl);
}

export async function teardown() {
  await database?.dispose();
}
