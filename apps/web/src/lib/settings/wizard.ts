/**
 * The onboarding wizard's steps and where each checklist item is fixed, in the wizard and in the
 * settings pages. The checklist itself comes from the API (computed from the data every time).
 */
export type ChecklistStep = 'channels' | 'topics' | 'agencies' | 'sla' | 'faq' | 'staff';

export interface CheckItem {
  key: string;
  step: ChecklistStep | string;
  done: boolean;
  required: boolean;
  message: string;
}

export const WIZARD_BASE = '/quan-tri/khoi-tao';
export const SETTINGS_BASE = '/quan-tri/cai-dat';

export const WIZARD_STEPS = [
  { slug: 'tinh', checks: null },
  { slug: 'kenh', checks: 'channels' },
  { slug: 'chu-de', checks: 'topics' },
  { slug: 'to-chuc', checks: 'agencies' },
  { slug: 'ivr', checks: null },
  { slug: 'sla', checks: 'sla' },
  { slug: 'hoi-dap', checks: 'faq' },
  { slug: 'nhan-su', checks: 'staff' },
  { slug: 'van-hanh', checks: null },
] as const satisfies readonly { slug: string; checks: ChecklistStep | null }[];

export type WizardSlug = (typeof WIZARD_STEPS)[number]['slug'];

export const SETTINGS_PAGES = ['tinh', 'kenh', 'chu-de', 'to-chuc', 'ivr', 'sla', 'lich'] as const;
export type SettingsSlug = (typeof SETTINGS_PAGES)[number];

/** done: nothing missing · missing: a required item is missing · advice: only advice left · open: no checks. */
export type StepStatus = 'done' | 'missing' | 'advice' | 'open';

export function stepStatus(slug: WizardSlug, items: readonly CheckItem[], live: boolean): StepStatus {
  const step = WIZARD_STEPS.find((s) => s.slug === slug);
  if (slug === 'van-hanh') return live ? 'done' : 'open';
  // The platform admin opened the province with its names and area code: there is always something to check.
  if (slug === 'tinh') return 'done';
  if (!step?.checks) return 'open';
  const mine = items.filter((i) => i.step === step.checks);
  if (mine.some((i) => i.required && !i.done)) return 'missing';
  return mine.every((i) => i.done) ? 'done' : 'advice';
}

/**
 * Where "continue" leads: the start while every step with required items still misses one (nothing
 * configured yet), else the first step still missing something, else the review.
 */
export function resumeStep(items: readonly CheckItem[], live: boolean): WizardSlug {
  if (live) return 'van-hanh';
  const checked = WIZARD_STEPS.filter((s) =>
    items.some((i) => i.required && s.checks !== null && i.step === s.checks),
  );
  const missing = checked.filter((s) => stepStatus(s.slug, items, live) === 'missing');
  if (checked.length > 0 && missing.length === checked.length) return 'tinh';
  return missing[0]?.slug ?? 'van-hanh';
}

export function stepIndex(slug: string): number {
  return WIZARD_STEPS.findIndex((s) => s.slug === slug);
}

/** The wizard step a path is on ('/quan-tri/khoi-tao/kenh' → 'kenh'), or null on the overview. */
export function wizardSlugOf(pathname: string): WizardSlug | null {
  const rest = pathname.startsWith(`${WIZARD_BASE}/`) ? pathname.slice(WIZARD_BASE.length + 1) : '';
  const slug = rest.split('/')[0] ?? '';
  return WIZARD_STEPS.find((s) => s.slug === slug)?.slug ?? null;
}

export function neighbours(slug: WizardSlug): { prev: WizardSlug | null; next: WizardSlug | null } {
  const i = stepIndex(slug);
  return { prev: WIZARD_STEPS[i - 1]?.slug ?? null, next: WIZARD_STEPS[i + 1]?.slug ?? null };
}

const WIZARD_FOR: Record<ChecklistStep, WizardSlug> = {
  channels: 'kenh',
  topics: 'chu-de',
  agencies: 'to-chuc',
  sla: 'sla',
  faq: 'hoi-dap',
  staff: 'nhan-su',
};
const SETTINGS_FOR: Record<ChecklistStep, string> = {
  channels: `${SETTINGS_BASE}/kenh`,
  topics: `${SETTINGS_BASE}/chu-de`,
  agencies: `${SETTINGS_BASE}/to-chuc`,
  sla: `${SETTINGS_BASE}/sla`,
  faq: '/quan-tri/hoi-dap',
  staff: '/quan-tri/thanh-vien',
};

/** Where to fix a checklist item: its wizard step, or its settings page outside the wizard. */
export function checkItemHref(item: Pick<CheckItem, 'key' | 'step'>, context: 'wizard' | 'settings'): string {
  const step = item.step as ChecklistStep;
  if (context === 'wizard') return `${WIZARD_BASE}/${WIZARD_FOR[step] ?? 'van-hanh'}`;
  if (item.key === 'calendar') return `${SETTINGS_BASE}/lich`;
  return SETTINGS_FOR[step] ?? SETTINGS_BASE;
}
