import { describe, expect, it } from 'vitest';
import { debounce, suggestParams, suggestQuery } from './suggest.js';

describe('suggestQuery', () => {
  it('waits for three letters or digits', () => {
    expect(suggestQuery('')).toBeNull();
    expect(suggestQuery('  x? ')).toBeNull();
    expect(suggestQuery('xé')).toBeNull();
    expect(suggestQuery('xét')).toBe('xét');
  });

  it('collapses spaces but keeps a trailing one (the last word is then complete)', () => {
    expect(suggestQuery('  xét   nghiệm\n covid ')).toBe('xét nghiệm covid ');
  });

  it('keeps the last 200 characters of long content, from a word boundary', () => {
    const long = `${'mở đầu '.repeat(40)}xét nghiệm tự nguyện ở đâu`;
    const q = suggestQuery(long)!;
    expect(q.length).toBeLessThanOrEqual(200);
    expect(q.endsWith('xét nghiệm tự nguyện ở đâu')).toBe(true);
    expect(q.startsWith(' ')).toBe(false);
    expect(long.endsWith(q)).toBe(true);
  });
});

describe('suggestParams', () => {
  it('asks for a few entries and prefers the call’s topic', () => {
    expect(suggestParams('xét nghiệm', 'T03').toString()).toBe(
      'q=x%C3%A9t+nghi%E1%BB%87m&limit=5&boostTopic=T03',
    );
    expect(suggestParams('xét', null, 3).toString()).toBe('q=x%C3%A9t&limit=3');
  });
});

describe('debounce', () => {
  function fakeTimers() {
    const pending = new Map<number, () => void>();
    let next = 0;
    return {
      set: (cb: () => void) => {
        next += 1;
        pending.set(next, cb);
        return next;
      },
      clear: (id: unknown) => void pending.delete(id as number),
      flush: () => {
        const all = [...pending.values()];
        pending.clear();
        all.forEach((cb) => cb());
      },
      size: () => pending.size,
    };
  }

  it('calls once with the last arguments when the calls stop', () => {
    const timers = fakeTimers();
    const calls: string[] = [];
    const run = debounce((q: string) => calls.push(q), 250, timers);
    run('x');
    run('xé');
    run('xét');
    expect(timers.size()).toBe(1);
    timers.flush();
    expect(calls).toEqual(['xét']);
  });

  it('can be cancelled', () => {
    const timers = fakeTimers();
    const calls: string[] = [];
    const run = debounce((q: string) => calls.push(q), 250, timers);
    run('xét');
    run.cancel();
    timers.flush();
    expect(calls).toEqual([]);
  });
});
