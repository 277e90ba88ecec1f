import { CASE_CHANNELS, TENANT_STATUSES } from '@tongdai/core';
import * as v from 'valibot';

export const TenantStatus = v.picklist(TENANT_STATUSES);

export const TenantSummaryOutput = v.object({
  slug: v.string(),
  name: v.string(),
  officialName: v.string(),
  areaCode: v.string(),
  timeZone: v.string(),
  status: TenantStatus,
});
export type TenantSummaryOutput = v.InferOutput<typeof TenantSummaryOutput>;

export const ChannelOutput = v.object({
  id: v.string(),
  kind: v.picklist(CASE_CHANNELS),
  label: v.string(),
  value: v.string(),
  note: v.nullable(v.string()),
});
export type ChannelOutput = v.InferOutput<typeof ChannelOutput>;

export const TopicOutput = v.object({ id: v.string(), code: v.string(), name: v.string() });
export type TopicOutput = v.InferOutput<typeof TopicOutput>;

export const TenantProfileOutput = v.object({
  tenant: TenantSummaryOutput,
  channels: v.array(ChannelOutput),
  topics: v.array(TopicOutput),
});
export type TenantProfileOutput = v.InferOutput<typeof TenantProfileOutput>;
