/** What a piece of personal data is; the UI groups findings by it for the manual review. */
export type FindingKind = 'phone' | 'email' | 'id_number' | 'name' | 'address' | 'commune';

/**
 * One piece of personal data found in a text: its span in the NFC-normalised text (`start` inclusive,
 * `end` exclusive), the text itself and what replaces it.
 */
export interface Finding {
  kind: FindingKind;
  start: number;
  end: number;
  original: string;
  replacement: string;
}

/** Placeholders written in place of what was removed; readers of a published answer see them. */
export const REDACTION_LABELS: Record<FindingKind, string> = {
  phone: '[số điện thoại]',
  email: '[email]',
  id_number: '[số giấy tờ tùy thân]',
  name: '[họ tên]',
  address: '[địa chỉ]',
  commune: '[địa bàn]',
};

/** What the case record says about the citizen: matched wherever it appears, with or without diacritics. */
export interface KnownPersonalData {
  /** Full names, e.g. the citizen's own ("Nguyễn Thị Lan"). */
  names?: readonly (string | null | undefined)[];
  /** Postal addresses ("Số 12, ngõ 5, đường Lê Lợi, phường Điện Biên"). */
  addresses?: readonly (string | null | undefined)[];
  /** Communes or wards ("xã Quảng Tâm"). */
  communes?: readonly (string | null | undefined)[];
}

export type Span = Pick<Finding, 'kind' | 'start' | 'end'>;
