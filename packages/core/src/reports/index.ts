export * from './month.js';
export * from './figures.js';
export * from './monthly-report.js';
