import {
  AgencyAnswerInput,
  AnswerFromFaqInput,
  ClassifyCaseInput,
  CloseCaseInput,
  EscalateCaseInput,
  NoteInput,
  RelayCaseInput,
  ReopenCaseInput,
  ResumeCaseInput,
  TransferAttemptInput,
  VersionInput,
  WaitCitizenInput,
} from '@tongdai/contracts';
import { dueText } from '$lib/cases/display.js';
import {
  classifyInput,
  escalateInput,
  parseFaqChoice,
  textInput,
  transferInput,
  versionOf,
} from '$lib/cases/forms.js';
import { caseAction, type CaseEvent } from './act.js';

const ok =
  (done: string, params: Record<string, string> = {}) =>
  () => ({ done, params });
const str = (v: unknown) => (typeof v === 'string' ? v : '');

/** The case page's form actions: one per handling step, each a thin call to the cases API. */
export const caseActions = {
  classify: (event: CaseEvent) =>
    caseAction(event, {
      form: 'classify',
      schema: ClassifyCaseInput,
      build: classifyInput,
      send: (api, id, json) => api.v1.cases[':id'].classify.$post({ param: { id }, json }),
      done: ok('classify'),
    }),
  claim: (event: CaseEvent) =>
    caseAction(event, {
      form: 'claim',
      schema: VersionInput,
      build: (values) => ({ version: versionOf(values) }),
      send: (api, id, json) => api.v1.cases[':id'].claim.$post({ param: { id }, json }),
      done: ok('claim'),
    }),
  answerFaq: (event: CaseEvent) =>
    caseAction(event, {
      form: 'answerFaq',
      schema: AnswerFromFaqInput,
      build: (values) => ({ version: versionOf(values), faqId: parseFaqChoice(values.faq)?.faqId ?? '' }),
      send: (api, id, json) => api.v1.cases[':id']['answer-from-faq'].$post({ param: { id }, json }),
      done: ok('answerFaq'),
    }),
  transfer: (event: CaseEvent) =>
    caseAction(event, {
      form: 'transfer',
      schema: TransferAttemptInput,
      build: transferInput,
      send: (api, id, json) => api.v1.cases[':id'].transfers.$post({ param: { id }, json }),
      done: (out) => {
        const outcome = str(out.event.data.outcome);
        if (outcome === 'answered') return { done: 'transferAnswered' };
        return { done: 'transfer', params: { outcome } };
      },
    }),
  escalate: (event: CaseEvent) =>
    caseAction(event, {
      form: 'escalate',
      schema: EscalateCaseInput,
      build: escalateInput,
      send: (api, id, json) => api.v1.cases[':id'].escalate.$post({ param: { id }, json }),
      done: (out) => ({
        done: 'escalate',
        params: { agency: str(out.event.data.agencyName), due: dueText(out.case.dueAt) ?? '' },
      }),
    }),
  acknowledge: (event: CaseEvent) =>
    caseAction(event, {
      form: 'acknowledge',
      schema: VersionInput,
      build: (values) => ({ version: versionOf(values) }),
      send: (api, id, json) => api.v1.cases[':id'].acknowledge.$post({ param: { id }, json }),
      done: ok('acknowledge'),
    }),
  agencyAnswer: (event: CaseEvent) =>
    caseAction(event, {
      form: 'agencyAnswer',
      schema: AgencyAnswerInput,
      build: (values) => ({ version: versionOf(values), text: values.text ?? '' }),
      send: (api, id, json) => api.v1.cases[':id']['agency-answer'].$post({ param: { id }, json }),
      done: ok('agencyAnswer'),
    }),
  relay: (event: CaseEvent) =>
    caseAction(event, {
      form: 'relay',
      schema: RelayCaseInput,
      build: (values) => ({
        version: versionOf(values),
        ...(values.channel ? { channel: values.channel } : {}),
      }),
      send: (api, id, json) => api.v1.cases[':id'].relay.$post({ param: { id }, json }),
      done: ok('relay'),
    }),
  waitCitizen: (event: CaseEvent) =>
    caseAction(event, {
      form: 'waitCitizen',
      schema: WaitCitizenInput,
      build: (values) => textInput(values, 'question'),
      send: (api, id, json) => api.v1.cases[':id']['wait-citizen'].$post({ param: { id }, json }),
      done: ok('waitCitizen'),
    }),
  resume: (event: CaseEvent) =>
    caseAction(event, {
      form: 'resume',
      schema: ResumeCaseInput,
      build: (values) => textInput(values, 'note'),
      send: (api, id, json) => api.v1.cases[':id'].resume.$post({ param: { id }, json }),
      done: ok('resume'),
    }),
  close: (event: CaseEvent) =>
    caseAction(event, {
      form: 'close',
      schema: CloseCaseInput,
      build: (values) => textInput(values, 'reason'),
      send: (api, id, json) => api.v1.cases[':id'].close.$post({ param: { id }, json }),
      done: ok('close'),
    }),
  reopen: (event: CaseEvent) =>
    caseAction(event, {
      form: 'reopen',
      schema: ReopenCaseInput,
      build: (values) => ({ version: versionOf(values), reason: values.reason ?? '' }),
      send: (api, id, json) => api.v1.cases[':id'].reopen.$post({ param: { id }, json }),
      done: ok('reopen'),
    }),
  note: (event: CaseEvent) =>
    caseAction(event, {
      form: 'note',
      schema: NoteInput,
      build: (values) => ({ text: values.text ?? '' }),
      send: (api, id, json) => api.v1.cases[':id'].notes.$post({ param: { id }, json }),
      done: ok('note'),
    }),
};
