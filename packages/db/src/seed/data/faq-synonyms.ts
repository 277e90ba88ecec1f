import type { SeedFaqSynonym } from './types.js';

/** What citizens write for the words the answers use, common to every demo province. */
export const COMMON_FAQ_SYNONYMS: SeedFaqSynonym[] = [
  { term: 'F0', equivalents: ['người nhiễm', 'ca dương tính', 'người mắc Covid'] },
  { term: 'F1', equivalents: ['người tiếp xúc gần', 'tiếp xúc gần'] },
  { term: 'test', equivalents: ['xét nghiệm'] },
  { term: 'hộ nghèo', equivalents: ['hộ có hoàn cảnh khó khăn', 'gia đình khó khăn'] },
  { term: 'vắc xin', equivalents: ['vaccine', 'vacxin'] },
];
