import { CreateCaseInput, TransferAttemptInput } from '@tongdai/contracts';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import {
  escalateInput,
  faqChoiceValue,
  newCallField,
  newCallInput,
  parseFaqChoice,
  textInput,
  topicForAnswer,
  transferInput,
  versionOf,
} from './forms.js';

const TOPIC = '0d6c9a5e-2f1b-4c8e-9a51-3f0b7d2c1e44';
const AGENCY = '7b1e2d3c-4a5b-4c6d-8e9f-0a1b2c3d4e5f';
const HOTLINE = '1b1e2d3c-4a5b-4c6d-8e9f-0a1b2c3d4e5f';

describe('newCallInput', () => {
  it('builds a hotline case the API accepts, with only what was typed', () => {
    const input = newCallInput({
      phone: ' 0913 680 916 ',
      name: '',
      topicId: TOPIC,
      urgency: 'urgent',
      content: 'Hỏi nơi xét nghiệm',
    });
    expect(input).toEqual({
      channel: 'hotline',
      content: 'Hỏi nơi xét nghiệm',
      citizen: { phone: '0913 680 916' },
      topicId: TOPIC,
      urgency: 'urgent',
    });
    const parsed = v.parse(CreateCaseInput, input);
    expect(parsed.citizen.phone).toBe('+84913680916');
  });

  it('lets the API schema refuse a bad phone and empty content, on the form’s own fields', () => {
    const result = v.safeParse(CreateCaseInput, newCallInput({ phone: '12ab', content: ' ' }));
    expect(result.success).toBe(false);
    const paths = result.issues!.map((i) => newCallField(v.getDotPath(i) ?? ''));
    expect(paths.sort()).toEqual(['content', 'phone']);
  });
});

describe('FAQ choice', () => {
  it('round-trips the button value', () => {
    expect(parseFaqChoice(faqChoiceValue('f1', 'T03'))).toEqual({ faqId: 'f1', topicCode: 'T03' });
    expect(parseFaqChoice(faqChoiceValue('f1', null))).toEqual({ faqId: 'f1', topicCode: null });
    expect(parseFaqChoice('')).toBeNull();
    expect(parseFaqChoice(undefined)).toBeNull();
  });

  it('classifies with the chosen topic, else the entry’s own', () => {
    const topics = [{ id: TOPIC, code: 'T03' }];
    expect(topicForAnswer('chosen', { faqId: 'f', topicCode: 'T03' }, topics)).toBe('chosen');
    expect(topicForAnswer(undefined, { faqId: 'f', topicCode: 'T03' }, topics)).toBe(TOPIC);
    expect(topicForAnswer(undefined, { faqId: 'f', topicCode: null }, topics)).toBeNull();
    expect(topicForAnswer(undefined, { faqId: 'f', topicCode: 'T99' }, topics)).toBeNull();
  });
});

describe('case step inputs', () => {
  it('reads the version the page showed', () => {
    expect(versionOf({ version: '7' })).toBe(7);
    expect(versionOf({ version: '7x' })).toBeNaN();
    expect(versionOf({})).toBeNaN();
  });

  it('logs a transfer attempt on one of the agency’s numbers', () => {
    const input = transferInput({ version: '3', agencyId: AGENCY, hotlineId: HOTLINE, outcome: 'busy' });
    expect(v.parse(TransferAttemptInput, input)).toEqual({
      version: 3,
      agencyId: AGENCY,
      hotlineId: HOTLINE,
      outcome: 'busy',
    });
    const missing = v.safeParse(
      TransferAttemptInput,
      transferInput({ version: '3', agencyId: AGENCY, outcome: 'x' }),
    );
    expect(missing.success).toBe(false);
  });

  it('escalates with the letter number when there is one', () => {
    expect(
      escalateInput({ version: '2', agencyId: AGENCY, letterNumber: ' 125/STTTT-1022 ', note: '' }),
    ).toEqual({
      version: 2,
      agencyId: AGENCY,
      letterNumber: '125/STTTT-1022',
    });
  });

  it('sends optional texts only when typed', () => {
    expect(textInput({ version: '1', reason: '  ' }, 'reason')).toEqual({ version: 1 });
    expect(textInput({ version: '1', reason: 'Trùng' }, 'reason')).toEqual({ version: 1, reason: 'Trùng' });
  });
});
