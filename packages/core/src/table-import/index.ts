export * from './text.js';
export * from './plan.js';
