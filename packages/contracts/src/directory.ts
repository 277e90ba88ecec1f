import * as v from 'valibot';

export const AgencyKind = v.picklist([
  'department',
  'district',
  'commune',
  'health_centre',
  'hospital',
  'other',
]);

export const HotlineOutput = v.object({
  phone: v.string(),
  display: v.string(),
  position: v.number(),
  active: v.boolean(),
});

export const AgencyOutput = v.object({
  id: v.string(),
  code: v.string(),
  name: v.string(),
  kind: AgencyKind,
  transferEnabled: v.boolean(),
  hotlines: v.array(HotlineOutput),
});
export type AgencyOutput = v.InferOutput<typeof AgencyOutput>;

export const IvrBranchOutput = v.object({
  id: v.string(),
  digit: v.string(),
  label: v.string(),
  topicName: v.nullable(v.string()),
  agencies: v.array(v.object({ id: v.string(), name: v.string() })),
});
export type IvrBranchOutput = v.InferOutput<typeof IvrBranchOutput>;
