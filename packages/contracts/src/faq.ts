import * as v from 'valibot';

export const FaqEntryOutput = v.object({
  id: v.string(),
  question: v.string(),
  answer: v.string(),
  topicCode: v.nullable(v.string()),
  topicName: v.nullable(v.string()),
});
export type FaqEntryOutput = v.InferOutput<typeof FaqEntryOutput>;

export const FaqListQuery = v.object({
  limit: v.optional(
    v.pipe(
      v.string(),
      v.transform(Number),
      v.integer('limit phải là số nguyên.'),
      v.minValue(1, 'limit tối thiểu là 1.'),
      v.maxValue(100, 'limit tối đa là 100.'),
    ),
  ),
});
