import { describe, expect, it } from 'vitest';
import {
  isTypingTarget,
  moveSelection,
  shortcutFor,
  shortcutsOf,
  SHORTCUTS,
  type ShortcutAction,
} from './shortcuts.js';

const all = new Set<ShortcutAction>(SHORTCUTS.map((s) => s.action));
const body = { tagName: 'BODY' };

describe('shortcutFor', () => {
  it('maps single keys to the console actions', () => {
    expect(shortcutFor({ key: 'n', target: body }, all)).toBe('newCall');
    expect(shortcutFor({ key: '/', target: body }, all)).toBe('search');
    expect(shortcutFor({ key: 'j', target: body }, all)).toBe('next');
    expect(shortcutFor({ key: 'k', target: body }, all)).toBe('previous');
    expect(shortcutFor({ key: 'e', target: body }, all)).toBe('escalate');
    expect(shortcutFor({ key: 't', target: body }, all)).toBe('transfer');
    expect(shortcutFor({ key: '?', target: body }, all)).toBe('help');
    expect(shortcutFor({ key: 'x', target: body }, all)).toBeNull();
  });

  it('never fires while the person types in a field', () => {
    for (const target of [
      { tagName: 'INPUT', type: 'text' },
      { tagName: 'input', type: 'search' },
      { tagName: 'INPUT' },
      { tagName: 'TEXTAREA' },
      { tagName: 'SELECT' },
      { tagName: 'DIV', isContentEditable: true },
    ]) {
      expect(shortcutFor({ key: 'n', target }, all)).toBeNull();
    }
  });

  it('still fires on buttons, links and checkboxes', () => {
    for (const target of [{ tagName: 'BUTTON' }, { tagName: 'A' }, { tagName: 'INPUT', type: 'checkbox' }]) {
      expect(shortcutFor({ key: 'j', target }, all)).toBe('next');
    }
  });

  it('leaves modified keys, compositions and handled events alone', () => {
    expect(shortcutFor({ key: 'n', ctrlKey: true, target: body }, all)).toBeNull();
    expect(shortcutFor({ key: 'n', metaKey: true, target: body }, all)).toBeNull();
    expect(shortcutFor({ key: 'n', altKey: true, target: body }, all)).toBeNull();
    expect(shortcutFor({ key: 'n', isComposing: true, target: body }, all)).toBeNull();
    expect(shortcutFor({ key: 'n', defaultPrevented: true, target: body }, all)).toBeNull();
  });

  it('only offers what the page has', () => {
    const casePage = new Set<ShortcutAction>(['newCall', 'help', 'note']);
    expect(shortcutFor({ key: 'e', target: body }, casePage)).toBeNull();
    expect(shortcutFor({ key: 'g', target: body }, casePage)).toBe('note');
    expect(shortcutsOf(casePage).map((s) => s.key)).toEqual(['n', 'g', '?']);
  });
});

describe('isTypingTarget', () => {
  it('is false for nothing at all', () => {
    expect(isTypingTarget(null)).toBe(false);
    expect(isTypingTarget(undefined)).toBe(false);
    expect(isTypingTarget('INPUT')).toBe(false);
  });
});

describe('moveSelection', () => {
  it('starts at the first row going down and the last going up', () => {
    expect(moveSelection(-1, 1, 5)).toBe(0);
    expect(moveSelection(-1, -1, 5)).toBe(4);
  });

  it('moves one row and stops at the ends', () => {
    expect(moveSelection(2, 1, 5)).toBe(3);
    expect(moveSelection(2, -1, 5)).toBe(1);
    expect(moveSelection(4, 1, 5)).toBe(4);
    expect(moveSelection(0, -1, 5)).toBe(0);
  });

  it('has nothing to select in an empty list, and recovers from a row that went away', () => {
    expect(moveSelection(-1, 1, 0)).toBe(-1);
    expect(moveSelection(7, 1, 3)).toBe(0);
  });
});
