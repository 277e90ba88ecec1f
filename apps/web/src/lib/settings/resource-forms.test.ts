import {
  AgencyInput,
  CalendarDayInput,
  CalendarInput,
  ChannelInput,
  IvrBranchInput,
  RosterWeekInput,
  SlaClassInput,
  TopicInput,
} from '@tongdai/contracts';
import { describe, expect, it } from 'vitest';
import { check } from './form-rows.js';
import {
  agencyFromForm,
  calendarDayFromForm,
  calendarFromForm,
  channelFromForm,
  importContentType,
  ivrBranchFromForm,
  rosterFromForm,
  slaClassFromForm,
  topicFromForm,
  XLSX_TYPE,
  type Built,
} from './resource-forms.js';

const run = <S extends Parameters<typeof check>[0]>(schema: S, built: Built) =>
  check(schema, built.input, built.map);
const AGENCY_ID = '7d0c8f4e-4a4b-4c8e-9a55-0d6f1b2c3d4e';

describe('channelFromForm', () => {
  const base = { kind: 'hotline', label: 'Gọi từ di động', value: '0239 1022', note: '' };

  it('keeps the stored secret when the field is empty, replaces or clears it otherwise', () => {
    expect(channelFromForm(base).input).not.toHaveProperty('secret');
    expect(channelFromForm({ ...base, secret: 's3cret' }).input.secret).toBe('s3cret');
    expect(channelFromForm({ ...base, secret: 's3cret', clearSecret: 'on' }).input.secret).toBeNull();
  });

  it('passes the API schema, which drops an empty note', () => {
    const parsed = run(ChannelInput, channelFromForm(base));
    expect(parsed.ok && parsed.output).toEqual({
      kind: 'hotline',
      label: 'Gọi từ di động',
      value: '0239 1022',
    });
  });
});

describe('topicFromForm', () => {
  it('sends "none" selects as null', () => {
    const parsed = run(
      TopicInput,
      topicFromForm({ code: 'yte', name: 'Y tế', defaultAgencyId: '', slaClassId: AGENCY_ID }),
    );
    expect(parsed.ok && parsed.output).toEqual({
      code: 'YTE',
      name: 'Y tế',
      defaultAgencyId: null,
      slaClassId: AGENCY_ID,
    });
  });
});

describe('agencyFromForm', () => {
  const form = {
    code: 'syt',
    name: 'Sở Y tế',
    kind: 'department',
    parentId: '',
    contactEmail: '',
    transferEnabled: 'on',
    active: 'on',
    'hotlines.0.phone': '0913.680.916',
    'hotlines.0.schedule': 'T2-T6 07:00-17:00',
    'hotlines.0.active': 'on',
    'hotlines.0.order': '2',
    'hotlines.1.phone': '',
    'hotlines.2.phone': '0239 3855 111',
    'hotlines.2.schedule': '',
    'hotlines.2.order': '1',
  };

  it('orders numbers by their order field, reads schedules, normalises numbers', () => {
    const parsed = run(AgencyInput, agencyFromForm(form));
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
    expect(parsed.output.code).toBe('SYT');
    expect(parsed.output.transferEnabled).toBe(true);
    expect(parsed.output.hotlines.map((h) => h.phone)).toEqual(['+842393855111', '+84913680916']);
    expect(parsed.output.hotlines[0]).toMatchObject({ active: false, schedule: { kind: '24/7' } });
    expect(parsed.output.hotlines[1]!.schedule).toMatchObject({ kind: 'weekly' });
  });

  it('marks an agency not connected for transfer when the box is unticked', () => {
    const { transferEnabled: _, ...rest } = form;
    expect(agencyFromForm(rest).input.transferEnabled).toBe(false);
  });

  it('puts errors next to the form row they belong to', () => {
    const built = agencyFromForm({
      ...form,
      'hotlines.0.phone': '12ab',
      'hotlines.2.schedule': 'T9 07:00-08:00',
    });
    expect(built.problems).toEqual([
      { path: 'hotlines.2.schedule', key: 'settings.schedule.day', params: { text: 'T9' } },
    ]);
    const parsed = run(AgencyInput, built);
    expect(!parsed.ok && parsed.errors).toEqual({ 'hotlines.0.phone': 'Số điện thoại không hợp lệ.' });
    expect(built.map('hotlines.0.phone')).toBe('hotlines.2.phone');
  });
});

describe('slaClassFromForm', () => {
  it('reads amounts as numbers and says when one is missing', () => {
    const form = {
      code: 'khan',
      name: 'Khẩn',
      acknowledgeAmount: '2',
      acknowledgeUnit: 'working_hours',
      answerAmount: '',
      answerUnit: 'working_days',
    };
    const parsed = run(SlaClassInput, slaClassFromForm(form));
    expect(!parsed.ok && parsed.errors.answerAmount).toBe('Cần một số.');
    const fixed = run(SlaClassInput, slaClassFromForm({ ...form, answerAmount: '1' }));
    expect(fixed.ok && fixed.output.acknowledgeAmount).toBe(2);
  });
});

describe('calendar forms', () => {
  it('keeps filled shifts and ticked weekdays', () => {
    const built = calendarFromForm({
      'officeHours.0.start': '07:00',
      'officeHours.0.end': '11:30',
      'officeHours.1.start': '',
      'officeHours.1.end': '',
      'officeHours.2.start': '17:00',
      'officeHours.2.end': '13:30',
      'weekday.1': 'on',
      'weekday.6': 'on',
    });
    expect(built.input.workingWeekdays).toEqual([1, 6]);
    const parsed = run(CalendarInput, built);
    expect(!parsed.ok && parsed.errors).toEqual({ 'officeHours.2': 'Giờ kết thúc phải sau giờ bắt đầu.' });
  });

  it('reads the day as dd/mm/yyyy', () => {
    const ok = run(
      CalendarDayInput,
      calendarDayFromForm({ day: '8/2/2027', kind: 'day_off', name: 'Nghỉ bù' }),
    );
    expect(ok.ok && ok.output.day).toBe('2027-02-08');
    expect(calendarDayFromForm({ day: '30/02/2027', kind: 'day_off', name: 'x' }).problems).toEqual([
      { path: 'day', key: 'settings.date.invalid', params: { text: '30/02/2027' } },
    ]);
  });
});

describe('ivrBranchFromForm and rosterFromForm', () => {
  it('collects ticked agencies in form order', () => {
    const parsed = run(
      IvrBranchInput,
      ivrBranchFromForm({
        digit: '3',
        label: 'Y tế',
        topicId: '',
        [`agency.${AGENCY_ID}`]: 'on',
        'agency.x': '',
      }),
    );
    expect(parsed.ok && parsed.output).toEqual({
      digit: '3',
      label: 'Y tế',
      topicId: null,
      agencyIds: [AGENCY_ID],
    });
  });

  it('reads a week of duty, leaves blank rows out and shows a row error at its end time', () => {
    const built = rosterFromForm({
      weekStart: '2026-05-18',
      'entries.0.weekday': '1',
      'entries.0.startTime': '07:00',
      'entries.0.endTime': '17:00',
      'entries.0.name': 'Nguyễn Thị Hoa',
      'entries.0.phone': '0913 680 916',
      'entries.0.email': '',
      'entries.0.agencyId': '',
      'entries.1.weekday': '2',
      'entries.1.name': '',
      'entries.1.phone': '',
      'entries.2.weekday': '3',
      'entries.2.startTime': '17:00',
      'entries.2.endTime': '07:00',
      'entries.2.name': 'Lê Văn Nam',
      'entries.2.phone': '0912345678',
    });
    const parsed = run(RosterWeekInput, built);
    expect(!parsed.ok && parsed.errors).toEqual({
      'entries.2.endTime': 'Giờ kết thúc phải sau giờ bắt đầu.',
    });
    expect((built.input.entries as unknown[]).length).toBe(2);
  });
});

describe('importContentType', () => {
  it('tells CSV from XLSX by name or type and refuses anything else', () => {
    expect(importContentType('co-quan.csv', '')).toBe('text/csv');
    expect(importContentType('danh-ba', 'application/vnd.ms-excel')).toBe('text/csv');
    expect(importContentType('Danh ba.XLSX', 'application/octet-stream')).toBe(XLSX_TYPE);
    expect(importContentType('anh.png', 'image/png')).toBeNull();
  });
});
