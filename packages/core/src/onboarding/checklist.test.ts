import { describe, expect, it } from 'vitest';
import { onboardingChecklist, readyToGoLive, type OnboardingSnapshot } from './checklist.js';

const complete: OnboardingSnapshot = {
  hotlineChannels: 2,
  otherChannels: 3,
  topics: 10,
  topicsWithoutSla: 0,
  agencies: 16,
  transferAgenciesWithoutNumbers: 0,
  slaClasses: 2,
  calendarConfigured: true,
  publicFaq: 15,
  activeOperators: 4,
  pendingInvitations: 0,
};

describe('onboardingChecklist', () => {
  it('is ready when everything is in place', () => {
    const items = onboardingChecklist(complete);
    expect(items.every((i) => i.done)).toBe(true);
    expect(readyToGoLive(items)).toBe(true);
  });

  it('an empty province lacks every required item', () => {
    const empty: OnboardingSnapshot = {
      ...complete,
      hotlineChannels: 0,
      otherChannels: 0,
      topics: 0,
      agencies: 0,
      slaClasses: 0,
      calendarConfigured: false,
      publicFaq: 0,
      activeOperators: 0,
    };
    const missing = onboardingChecklist(empty)
      .filter((i) => !i.done && i.required)
      .map((i) => i.key);
    expect(missing).toEqual(['hotline', 'topics', 'agencies', 'sla', 'topic_sla', 'calendar', 'staff']);
    expect(readyToGoLive(onboardingChecklist(empty))).toBe(false);
  });

  it('advice items do not block going live', () => {
    const items = onboardingChecklist({ ...complete, otherChannels: 0, publicFaq: 0 });
    expect(items.filter((i) => !i.done).map((i) => i.key)).toEqual(['other_channels', 'faq']);
    expect(readyToGoLive(items)).toBe(true);
  });

  it('counts what is missing in the message', () => {
    const items = onboardingChecklist({
      ...complete,
      transferAgenciesWithoutNumbers: 3,
      topicsWithoutSla: 2,
    });
    expect(items.find((i) => i.key === 'agency_numbers')).toMatchObject({
      done: false,
      message: expect.stringMatching(/^3 /),
    });
    expect(items.find((i) => i.key === 'topic_sla')).toMatchObject({
      done: false,
      message: expect.stringMatching(/^2 /),
    });
  });

  it('an invitation counts as staff on the way', () => {
    const items = onboardingChecklist({ ...complete, activeOperators: 0, pendingInvitations: 1 });
    expect(items.find((i) => i.key === 'staff')?.done).toBe(true);
  });
});
