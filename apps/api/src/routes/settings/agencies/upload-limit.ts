export { importUploadLimit } from '../../../lib/spreadsheet.js';
