import { foldText } from '../table-import/text.js';

export const AGENCY_KINDS = [
  'department',
  'district',
  'commune',
  'health_centre',
  'hospital',
  'other',
] as const;
export type AgencyKindCode = (typeof AGENCY_KINDS)[number];

/** The label an export writes for each kind; the import reads these back. */
export const AGENCY_KIND_LABELS: Record<AgencyKindCode, string> = {
  department: 'Sở/ngành',
  district: 'UBND huyện',
  commune: 'UBND xã',
  health_centre: 'Trung tâm y tế',
  hospital: 'Bệnh viện',
  other: 'Khác',
};

// Folded labels as people write them in provincial tables, plus the enum values themselves.
const KIND_ALIASES: Record<AgencyKindCode, readonly string[]> = {
  department: ['so nganh', 'so', 'nganh', 'so ban nganh', 'ban nganh', 'co quan cap tinh'],
  district: [
    'ubnd huyen',
    'huyen',
    'ubnd cap huyen',
    'cap huyen',
    'ubnd quan',
    'quan',
    'ubnd thi xa',
    'thi xa',
    'ubnd thanh pho',
  ],
  commune: ['ubnd xa', 'xa', 'ubnd cap xa', 'cap xa', 'ubnd phuong', 'phuong', 'ubnd thi tran', 'thi tran'],
  health_centre: ['trung tam y te', 'ttyt', 'health centre', 'health center'],
  hospital: ['benh vien', 'bv'],
  other: ['khac'],
};
const KIND_BY_LABEL = new Map<string, AgencyKindCode>(
  AGENCY_KINDS.flatMap((kind) => [
    [foldText(kind), kind] as const,
    ...KIND_ALIASES[kind].map((label) => [label, kind] as const),
  ]),
);

/** "Sở/ngành", "UBND huyện", "TTYT", "health_centre" … → the kind, or null when not recognised. */
export function parseAgencyKind(label: string): AgencyKindCode | null {
  return KIND_BY_LABEL.get(foldText(label)) ?? null;
}

const YES = new Set(['co', 'c', 'yes', 'y', 'true', '1', 'x', 'dung']);
const NO = new Set(['khong', 'k', 'ko', 'no', 'n', 'false', '0', 'sai']);

/** "có" / "không" (and yes/no, true/false, 1/0); blank means the default; null when unreadable. */
export function parseYesNo(text: string, blank = true): boolean | null {
  const folded = foldText(text);
  if (folded === '') return blank;
  if (YES.has(folded)) return true;
  if (NO.has(folded)) return false;
  return null;
}

export const formatYesNo = (value: boolean) => (value ? 'có' : 'không');
