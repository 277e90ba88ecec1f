export * from './attachment-rules.js';
export * from './file-name.js';
export * from './withdrawal.js';
