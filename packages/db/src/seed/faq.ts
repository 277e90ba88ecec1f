import { diffFaq, renderFaqAnswer } from '@tongdai/core';
import type { Tx } from '../client.js';
import { faqEntries, faqRevisions, faqSynonyms } from '../schema/faq.js';
import type { SeedProvince } from './data/index.js';

/** The province's FAQ (public unless marked otherwise), a first revision for each, and its synonyms. */
export async function seedFaq(
  tx: Tx,
  tenantId: string,
  p: SeedProvince,
  topicId: Map<string, string>,
  agencyId: Map<string, string>,
) {
  if (p.faqs.length > 0) {
    const rows = p.faqs.map((f) => {
      const answer = renderFaqAnswer(f.answer);
      return {
        tenantId,
        topicId: topicId.get(f.topicCode) ?? null,
        question: f.question,
        answer: answer.source,
        answerHtml: answer.html,
        answerText: answer.text,
        keywords: f.keywords,
        sourceAgencyId: f.sourceAgencyCode ? (agencyId.get(f.sourceAgencyCode) ?? null) : null,
        state: f.state ?? ('public' as const),
      };
    });
    const inserted = await tx.insert(faqEntries).values(rows).returning({ id: faqEntries.id });
    await tx.insert(faqRevisions).values(
      inserted.map(({ id }, i) => {
        const f = p.faqs[i]!;
        const changes = diffFaq(null, {
          question: rows[i]!.question,
          answer: rows[i]!.answer,
          topic: p.topics.find((t) => t.code === f.topicCode)?.name ?? null,
          keywords: f.keywords,
          sourceAgency: p.agencies.find((a) => a.code === f.sourceAgencyCode)?.name ?? null,
          state: rows[i]!.state,
          validUntil: null,
        });
        return { tenantId, faqId: id, revision: 1, action: 'create', changes };
      }),
    );
  }
  const synonyms = p.faqSynonyms ?? [];
  if (synonyms.length > 0) {
    await tx
      .insert(faqSynonyms)
      .values(synonyms.map((s) => ({ tenantId, term: s.term, equivalents: s.equivalents })));
  }
}
