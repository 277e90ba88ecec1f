import type { publicVi } from '../vi/public.js';

export const publicEn: Record<keyof typeof publicVi, string> = {
  'site.platformName': '1022 Hotline Platform',
  'site.skipToContent': 'Skip to main content',
  'site.mainNav': 'Main navigation',
  'site.languageNav': 'Choose language',
  'site.footer':
    'The 1022 hotline receives, handles and answers requests for information, feedback and petitions from citizens and businesses.',
  'site.footerPlatformLink': '1022 hotlines on the platform',
  'lang.vi': 'Tiếng Việt',
  'lang.en': 'English',

  'nav.home': 'Home',
  'nav.faq': 'Questions & answers',
  'nav.agencies': 'Agencies',

  'platform.title': '1022 hotlines of the provinces',
  'platform.intro':
    'Choose a province to see how to reach its 1022 hotline, frequently asked questions and its agency directory.',
  'platform.provinces': 'Provinces on the platform',
  'platform.areaCode': 'Area code {code}',
  'platform.onboarding': 'Being set up',
  'platform.empty': 'No province is on the platform yet.',

  'national.title': 'National overview',
  'national.intro':
    'For central government: aggregated figures from the provinces’ 1022 hotlines. Only aggregates are shown here, never citizens’ personal data.',
  'national.comingSoon': 'This view is being built and will arrive in a later release.',

  'tenant.reachUs': 'How to reach us',
  'tenant.callNow': 'Call {number}',
  'tenant.topics': 'Topics we handle',
  'tenant.faq': 'Frequently asked questions',
  'tenant.allFaq': 'See all questions and answers',
  'tenant.agenciesLink': 'Agency directory',

  'channel.hotline': 'Hotline',
  'channel.portal': 'Web portal',
  'channel.email': 'E-mail',
  'channel.zalo': 'Zalo',
  'channel.facebook': 'Facebook',

  'agencies.title': 'Agency directory',
  'agencies.intro':
    'Operators transfer calls to the numbers below in order: if the first number is busy or does not answer, the call goes to the next one.',
  'agencies.count': '{count} agencies',
  'agencies.kind': 'Type',
  'agencies.hotlines': 'Phone numbers, in transfer order',
  'agencies.noHotlines': 'No phone number published.',
  'agencies.noTransfer': 'Calls not transferred – requests handled in writing',
  'agencies.empty': 'No agency yet.',
  'agencies.updatedAt': 'Updated {time}',

  'agencyKind.department': 'Department',
  'agencyKind.district': 'District',
  'agencyKind.commune': 'Commune',
  'agencyKind.health_centre': 'Health centre',
  'agencyKind.hospital': 'Hospital',
  'agencyKind.other': 'Other',

  'ivr.title': 'Hotline menu',
  'ivr.intro': 'When you call, press the matching key to reach the right team.',
  'ivr.digit': 'Key {digit}',
  'ivr.agencies': 'Answered by',

  'error.tenantNotFound.title': 'Hotline not found',
  'error.tenantNotFound.text':
    'The address {host} does not match any province’s 1022 hotline on the platform.',
  'error.backToPlatform': 'See the 1022 hotlines on the platform',
  'error.notFound.title': 'Page not found',
  'error.notFound.text': 'The page you are looking for does not exist or has moved.',
  'error.unavailable.title': 'Service temporarily unavailable',
  'error.unavailable.text':
    'We could not reach the server. Please try again in a few minutes or call the 1022 hotline directly.',
  'error.generic.title': 'Something went wrong',
  'error.generic.text': 'Please try again in a few minutes.',
  'error.status': 'Error code: {status}',
  'error.home': 'Back to home',
  'error.forbidden.title': 'Access denied',
  'error.forbidden.text': 'Your role cannot use this feature. Ask your administrator if you need it.',
};
