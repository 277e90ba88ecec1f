import { CASE_CHANNELS, normalizePhone } from '@tongdai/core';
import * as v from 'valibot';
import { isRealDate, Uuid } from './common.js';

const Text = (max: number, required: string) =>
  v.pipe(v.string(required), v.trim(), v.nonEmpty(required), v.maxLength(max, `Tối đa ${max} ký tự.`));
const OptionalText = (max: number) =>
  v.optional(
    v.pipe(
      v.string(),
      v.trim(),
      v.maxLength(max, `Tối đa ${max} ký tự.`),
      v.transform((s) => (s === '' ? undefined : s)),
    ),
  );
const OptionalId = v.optional(v.nullable(Uuid));
const Code = v.pipe(
  v.string('Vui lòng nhập mã.'),
  v.trim(),
  v.toUpperCase(),
  v.regex(
    /^[A-Z0-9][A-Z0-9-]{0,31}$/,
    'Mã chỉ gồm chữ in hoa không dấu, số và dấu gạch ngang (tối đa 32 ký tự).',
  ),
);
export const LocalTime = v.pipe(
  v.string(),
  v.regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Giờ có dạng HH:mm, ví dụ 07:30.'),
);
export const LocalDate = v.pipe(
  v.string(),
  v.regex(/^\d{4}-\d{2}-\d{2}$/, 'Ngày cần có dạng yyyy-mm-dd.'),
  v.check(isRealDate, 'Ngày không hợp lệ.'),
);

/** A Vietnamese phone number or short code, normalised to E.164 ("0913.680.916" → +84913680916). */
export const Phone = v.pipe(
  v.string('Vui lòng nhập số điện thoại.'),
  v.trim(),
  v.check((s) => normalizePhone(s) !== null, 'Số điện thoại không hợp lệ.'),
  v.transform((s) => normalizePhone(s) as string),
);

export const ProvinceDetailsInput = v.object({
  officialName: Text(160, 'Vui lòng nhập tên chính thức.'),
  areaCode: v.pipe(v.string(), v.trim(), v.regex(/^0\d{2,3}$/, 'Mã vùng có dạng 0xxx, ví dụ 0239.')),
});

export const ChannelKind = v.picklist(CASE_CHANNELS, 'Loại kênh không hợp lệ.');
export const ChannelInput = v.object({
  kind: ChannelKind,
  label: Text(200, 'Vui lòng nhập nội dung hiển thị.'),
  value: Text(300, 'Vui lòng nhập số, địa chỉ hoặc tên tài khoản.'),
  note: OptionalText(500),
  /** A new secret replaces the old one; null clears it; absent keeps it. Never returned. */
  secret: v.optional(v.nullable(v.pipe(v.string(), v.maxLength(2000)))),
});
export type ChannelInput = v.InferOutput<typeof ChannelInput>;

export const TopicInput = v.object({
  code: Code,
  name: Text(200, 'Vui lòng nhập tên chủ đề.'),
  defaultAgencyId: OptionalId,
  slaClassId: OptionalId,
});
export type TopicInput = v.InferOutput<typeof TopicInput>;

export const ReorderInput = v.object({ ids: v.pipe(v.array(Uuid), v.minLength(1), v.maxLength(500)) });

export const Schedule = v.variant('kind', [
  v.object({ kind: v.literal('24/7') }),
  v.object({
    kind: v.literal('weekly'),
    slots: v.pipe(
      v.array(
        v.pipe(
          v.object({
            weekday: v.pipe(
              v.number(),
              v.integer(),
              v.minValue(1),
              v.maxValue(7, 'Thứ trong tuần từ 1 (thứ Hai) đến 7.'),
            ),
            start: LocalTime,
            end: LocalTime,
          }),
          v.check((s) => s.start < s.end, 'Giờ kết thúc phải sau giờ bắt đầu.'),
        ),
      ),
      v.minLength(1, 'Cần ít nhất một khung giờ.'),
    ),
  }),
]);

export const HotlineInput = v.object({
  phone: Phone,
  active: v.optional(v.boolean(), true),
  schedule: v.optional(Schedule, { kind: '24/7' }),
});

export const AgencyKindInput = v.picklist(
  ['department', 'district', 'commune', 'health_centre', 'hospital', 'other'],
  'Loại cơ quan không hợp lệ.',
);
export const AgencyInput = v.object({
  code: Code,
  name: Text(200, 'Vui lòng nhập tên cơ quan.'),
  kind: AgencyKindInput,
  parentId: OptionalId,
  contactEmail: v.optional(
    v.pipe(v.string(), v.trim(), v.toLowerCase(), v.email('Email không đúng định dạng.')),
  ),
  transferEnabled: v.optional(v.boolean(), true),
  active: v.optional(v.boolean(), true),
  hotlines: v.optional(v.pipe(v.array(HotlineInput), v.maxLength(10, 'Tối đa 10 số điện thoại.')), []),
});
export type AgencyInput = v.InferOutput<typeof AgencyInput>;

export const SlaUnit = v.picklist(
  ['working_hours', 'working_days', 'clock_hours'],
  'Đơn vị thời hạn không hợp lệ.',
);
const Amount = v.pipe(
  v.number('Cần một số.'),
  v.integer('Cần số nguyên.'),
  v.minValue(1),
  v.maxValue(10_000),
);
export const SlaClassInput = v.object({
  code: Code,
  name: Text(120, 'Vui lòng nhập tên mức xử lý.'),
  acknowledgeAmount: Amount,
  acknowledgeUnit: SlaUnit,
  answerAmount: Amount,
  answerUnit: SlaUnit,
});
export type SlaClassInput = v.InferOutput<typeof SlaClassInput>;

export const CalendarInput = v.object({
  officeHours: v.pipe(
    v.array(
      v.pipe(
        v.object({ start: LocalTime, end: LocalTime }),
        v.check((s) => s.start < s.end, 'Giờ kết thúc phải sau giờ bắt đầu.'),
      ),
    ),
    v.minLength(1, 'Cần ít nhất một ca làm việc.'),
    v.maxLength(4),
  ),
  workingWeekdays: v.pipe(
    v.array(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(7))),
    v.minLength(1),
  ),
});
export type CalendarInput = v.InferOutput<typeof CalendarInput>;

export const CalendarDayInput = v.object({
  day: LocalDate,
  kind: v.picklist(['day_off', 'workday'], 'Loại ngày không hợp lệ.'),
  name: Text(200, 'Vui lòng nhập tên ngày nghỉ / ngày làm bù.'),
});
export const DayParam = v.object({ day: LocalDate });
export const YearQuery = v.object({
  year: v.optional(v.pipe(v.string(), v.regex(/^20\d{2}$/, 'Năm không hợp lệ.'), v.transform(Number))),
});

export const IvrBranchInput = v.object({
  digit: v.pipe(v.string(), v.trim(), v.regex(/^[0-9*#]{1,3}$/, 'Phím bấm gồm 1–3 ký tự 0–9, * hoặc #.')),
  label: Text(200, 'Vui lòng nhập tên nhánh.'),
  topicId: OptionalId,
  agencyIds: v.optional(v.pipe(v.array(Uuid), v.maxLength(50)), []),
});
export type IvrBranchInput = v.InferOutput<typeof IvrBranchInput>;

export const RosterEntryInput = v.pipe(
  v.object({
    agencyId: OptionalId,
    weekday: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(7)),
    startTime: LocalTime,
    endTime: LocalTime,
    name: Text(120, 'Vui lòng nhập họ tên người trực.'),
    phone: Phone,
    email: v.optional(v.pipe(v.string(), v.trim(), v.toLowerCase(), v.email('Email không đúng định dạng.'))),
  }),
  v.check((e) => e.startTime < e.endTime, 'Giờ kết thúc phải sau giờ bắt đầu.'),
);
export const RosterWeekInput = v.object({
  weekStart: LocalDate,
  entries: v.pipe(v.array(RosterEntryInput), v.maxLength(500)),
});
export type RosterWeekInput = v.InferOutput<typeof RosterWeekInput>;
export const RosterQuery = v.object({ weekStart: LocalDate });
