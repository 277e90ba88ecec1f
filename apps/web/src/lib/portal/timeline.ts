import type { PublicTimelineEntryView } from '@tongdai/contracts';
import { t, type Locale } from '$lib/i18n/index.js';
import { FILE_ERROR_KEYS } from './request-files.js';

/** One line of the citizen's timeline, in their language; details only where the API gave them. */
export function timelineText(locale: Locale, e: PublicTimelineEntryView): string {
  switch (e.kind) {
    case 'classified':
      return e.topicName
        ? t(locale, 'portal.event.classified', { topic: e.topicName })
        : t(locale, 'portal.event.classifiedPlain');
    case 'escalated':
      return e.agencyName
        ? t(locale, 'portal.event.escalated', { agency: e.agencyName })
        : t(locale, 'portal.event.escalatedPlain');
    case 'acknowledged':
      return e.agencyName
        ? t(locale, 'portal.event.acknowledged', { agency: e.agencyName })
        : t(locale, 'portal.event.acknowledgedPlain');
    case 'merged':
      return e.originalCode
        ? t(locale, 'portal.event.merged', { code: e.originalCode })
        : t(locale, 'portal.event.mergedPlain');
    default:
      return t(locale, `portal.event.${e.kind}`);
  }
}

/** Form fields as the API takes them: the consent box is `on` when ticked, absent otherwise. */
export function requestPayload(values: Record<string, string>) {
  return {
    topicId: values['topicId'] ?? '',
    content: values['content'] ?? '',
    commune: values['commune'] ?? '',
    name: values['name'] ?? '',
    phone: values['phone'] ?? '',
    email: values['email'] ?? '',
    consent: values['consent'] === 'on',
    website: values['website'] ?? '',
    altcha: values['altcha'] ?? '',
  };
}

/** The same fields as the multipart form the API takes (files added by the caller): consent as sent. */
export function requestForm(values: Record<string, string>) {
  const { consent, ...fields } = requestPayload(values);
  return { ...fields, consent: consent ? 'on' : '' };
}

/** Field order of the request form, for the error summary's links. */
export const REQUEST_FIELDS = [
  'topicId',
  'content',
  'commune',
  ...FILE_ERROR_KEYS,
  'name',
  'phone',
  'email',
  'consent',
  'altcha',
] as const;
