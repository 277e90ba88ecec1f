export { applyRedactions, findPersonalData, redact, type Redaction } from './redact.js';
export { REDACTION_LABELS, type Finding, type FindingKind, type KnownPersonalData } from './types.js';
