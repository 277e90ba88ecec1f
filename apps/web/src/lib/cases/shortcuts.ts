import type { MessageKey } from '$lib/i18n/index.js';

/** Keyboard shortcuts of the operator console: one key each, never while the person is typing. */
export type ShortcutAction =
  'newCall' | 'search' | 'next' | 'previous' | 'open' | 'escalate' | 'transfer' | 'note' | 'help';

export interface Shortcut {
  key: string;
  action: ShortcutAction;
  label: MessageKey;
}

export const SHORTCUTS: readonly Shortcut[] = [
  { key: 'n', action: 'newCall', label: 'cases.keys.newCall' },
  { key: '/', action: 'search', label: 'cases.keys.search' },
  { key: 'j', action: 'next', label: 'cases.keys.next' },
  { key: 'k', action: 'previous', label: 'cases.keys.previous' },
  { key: 'o', action: 'open', label: 'cases.keys.open' },
  { key: 't', action: 'transfer', label: 'cases.keys.transfer' },
  { key: 'e', action: 'escalate', label: 'cases.keys.escalate' },
  { key: 'g', action: 'note', label: 'cases.keys.note' },
  { key: '?', action: 'help', label: 'cases.keys.help' },
];

/** What a key event looks like to us (a DOM KeyboardEvent fits). */
export interface KeyInput {
  key: string;
  ctrlKey?: boolean;
  metaKey?: boolean;
  altKey?: boolean;
  isComposing?: boolean;
  defaultPrevented?: boolean;
  target?: unknown;
}

// Inputs that do not take text: a shortcut pressed on them is still a shortcut.
const NON_TEXT_INPUTS = new Set(['checkbox', 'radio', 'button', 'submit', 'reset', 'file', 'color', 'range']);

/** True when keys typed now go into a field: text inputs, text areas, selects, editable content. */
export function isTypingTarget(target: unknown): boolean {
  if (!target || typeof target !== 'object') return false;
  const el = target as { tagName?: unknown; type?: unknown; isContentEditable?: unknown };
  if (el.isContentEditable === true) return true;
  const tag = typeof el.tagName === 'string' ? el.tagName.toUpperCase() : '';
  if (tag === 'TEXTAREA' || tag === 'SELECT') return true;
  if (tag !== 'INPUT') return false;
  const type = typeof el.type === 'string' ? el.type.toLowerCase() : 'text';
  return !NON_TEXT_INPUTS.has(type);
}

/**
 * The action a key press asks for, among those the page offers; null for anything else: a modifier
 * held (browser and screen-reader shortcuts stay theirs), an IME composition, or a key typed into a field.
 */
export function shortcutFor(input: KeyInput, available: ReadonlySet<ShortcutAction>): ShortcutAction | null {
  if (input.defaultPrevented || input.isComposing) return null;
  if (input.ctrlKey || input.metaKey || input.altKey) return null;
  if (isTypingTarget(input.target)) return null;
  const found = SHORTCUTS.find((s) => s.key === input.key);
  return found && available.has(found.action) ? found.action : null;
}

/** The row selected after j/k: starts at the first (or last) row, stops at the ends. */
export function moveSelection(current: number, delta: 1 | -1, length: number): number {
  if (length <= 0) return -1;
  if (current < 0 || current >= length) return delta === 1 ? 0 : length - 1;
  return Math.min(length - 1, Math.max(0, current + delta));
}

/** The shortcuts a page offers, in the order of the help overlay. */
export function shortcutsOf(available: ReadonlySet<ShortcutAction>): Shortcut[] {
  return SHORTCUTS.filter((s) => available.has(s.action));
}
