import { normalizePhone } from '@tongdai/core';
import { eq, sql } from 'drizzle-orm';
import { connect, type Tx } from '../client.js';
import { agencies, agencyHotlines } from '../schema/agencies.js';
import { channels } from '../schema/channels.js';
import { ivrBranchAgencies, ivrBranches } from '../schema/ivr.js';
import { tenants } from '../schema/tenants.js';
import { topics } from '../schema/topics.js';
import { seedConfiguration } from './configuration.js';
import { seedFaq } from './faq.js';
import { demoProvinces, type SeedProvince } from './data/index.js';

export { demoProvinces, type SeedProvince };

/**
 * Creates the demo provinces that do not exist yet (by slug) and returns the slugs it created.
 * Tenant rows are written inside the province's own tenant context, as the app would.
 */
export async function seedDemoProvinces(adminUrl: string, provinces = demoProvinces): Promise<string[]> {
  const { db, close } = connect(adminUrl, { max: 1, appName: 'tongdai-seed' });
  const created: string[] = [];
  try {
    for (const p of provinces) {
      const existing = await db.select({ id: tenants.id }).from(tenants).where(eq(tenants.slug, p.slug));
      if (existing.length > 0) continue;
      await db.transaction(async (tx) => {
        const [tenant] = await tx
          .insert(tenants)
          .values({
            slug: p.slug,
            name: p.name,
            officialName: p.officialName,
            areaCode: p.areaCode,
            timeZone: p.timeZone,
            status: 'active',
            openedAt: new Date(p.openedAt),
          })
          .returning({ id: tenants.id });
        if (!tenant) throw new Error(`could not create tenant ${p.slug}`);
        await tx.execute(sql`select set_config('app.tenant_id', ${tenant.id}, true)`);
        await seedProvinceData(tx, tenant.id, p);
      });
      created.push(p.slug);
    }
  } finally {
    await close();
  }
  return created;
}

export async function seedProvinceData(tx: Tx, tenantId: string, p: SeedProvince): Promise<void> {
  if (p.channels.length > 0) {
    await tx.insert(channels).values(p.channels.map((ch, i) => ({ tenantId, ...ch, position: i })));
  }
  const topicRows = p.topics.length
    ? await tx
        .insert(topics)
        .values(p.topics.map((t, i) => ({ tenantId, code: t.code, name: t.name, position: i })))
        .returning({ id: topics.id, code: topics.code })
    : [];
  const topicId = new Map(topicRows.map((t) => [t.code, t.id]));

  const agencyId = new Map<string, string>();
  for (const [i, a] of p.agencies.entries()) {
    const [row] = await tx
      .insert(agencies)
      .values({
        tenantId,
        code: a.code,
        name: a.name,
        kind: a.kind,
        transferEnabled: a.transferEnabled,
        position: i,
      })
      .returning({ id: agencies.id });
    if (!row) throw new Error(`could not create agency ${a.code}`);
    agencyId.set(a.code, row.id);
    const numbers = a.hotlines.map((raw) => {
      const phone = normalizePhone(raw);
      if (!phone) throw new Error(`seed ${p.slug}/${a.code}: invalid phone ${raw}`);
      return phone;
    });
    if (numbers.length > 0) {
      await tx
        .insert(agencyHotlines)
        .values(numbers.map((phone, position) => ({ tenantId, agencyId: row.id, phone, position })));
    }
  }

  for (const b of p.ivrBranches) {
    const [branch] = await tx
      .insert(ivrBranches)
      .values({
        tenantId,
        digit: b.digit,
        label: b.label,
        topicId: b.topicCode ? topicId.get(b.topicCode) : null,
      })
      .returning({ id: ivrBranches.id });
    if (!branch) throw new Error(`could not create IVR branch ${b.digit}`);
    const members = b.agencyCodes.map((code, position) => {
      const id = agencyId.get(code);
      if (!id) throw new Error(`seed ${p.slug}: IVR branch ${b.digit} names unknown agency ${code}`);
      return { tenantId, branchId: branch.id, agencyId: id, position };
    });
    if (members.length > 0) await tx.insert(ivrBranchAgencies).values(members);
  }

  await seedConfiguration(tx, tenantId, p, topicId, agencyId);

  await seedFaq(tx, tenantId, p, topicId, agencyId);
}
export { DEMO_PASSWORD, DEMO_TOTP_KEY, demoEmail, seedDemoAccounts } from './accounts.js';
