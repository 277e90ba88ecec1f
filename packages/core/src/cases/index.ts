export * from './case-types.js';
export * from './case-messages.js';
export * from './case-rules.js';
export * from './case-state.js';
export * from './case-code.js';
export * from './case-list.js';
export * from './citizen.js';
export * from './idempotency.js';
