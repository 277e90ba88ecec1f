import { describe, expect, it } from 'vitest';
import { diffFaq, type FaqSnapshot } from './revisions.js';

const base: FaqSnapshot = {
  question: 'F0 điều trị tại nhà?',
  answer: 'Liên hệ trạm y tế.',
  topic: 'T03 – Tư vấn y tế',
  keywords: ['f0'],
  sourceAgency: null,
  state: 'draft',
  validUntil: null,
};

describe('diffFaq', () => {
  it('lists only the fields that changed, with before and after', () => {
    expect(diffFaq(base, { ...base, state: 'public', keywords: ['f0', 'spo2'] })).toEqual([
      { field: 'keywords', from: ['f0'], to: ['f0', 'spo2'] },
      { field: 'state', from: 'draft', to: 'public' },
    ]);
    expect(diffFaq(base, { ...base, keywords: ['f0'] })).toEqual([]);
  });

  it('records what a new entry sets, leaving empty fields out', () => {
    expect(diffFaq(null, base).map((c) => c.field)).toEqual([
      'question',
      'answer',
      'topic',
      'keywords',
      'state',
    ]);
  });
});
