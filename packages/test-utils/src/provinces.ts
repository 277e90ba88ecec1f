import { asc, eq, sql } from 'drizzle-orm';
import type { Tx } from '@tongdai/db';
import { connectAdmin } from '@tongdai/db/admin';
import {
  agencies,
  auditLog,
  caseAttachments,
  caseCounters,
  caseEvents,
  cases,
  digestCounters,
  digests,
  digestSettings,
  invitations,
  memberships,
  notifications,
  open311ApiKeys,
  open311Requests,
  sessions,
  tenants,
  transferAttempts,
  userTokens,
  users,
} from '@tongdai/db/schema';
import { demoProvinces, seedProvinceData, type SeedProvince } from '@tongdai/db/seed';
import { insertSampleAgencyLoop } from './agency-loop.js';

export interface TestProvince {
  id: string;
  slug: string;
  name: string;
}

let counter = 0;
const unique = () => `${process.pid.toString(36)}${(counter += 1)}${Math.random().toString(36).slice(2, 6)}`;

/**
 * A new province with its own slug, built from a demo province's data, plus one member with a session,
 * an invitation, an e-mail token, an audit entry and a case: every tenant table has rows for it.
 */
export async function createProvince(
  adminUrl: string,
  options: { template?: SeedProvince; status?: 'active' | 'suspended' | 'onboarding'; name?: string } = {},
): Promise<TestProvince> {
  const template = options.template ?? demoProvinces[2] ?? demoProvinces[0]!;
  const slug = `t${unique()}`;
  const name = options.name ?? `${template.name} ${slug}`;
  const { db, close } = connectAdmin(adminUrl, { max: 1 });
  try {
    return await db.transaction(async (tx) => {
      const [row] = await tx
        .insert(tenants)
        .values({
          slug,
          name,
          officialName: `${template.officialName} (${slug})`,
          areaCode: template.areaCode,
          status: options.status ?? 'active',
        })
        .returning({ id: tenants.id });
      if (!row) throw new Error('could not create test province');
      const tenantId = row.id;
      await tx.execute(sql`select set_config('app.tenant_id', ${tenantId}, true)`);
      await seedProvinceData(tx, tenantId, template);
      // The first agency of the directory, always the same one: samples below hang off it.
      const [agency] = await tx
        .select({ id: agencies.id })
        .from(agencies)
        .where(eq(agencies.tenantId, tenantId))
        .orderBy(asc(agencies.position), asc(agencies.code))
        .limit(1);
      const [user] = await tx
        .insert(users)
        .values({ email: `member-${slug}@example.test`, name: `Thành viên ${slug}`, passwordHash: 'x' })
        .returning({ id: users.id });
      if (!user) throw new Error('could not create test user');
      await tx.insert(memberships).values({ tenantId, userId: user.id, role: 'operator', status: 'active' });
      await tx.insert(sessions).values({
        id: `s${unique()}`,
        secretHash: new Uint8Array(32),
        tenantId,
        scope: 'tenant',
        userId: user.id,
      });
      await tx.insert(invitations).values({
        tenantId,
        email: `invitee-${slug}@example.test`,
        role: 'operator',
        tokenHash: `inv-${unique()}`,
        expiresAt: new Date(Date.now() + 86_400_000),
      });
      await tx.insert(userTokens).values({
        tenantId,
        userId: user.id,
        purpose: 'verify_email',
        tokenHash: `tok-${unique()}`,
        expiresAt: new Date(Date.now() + 86_400_000),
      });
      await tx.insert(auditLog).values({ tenantId, actorUserId: user.id, action: 'test.created' });
      const [kase] = await tx
        .insert(cases)
        .values({
          tenantId,
          code: `TEST-${slug}-1`,
          channel: 'hotline',
          content: 'Hỏi về lịch xét nghiệm',
          agencyId: agency?.id ?? null,
        })
        .returning({ id: cases.id });
      await tx.insert(caseEvents).values({ tenantId, caseId: kase!.id, type: 'received' });
      if (agency) {
        await tx.insert(transferAttempts).values({
          tenantId,
          caseId: kase!.id,
          agencyId: agency.id,
          phone: '+84912345678',
          outcome: 'busy',
        });
      }
      await tx.insert(caseAttachments).values({
        tenantId,
        caseId: kase!.id,
        fileName: 'Ảnh hiện trường.png',
        contentType: 'image/png',
        sizeBytes: 68,
        sha256: '0'.repeat(64),
        uploadedBy: user.id,
        source: 'operator',
      });
      await tx.insert(notifications).values({
        tenantId,
        recipient: `user:${user.id}`,
        userId: user.id,
        kind: 'test',
        dedupeKey: `test:${kase!.id}`,
        caseId: kase!.id,
        title: 'Thông báo thử',
        body: 'Thông báo thử',
      });
      await tx.insert(caseCounters).values({ tenantId, year: 2026, last: 1 });
      const [apiKey] = await tx
        .insert(open311ApiKeys)
        .values({ tenantId, name: 'Ứng dụng thử', prefix: 'o311_test', keyHash: `hash-${unique()}` })
        .returning({ id: open311ApiKeys.id });
      await tx.insert(open311Requests).values({ tenantId, caseId: kase!.id, apiKeyId: apiKey!.id });
      if (agency) await insertSampleDigest(tx, tenantId, agency.id, kase!.id);
      if (agency) await insertSampleAgencyLoop(tx, tenantId, agency.id, kase!.id);
      return { id: tenantId, slug, name };
    });
  } finally {
    await close();
  }
}

/** A past digest letter with its counter and settings, so the digest tables have rows too. */
async function insertSampleDigest(tx: Tx, tenantId: string, agencyId: string, caseId: string) {
  await tx.insert(digestSettings).values({ tenantId });
  await tx.insert(digestCounters).values({ tenantId, year: 2025, last: 1 });
  const letter = {
    version: 1,
    meta: { number: 1, year: 2025, date: '2025-12-31', recipient: 'Thử', caseCount: 1 },
  };
  await tx.insert(digests).values({
    tenantId,
    agencyId,
    year: 2025,
    number: 1,
    digestDate: '2025-12-31',
    caseIds: [caseId],
    letter: letter as unknown as typeof digests.$inferInsert.letter,
  });
}

/** A province as a platform admin just opened it: registry row only, status onboarding. */
export async function createBareProvince(adminUrl: string, name = 'Hà Tĩnh'): Promise<TestProvince> {
  const slug = `b${unique()}`;
  const { db, close } = connectAdmin(adminUrl, { max: 1 });
  try {
    const [row] = await db
      .insert(tenants)
      .values({
        slug,
        name,
        officialName: `Tổng đài 1022 tỉnh ${name}`,
        areaCode: '0239',
        status: 'onboarding',
      })
      .returning({ id: tenants.id });
    return { id: row!.id, slug, name };
  } finally {
    await close();
  }
}
