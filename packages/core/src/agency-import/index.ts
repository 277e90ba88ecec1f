export * from './columns.js';
export * from './values.js';
export * from './validate-row.js';
export * from './plan.js';
export * from './export-rows.js';
