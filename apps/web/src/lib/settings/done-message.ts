import { t, type Locale, type MessageKey } from '$lib/i18n/index.js';

const DONE: Record<string, MessageKey> = {
  saved: 'settings.done.saved',
  created: 'settings.done.created',
  deleted: 'settings.done.deleted',
  moved: 'settings.done.moved',
  template: 'settings.done.template',
  applied: 'settings.done.applied',
  roster: 'settings.done.roster',
  copied: 'settings.done.copied',
  invite: 'settings.done.invite',
  live: 'settings.done.live',
};

/** The notice after an action (`?done=…`); an import also says how many rows were written and skipped. */
export function doneMessage(
  locale: Locale,
  done: string | null,
  written: number | null,
  skipped: number | null,
): string | null {
  if (done === 'import') {
    const text = t(locale, 'settings.done.import', { count: written ?? 0 });
    return skipped ? `${text} ${t(locale, 'settings.done.importSkipped', { count: skipped })}` : text;
  }
  const key = done ? DONE[done] : undefined;
  return key ? t(locale, key) : null;
}
