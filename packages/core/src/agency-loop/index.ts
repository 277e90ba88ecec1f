export * from './extensions.js';
export * from './feedback.js';
export * from './publication.js';
export * from './duplicates.js';
export * from './relay-message.js';
