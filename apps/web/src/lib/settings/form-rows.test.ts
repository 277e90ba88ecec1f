import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import {
  actionBase,
  check,
  doneUrl,
  formRows,
  issuesToErrors,
  moveItem,
  remapPath,
  ticked,
} from './form-rows.js';

describe('formRows', () => {
  const values = {
    name: 'x',
    'hotlines.0.phone': '0913 680 916',
    'hotlines.1.phone': '',
    'hotlines.1.schedule': 'T2 07:00-11:00',
    'hotlines.2.phone': '1022',
    'hotlines.2.active': 'on',
    'hotlines.10.phone': '0239 1022',
  };

  it('collects rows in form order and leaves blank ones out, remembering their form row', () => {
    const { rows, rowOf } = formRows(values, 'hotlines', (r) => !r.phone?.trim());
    expect(rows.map((r) => r.phone)).toEqual(['0913 680 916', '1022', '0239 1022']);
    expect(rows[1]).toEqual({ phone: '1022', active: 'on' });
    expect(rowOf).toEqual([0, 2, 10]);
  });

  it('maps an issue of the i-th kept row back to the field of its form row', () => {
    expect(remapPath('hotlines.1.phone', 'hotlines', [0, 2, 10])).toBe('hotlines.2.phone');
    expect(remapPath('hotlines.2.schedule.slots.0.start', 'hotlines', [0, 2, 10])).toBe(
      'hotlines.10.schedule',
    );
    expect(remapPath('hotlines', 'hotlines', [0])).toBe('hotlines');
    expect(remapPath('name', 'hotlines', [0])).toBe('name');
  });
});

describe('check', () => {
  const schema = v.object({
    name: v.pipe(v.string(), v.nonEmpty('Vui lòng nhập tên.')),
    rows: v.array(v.object({ phone: v.pipe(v.string(), v.minLength(3, 'Số quá ngắn.')) })),
  });

  it('returns the output, or each field’s first message on the mapped path', () => {
    expect(check(schema, { name: 'a', rows: [] })).toEqual({ ok: true, output: { name: 'a', rows: [] } });
    const failed = check(schema, { name: '', rows: [{ phone: '1' }] }, (p) => remapPath(p, 'rows', [4]));
    expect(failed).toEqual({
      ok: false,
      errors: { name: 'Vui lòng nhập tên.', 'rows.4.phone': 'Số quá ngắn.' },
      message: undefined,
    });
  });

  it('turns path-less issues into the form message', () => {
    expect(
      issuesToErrors([
        { path: '', message: 'Chung' },
        { path: 'a', message: 'A' },
      ]),
    ).toEqual({
      errors: { a: 'A' },
      message: 'Chung',
    });
  });
});

describe('small helpers', () => {
  it('moves an item up or down and stops at the ends', () => {
    expect(moveItem(['a', 'b', 'c'], 'b', -1)).toEqual(['b', 'a', 'c']);
    expect(moveItem(['a', 'b', 'c'], 'b', 1)).toEqual(['a', 'c', 'b']);
    expect(moveItem(['a', 'b', 'c'], 'a', -1)).toEqual(['a', 'b', 'c']);
    expect(moveItem(['a', 'b', 'c'], 'c', 1)).toEqual(['a', 'b', 'c']);
    expect(moveItem(['a'], 'z', 1)).toEqual(['a']);
  });

  it('builds the address to return to without the action and with what was done', () => {
    const url = new URL('http://hatinh.localhost/quan-tri/cai-dat/ivr?/rosterSave&nhanh=abc&done=old');
    expect(doneUrl(url, 'roster')).toBe('/quan-tri/cai-dat/ivr?nhanh=abc&done=roster');
    expect(doneUrl(new URL('http://x/a?/go'), 'import', { written: 3 })).toBe('/a?done=import&written=3');
  });

  it('starts action addresses with the page filters but not the last result', () => {
    expect(actionBase(new URL('http://x/ivr?nhanh=b1&tuan=2026-05-18&done=roster&written=2'))).toBe(
      '?nhanh=b1&tuan=2026-05-18&',
    );
    expect(actionBase(new URL('http://x/ivr?done=roster'))).toBe('?');
    expect(actionBase(new URL('http://x/ivr?/rosterSave&nhanh=b1'))).toBe('?nhanh=b1&');
  });

  it('reads ticked checkboxes', () => {
    expect(ticked({ a: 'on' }, 'a')).toBe(true);
    expect(ticked({}, 'a')).toBe(false);
  });
});
