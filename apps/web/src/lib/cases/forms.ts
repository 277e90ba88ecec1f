/**
 * Form values → the cases API's inputs. Pure: the server actions check the result with the API's own
 * valibot schemas, so people see the API's messages before a round trip.
 */
export type Values = Record<string, string>;

const text = (values: Values, name: string): string | undefined => {
  const value = values[name]?.trim();
  return value ? value : undefined;
};

/** The `version` the page showed; NaN when absent, which the schema then refuses with its message. */
export const versionOf = (values: Values): number => {
  const raw = values.version?.trim() ?? '';
  return /^\d+$/.test(raw) ? Number(raw) : Number.NaN;
};

/** A phone call to the hotline, as the quick form records it. */
export function newCallInput(values: Values) {
  const topicId = text(values, 'topicId');
  const urgency = text(values, 'urgency');
  const name = text(values, 'name');
  const phone = text(values, 'phone');
  return {
    channel: 'hotline' as const,
    content: values.content ?? '',
    citizen: { ...(name ? { name } : {}), ...(phone ? { phone } : {}) },
    ...(topicId ? { topicId } : {}),
    ...(urgency ? { urgency } : {}),
  };
}

/** `citizen.phone` → `phone`: the API's field paths to the quick form's input names. */
export function newCallField(path: string): string {
  return path.startsWith('citizen.') ? path.slice('citizen.'.length) : path;
}

export interface FaqChoice {
  faqId: string;
  topicCode: string | null;
}

/** The "answer with this entry" button's value: `<faq id> <topic code>` (the code may be absent). */
export function parseFaqChoice(value: string | undefined): FaqChoice | null {
  const [faqId, topicCode] = (value ?? '').trim().split(/\s+/);
  if (!faqId) return null;
  return { faqId, topicCode: topicCode || null };
}

export const faqChoiceValue = (faqId: string, topicCode: string | null) =>
  topicCode ? `${faqId} ${topicCode}` : faqId;

/** The topic to classify with when answering from the FAQ: the one chosen, else the entry's own. */
export function topicForAnswer(
  chosenTopicId: string | undefined,
  choice: FaqChoice,
  topics: readonly { id: string; code: string }[],
): string | null {
  if (chosenTopicId) return chosenTopicId;
  return topics.find((t) => t.code === choice.topicCode)?.id ?? null;
}

export function transferInput(values: Values) {
  const hotlineId = text(values, 'hotlineId');
  const phone = text(values, 'phone');
  return {
    version: versionOf(values),
    agencyId: values.agencyId ?? '',
    outcome: values.outcome ?? '',
    ...(hotlineId ? { hotlineId } : {}),
    ...(phone ? { phone } : {}),
  };
}

export function escalateInput(values: Values) {
  const letterNumber = text(values, 'letterNumber');
  const note = text(values, 'note');
  return {
    version: versionOf(values),
    agencyId: values.agencyId ?? '',
    ...(letterNumber ? { letterNumber } : {}),
    ...(note ? { note } : {}),
  };
}

export function classifyInput(values: Values) {
  const urgency = text(values, 'urgency');
  return {
    version: versionOf(values),
    topicId: values.topicId ?? '',
    ...(urgency ? { urgency } : {}),
  };
}

/** Actions whose only other field is an optional text (`reason`, `note`, `question`) or a required one. */
export function textInput<K extends string>(values: Values, field: K) {
  const value = text(values, field);
  return { version: versionOf(values), ...(value ? { [field]: value } : {}) } as {
    version: number;
  } & Partial<Record<K, string>>;
}
