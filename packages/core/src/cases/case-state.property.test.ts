import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_REOPEN_WINDOW_DAYS, statusRefusal } from './case-rules.js';
import { allowedEvents, transition } from './case-state.js';
import {
  CASE_EVENT_TYPES,
  CASE_STATUSES,
  newCaseSnapshot,
  type CaseEvent,
  type CaseEventOf,
  type CaseEventType,
  type CaseSnapshot,
  type TransitionResult,
} from './case-types.js';

const t0 = new Date('2026-05-04T01:00:00Z');
const later = (instant: Date, minutes: number) => new Date(instant.getTime() + minutes * 60_000);
const DAY_MINUTES = 24 * 60;

// Payload material for any event type; dates are offsets so they can follow the walk's clock.
const fieldsArb = fc.record({
  topicId: fc.constantFrom('topic-1', 'topic-3'),
  slaClassId: fc.constantFrom('sla-4-hours', 'sla-3-days'),
  urgency: fc.option(fc.constantFrom('normal' as const, 'urgent' as const), { nil: undefined }),
  id: fc.constantFrom('a', 'b', 'c'),
  phone: fc.constantFrom('+84916248283', '+84945951138'),
  outcome: fc.constantFrom('busy' as const, 'no_answer' as const, 'failed' as const, 'answered' as const),
  dueOffset: fc.integer({ min: -600, max: 20 * DAY_MINUTES }),
  letterNumber: fc.option(fc.constantFrom('12/STTTT', '345/UBND-VX'), { nil: undefined }),
  approved: fc.boolean(),
  channel: fc.constantFrom('hotline' as const, 'portal' as const, 'email' as const, 'zalo' as const),
  text: fc.string({ maxLength: 20 }),
});
type Fields = typeof fieldsArb extends fc.Arbitrary<infer F> ? F : never;
type Build<T extends CaseEventType> = (f: Fields, due: Date) => CaseEventOf<T>;

const BUILD: { [T in CaseEventType]: Build<T> } = {
  classify: (f) => ({ type: 'classify', topicId: f.topicId, slaClassId: f.slaClassId, urgency: f.urgency }),
  answer_from_faq: (f) => ({ type: 'answer_from_faq', faqId: `faq-${f.id}` }),
  transfer_attempt: (f) => ({ type: 'transfer_attempt', agencyId: f.id, phone: f.phone, outcome: f.outcome }),
  escalate: (f, due) => ({ type: 'escalate', agencyId: f.id, dueAt: due, letterNumber: f.letterNumber }),
  acknowledge: () => ({ type: 'acknowledge', by: 'agency' }),
  agency_answer: (f) => ({ type: 'agency_answer', text: f.text }),
  relay: (f) => ({ type: 'relay', channel: f.channel }),
  request_info: () => ({ type: 'request_info' }),
  citizen_replied: () => ({ type: 'citizen_replied' }),
  close: (f) => ({ type: 'close', reason: f.text }),
  reopen: (f) => ({ type: 'reopen', reason: f.text }),
  merge: (f) => ({ type: 'merge', originalId: `case-${f.id}` }),
  note: (f) => ({ type: 'note', text: f.text }),
  extend_deadline: (f, due) => ({ type: 'extend_deadline', newDueAt: due, approved: f.approved }),
  return_to_operator: (f) => ({ type: 'return_to_operator', reason: f.text }),
};

const build = (type: CaseEventType, f: Fields, due: Date) =>
  (BUILD[type] as Build<CaseEventType>)(f, due) as CaseEvent;

/** A deadline that passes every payload check: after now and after the current one. */
function validDue(state: CaseSnapshot, now: Date, f: Fields): Date {
  const floor = Math.max(now.getTime(), state.dueAt?.getTime() ?? 0);
  return later(new Date(floor), Math.abs(f.dueOffset) + 1);
}

// Half the steps pick among the allowed events (merge aside, it ends the walk) so that walks get deep;
// the rest pick any type.
const stepArb = fc.record({
  // Small steps, some backwards (a clock corrected by NTP), and long ones that cross the reopen window.
  minutes: fc.oneof(fc.integer({ min: -30, max: 30 }), fc.integer({ min: 0, max: 3 * DAY_MINUTES })),
  pickAllowed: fc.boolean(),
  choice: fc.nat(),
  fields: fieldsArb,
});
type Step = typeof stepArb extends fc.Arbitrary<infer S> ? S : never;
const walkArb = fc.record({
  steps: fc.array(stepArb, { minLength: 1, maxLength: 40 }),
  reopenWindowDays: fc.integer({ min: 1, max: 14 }),
});

interface Visit {
  before: CaseSnapshot;
  event: CaseEvent;
  now: Date;
  result: TransitionResult;
}

function walk(steps: Step[], reopenWindowDays: number, visit: (v: Visit) => void): CaseSnapshot {
  let state = newCaseSnapshot();
  let now = t0;
  for (const { minutes, pickAllowed, choice, fields } of steps) {
    now = later(now, minutes);
    const allowed = allowedEvents(state, now, { reopenWindowDays }).filter((type) => type !== 'merge');
    const pool = pickAllowed && allowed.length > 0 ? allowed : CASE_EVENT_TYPES;
    const type = pool[choice % pool.length]!;
    const event = build(type, fields, later(now, fields.dueOffset));
    const result = transition(Object.freeze(state), event, now, { reopenWindowDays });
    visit({ before: state, event, now, result });
    if (result.ok) state = result.state;
  }
  return state;
}

describe('transition (properties over random walks from received)', () => {
  it('(a) only ever leads to a known status, with a consistent snapshot', () => {
    fc.assert(
      fc.property(walkArb, ({ steps, reopenWindowDays }) => {
        walk(steps, reopenWindowDays, ({ result }) => {
          if (!result.ok) return;
          const s = result.state;
          expect(CASE_STATUSES).toContain(s.status);
          expect(s.status === 'waiting_citizen').toBe(s.pausedSince !== null && s.resumeTo !== null);
          expect(s.status === 'merged').toBe(s.mergedInto !== null);
          expect(s.status === 'closed').toBe(s.closedAt !== null);
          if (['answered', 'relayed', 'closed'].includes(s.status)) expect(s.answer).not.toBeNull();
          if (!['received', 'merged'].includes(s.status)) expect(s.topicId).not.toBeNull();
        });
      }),
    );
  });

  it('(b) accepts no event at all once merged', () => {
    let mergedWalks = 0;
    fc.assert(
      fc.property(walkArb, fc.array(stepArb, { maxLength: 10 }), ({ steps, reopenWindowDays }, after) => {
        const state = walk(steps, reopenWindowDays, () => {});
        const merged = transition(state, { type: 'merge', originalId: 'case-x' }, t0);
        if (!merged.ok) return;
        mergedWalks += 1;
        let now = t0;
        for (const { minutes, choice, fields } of after) {
          now = later(now, minutes);
          const type = CASE_EVENT_TYPES[choice % CASE_EVENT_TYPES.length]!;
          const result = transition(
            merged.state,
            build(type, fields, validDue(merged.state, now, fields)),
            now,
          );
          expect(result.ok ? 'accepted' : result.refusal.code).toBe('already_terminal');
        }
        expect(allowedEvents(merged.state, now)).toEqual([]);
      }),
    );
    expect(mergedWalks).toBeGreaterThan(10);
  });

  it('(c) allowedEvents lists exactly the event types transition accepts', () => {
    fc.assert(
      fc.property(walkArb, fieldsArb, ({ steps, reopenWindowDays }, fields) => {
        const options = { reopenWindowDays };
        walk(steps, reopenWindowDays, ({ before, now }) => {
          const allowed = allowedEvents(before, now, options);
          for (const type of CASE_EVENT_TYPES) {
            const valid = transition(
              before,
              build(type, fields, validDue(before, now, fields)),
              now,
              options,
            );
            expect(valid.ok).toBe(allowed.includes(type));
            // An event with a past deadline is refused, but for its status first when that forbids it.
            const anyDue = transition(
              before,
              build(type, fields, later(now, fields.dueOffset)),
              now,
              options,
            );
            if (!allowed.includes(type)) {
              expect(anyDue.ok ? null : anyDue.refusal).toEqual(statusRefusal(before, type, now, options));
            } else if (!anyDue.ok) expect(anyDue.refusal.code).toBe('deadline_in_past');
          }
        });
      }),
      { numRuns: 50 },
    );
  });

  it('(d) never lets pausedMinutes decrease, even when the clock steps back', () => {
    fc.assert(
      fc.property(walkArb, ({ steps, reopenWindowDays }) => {
        walk(steps, reopenWindowDays, ({ before, result }) => {
          if (result.ok) expect(result.state.pausedMinutes).toBeGreaterThanOrEqual(before.pausedMinutes);
        });
      }),
    );
  });

  it('(e) refuses to reopen a closed case after the window, whatever the window', () => {
    const pathArb = fc.constantFrom<CaseEvent[]>(
      [{ type: 'answer_from_faq', faqId: 'faq-1' }],
      [{ type: 'transfer_attempt', agencyId: 'a', phone: '+84916248283', outcome: 'answered' }],
      [
        { type: 'escalate', agencyId: 'a', dueAt: later(t0, DAY_MINUTES) },
        { type: 'agency_answer', text: 'x' },
      ],
    );
    const windowArb = fc.option(fc.integer({ min: 1, max: 60 }), { nil: undefined });
    // How long after the window ends, in milliseconds: from the very next instant to a year later.
    const pastArb = fc.integer({ min: 1, max: 365 * DAY_MINUTES * 60_000 });
    const ageArb = fc.integer({ min: 0, max: 30 * DAY_MINUTES });
    fc.assert(
      fc.property(pathArb, windowArb, pastArb, ageArb, (path, days, pastMs, age) => {
        const closedAt = later(t0, age);
        const events: CaseEvent[] = [
          { type: 'classify', topicId: 't', slaClassId: 's' },
          ...path,
          { type: 'relay', channel: 'hotline' },
        ];
        const relayed = events.reduce((state, event) => {
          const result = transition(state, event, t0);
          if (!result.ok) throw new Error(result.refusal.message);
          return result.state;
        }, newCaseSnapshot());
        const closed = transition(relayed, { type: 'close' }, closedAt);
        if (!closed.ok) throw new Error(closed.refusal.message);
        const windowMs = (days ?? DEFAULT_REOPEN_WINDOW_DAYS) * DAY_MINUTES * 60_000;
        const now = new Date(closedAt.getTime() + windowMs + pastMs);
        const options = { reopenWindowDays: days };
        const result = transition(closed.state, { type: 'reopen', reason: 'x' }, now, options);
        expect(result.ok ? 'accepted' : result.refusal.code).toBe('reopen_window_passed');
        expect(allowedEvents(closed.state, now, options)).toEqual(['note']);
      }),
    );
  });
});
