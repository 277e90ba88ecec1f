export * from './limiter.js';
export * from './policies.js';
export * from './memory-limiter.js';
export * from './redis-adapter.js';
export * from './upstash-limiter.js';
export * from './create-limiters.js';
