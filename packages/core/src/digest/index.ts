export {
  composeDigestLetter,
  DIGEST_COLUMNS,
  NATIONAL_MOTTO,
  NATIONAL_TITLE,
  type DigestCase,
  type DigestIssuer,
  type DigestLetter,
  type DigestLetterInput,
  type DigestRow,
} from './letter.js';
export { officialDateLine } from './official-date.js';
export { digestDueNow, DEFAULT_DIGEST_TIME } from './schedule.js';
