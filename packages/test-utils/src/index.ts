export * from './test-database.js';
export * from './provinces.js';
export * from './context.js';
export * from './members.js';
