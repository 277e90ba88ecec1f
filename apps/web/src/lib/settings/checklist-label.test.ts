import { describe, expect, it } from 'vitest';
import { checkLabel } from './checklist-label.js';

const counts = { transferAgenciesWithoutNumbers: 2, topicsWithoutSla: 3 };

describe('checkLabel', () => {
  it('says how many are still missing while an item is not done', () => {
    expect(checkLabel('vi', { key: 'topic_sla', message: 'x', done: false }, counts)).toBe(
      'Mọi chủ đề đều có mức thời hạn (còn 3 chủ đề chưa có)',
    );
    expect(checkLabel('en', { key: 'agency_numbers', message: 'x', done: false }, counts)).toContain(
      '2 agencies',
    );
  });

  it('drops the count once the item is done', () => {
    const none = { ...counts, topicsWithoutSla: 0 };
    expect(checkLabel('vi', { key: 'topic_sla', message: 'x', done: true }, none)).toBe(
      'Mọi chủ đề đều có mức thời hạn',
    );
  });

  it('names known items in the chosen language', () => {
    expect(checkLabel('en', { key: 'hotline', message: 'x' }, counts)).not.toBe(
      checkLabel('vi', { key: 'hotline', message: 'x' }, counts),
    );
  });

  it('keeps the API text for an item it does not know', () => {
    expect(checkLabel('en', { key: 'new_item', message: 'Mục mới.' }, counts)).toBe('Mục mới.');
  });
});
