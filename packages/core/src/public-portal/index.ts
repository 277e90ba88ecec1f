export * from './public-status.js';
export * from './open311.js';
