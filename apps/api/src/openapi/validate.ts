/** Every route's validator documents itself; the name is kept for the modules that use it. */
export { validate as documentedValidate } from '../lib/validate.js';
