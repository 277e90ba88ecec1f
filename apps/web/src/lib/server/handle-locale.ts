import type { Handle } from '@sveltejs/kit';
import { isLocale, pickLocale } from '$lib/i18n/index.js';

const ONE_YEAR_SECONDS = 60 * 60 * 24 * 365;

/** Language from `?lang=` (remembered in a cookie) or the cookie; written into `<html lang>`. */
export const handleLocale: Handle = async ({ event, resolve }) => {
  const requested = event.url.searchParams.get('lang');
  if (isLocale(requested)) {
    event.cookies.set('lang', requested, {
      path: '/',
      maxAge: ONE_YEAR_SECONDS,
      sameSite: 'lax',
      httpOnly: false,
      secure: event.url.protocol === 'https:',
    });
  }
  const locale = pickLocale(requested, event.cookies.get('lang'));
  event.locals.locale = locale;
  return resolve(event, {
    transformPageChunk: ({ html }) => html.replace('%lang%', locale),
  });
};
