import type { DigestOutput, DigestSummaryOutput } from '@tongdai/contracts';
import type { queries } from '@tongdai/db';

type Summary = Awaited<ReturnType<typeof queries.listDigests>>[number];
type Full = NonNullable<Awaited<ReturnType<typeof queries.findDigest>>>;

export function toDigestSummary(d: Summary): DigestSummaryOutput {
  return {
    id: d.id,
    agencyId: d.agencyId,
    agencyName: d.agencyName,
    year: d.year,
    number: d.number,
    digestDate: d.digestDate,
    caseCount: d.caseCount,
    createdAt: d.createdAt.toISOString(),
    sentAt: d.sentAt?.toISOString() ?? null,
    sentTo: d.sentTo,
  };
}

export function toDigestOutput(d: Full): DigestOutput {
  return { ...toDigestSummary(d), caseIds: d.caseIds, letter: d.letter };
}
