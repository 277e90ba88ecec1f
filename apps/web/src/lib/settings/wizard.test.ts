import { describe, expect, it } from 'vitest';
import { checkItemHref, neighbours, resumeStep, stepStatus, wizardSlugOf, type CheckItem } from './wizard.js';

const item = (key: string, step: string, done: boolean, required = true): CheckItem => ({
  key,
  step,
  done,
  required,
  message: key,
});

const fresh: CheckItem[] = [
  item('hotline', 'channels', false),
  item('other_channels', 'channels', false, false),
  item('topics', 'topics', false),
  item('agencies', 'agencies', false),
  // True on a new province: no agency lacks numbers when there are no agencies.
  item('agency_numbers', 'agencies', true),
  item('sla', 'sla', false),
  item('calendar', 'sla', false),
  item('faq', 'faq', false, false),
  item('staff', 'staff', false),
];
const mark = (items: CheckItem[], ...keys: string[]) =>
  items.map((i) => (keys.includes(i.key) ? { ...i, done: true } : i));

describe('stepStatus', () => {
  it('is missing while a required item is, advice when only advice is left, done when all are', () => {
    expect(stepStatus('kenh', fresh, false)).toBe('missing');
    expect(stepStatus('kenh', mark(fresh, 'hotline'), false)).toBe('advice');
    expect(stepStatus('kenh', mark(fresh, 'hotline', 'other_channels'), false)).toBe('done');
    expect(stepStatus('hoi-dap', fresh, false)).toBe('advice');
  });

  it('leaves optional steps open, and the last step done once live', () => {
    expect(stepStatus('tinh', fresh, false)).toBe('done');
    expect(stepStatus('ivr', fresh, false)).toBe('open');
    expect(stepStatus('van-hanh', fresh, false)).toBe('open');
    expect(stepStatus('van-hanh', fresh, true)).toBe('done');
  });
});

describe('resumeStep', () => {
  it('starts at the province details when nothing is done', () => {
    expect(resumeStep(fresh, false)).toBe('tinh');
  });

  it('resumes at the first step still missing something required', () => {
    expect(resumeStep(mark(fresh, 'hotline'), false)).toBe('chu-de');
    expect(resumeStep(mark(fresh, 'hotline', 'topics', 'agencies'), false)).toBe('sla');
    expect(resumeStep(mark(fresh, 'hotline', 'topics', 'agencies', 'sla', 'calendar'), false)).toBe(
      'nhan-su',
    );
  });

  it('goes to the review when everything required is done or the province is live', () => {
    expect(resumeStep(mark(fresh, 'hotline', 'topics', 'agencies', 'sla', 'calendar', 'staff'), false)).toBe(
      'van-hanh',
    );
    expect(resumeStep(fresh, true)).toBe('van-hanh');
  });
});

describe('navigation', () => {
  it('knows the step of a path and its neighbours', () => {
    expect(wizardSlugOf('/quan-tri/khoi-tao/kenh')).toBe('kenh');
    expect(wizardSlugOf('/quan-tri/khoi-tao')).toBeNull();
    expect(wizardSlugOf('/quan-tri/khoi-tao/khong-co')).toBeNull();
    expect(neighbours('tinh')).toEqual({ prev: null, next: 'kenh' });
    expect(neighbours('van-hanh')).toEqual({ prev: 'nhan-su', next: null });
  });

  it('links each checklist item to where it is fixed', () => {
    expect(checkItemHref(item('topic_sla', 'sla', false), 'wizard')).toBe('/quan-tri/khoi-tao/sla');
    expect(checkItemHref(item('calendar', 'sla', false), 'settings')).toBe('/quan-tri/cai-dat/lich');
    expect(checkItemHref(item('sla', 'sla', false), 'settings')).toBe('/quan-tri/cai-dat/sla');
    expect(checkItemHref(item('staff', 'staff', false), 'settings')).toBe('/quan-tri/thanh-vien');
    expect(checkItemHref(item('hotline', 'channels', false), 'wizard')).toBe('/quan-tri/khoi-tao/kenh');
  });
});
