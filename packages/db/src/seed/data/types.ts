/** Shape of the demo provinces built from the seed documents (shared/seeds). */
export type ChannelKind = 'hotline' | 'portal' | 'email' | 'zalo' | 'facebook';
export type AgencyKind = 'department' | 'district' | 'commune' | 'health_centre' | 'hospital' | 'other';

export interface SeedChannel {
  kind: ChannelKind;
  /** Public display text, Vietnamese. */
  label: string;
  /** Number, address, URL or account name as published. */
  value: string;
  note?: string;
}

export interface SeedTopic {
  code: string;
  name: string;
}

export interface SeedAgency {
  code: string;
  name: string;
  kind: AgencyKind;
  /** false: operators escalate in writing instead of transferring calls (Bình Thuận's Health and CDC). */
  transferEnabled: boolean;
  /** Hotline numbers in failover order, written as in the source documents (e.g. '0913.680.916'). */
  hotlines: string[];
}

export interface SeedIvrBranch {
  digit: string;
  label: string;
  topicCode?: string;
  /** Agencies answering this branch, in order. */
  agencyCodes: string[];
}

export interface SeedFaq {
  topicCode: string;
  question: string;
  /** Markdown. */
  answer: string;
  keywords: string[];
  /** Default 'public'; 'internal' for answers compiled for operators only. */
  state?: 'draft' | 'internal' | 'public';
  sourceAgencyCode?: string;
}

/** A search synonym line of the province: the term and what citizens also write for it. */
export interface SeedFaqSynonym {
  term: string;
  equivalents: string[];
}

export interface SeedProvince {
  slug: string;
  name: string;
  officialName: string;
  areaCode: string;
  timeZone: 'Asia/Ho_Chi_Minh';
  /** ISO instant the hotline opened. */
  openedAt: string;
  channels: SeedChannel[];
  topics: SeedTopic[];
  agencies: SeedAgency[];
  ivrBranches: SeedIvrBranch[];
  faqs: SeedFaq[];
  faqSynonyms?: SeedFaqSynonym[];
}
