import { createProvince, testDatabaseUrls, type TestProvince } from '@tongdai/test-utils';
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const urls = testDatabaseUrls();
const admin = postgres(urls.adminUrl, { max: 1 });
const app = postgres(urls.appUrl, { max: 2 });
let a: TestProvince;
let b: TestProvince;

class Rollback extends Error {}
/** As the app role with the given settings, rolled back afterwards. */
async function as<T>(settings: Record<string, string>, fn: (tx: postgres.TransactionSql) => Promise<T>) {
  let result: T | undefined;
  await app
    .begin(async (tx) => {
      for (const [k, v] of Object.entries(settings)) await tx`select set_config(${`app.${k}`}, ${v}, true)`;
      result = await fn(tx);
      throw new Rollback();
    })
    .catch((e: unknown) => {
      if (!(e instanceof Rollback)) throw e;
    });
  return result as T;
}

const memberOf = async (tenantId: string) =>
  (await admin`select user_id from memberships where tenant_id = ${tenantId} limit 1`)[0]?.user_id as string;

beforeAll(async () => {
  a = await createProvince(urls.adminUrl);
  b = await createProvince(urls.adminUrl);
});
afterAll(async () => {
  await app.end();
  await admin.end();
});

describe('users are visible only where they belong', () => {
  it('a province sees its own members and not another province’s', async () => {
    const [memberA, memberB] = [await memberOf(a.id), await memberOf(b.id)];
    const seen = await as({ tenant_id: a.id }, async (tx) =>
      (await tx`select id from users`).map((r) => r.id),
    );
    expect(seen).toContain(memberA);
    expect(seen).not.toContain(memberB);
  });

  it('a sign-in that knows the e-mail finds that user, and only that user', async () => {
    const [row] = await admin`select email from users where id = ${await memberOf(b.id)}`;
    const seen = await as(
      { tenant_id: a.id, lookup_email: row?.email as string },
      (tx) => tx`select email from users`,
    );
    expect(seen.map((r) => r.email)).toContain(row?.email);
    expect(seen.filter((r) => String(r.email).startsWith('member-')).length).toBe(2);
  });

  it('a person may update only their own row', async () => {
    const memberA = await memberOf(a.id);
    const other = await as(
      { tenant_id: a.id, user_id: memberA },
      (tx) => tx`update users set name = 'x' where id <> ${memberA}`,
    );
    expect(other.count).toBe(0);
    const self = await as(
      { tenant_id: a.id, user_id: memberA },
      (tx) => tx`update users set name = 'x' where id = ${memberA}`,
    );
    expect(self.count).toBe(1);
  });
});

describe('agency staff see only their agency’s cases, enforced by the database', () => {
  it('hides other agencies’ cases and refuses to file one for another agency', async () => {
    const agencyRows =
      await admin`select id from agencies where tenant_id = ${a.id} order by position limit 2`;
    const [mine, theirs] = agencyRows.map((r) => r.id as string);
    await admin`insert into cases (tenant_id, code, channel, content, agency_id)
                values (${a.id}, ${`X-${a.slug}`}, 'email', 'Hỏi về trợ cấp thất nghiệp', ${theirs!}),
                       (${a.id}, ${`Y-${a.slug}`}, 'zalo', 'Hỏi về giấy đi đường', ${mine!})`;
    const staff = { tenant_id: a.id, role: 'agency_staff', agency_id: mine! };
    const visible = await as(staff, (tx) => tx`select agency_id from cases`);
    expect(visible.length).toBeGreaterThan(0);
    expect(visible.every((r) => r.agency_id === mine)).toBe(true);
    const operator = await as({ tenant_id: a.id, role: 'operator' }, (tx) => tx`select agency_id from cases`);
    expect(operator.some((r) => r.agency_id === theirs)).toBe(true);
    const forged = as(
      staff,
      (tx) => tx`insert into cases (tenant_id, code, channel, content, agency_id)
      values (${a.id}, 'Y-1', 'email', 'x', ${theirs!})`,
    );
    await expect(forged).rejects.toMatchObject({ code: '42501' });
  });
});

describe('the audit log is append-only', () => {
  it('the app may insert and read its own scope, never update or delete', async () => {
    const inserted = await as({ tenant_id: a.id }, async (tx) => {
      await tx`insert into audit_log (tenant_id, action) values (${a.id}, 'probe')`;
      return (await tx`select count(*)::int as n from audit_log where action = 'probe'`)[0]?.n;
    });
    expect(inserted).toBe(1);
    await expect(
      as({ tenant_id: a.id }, (tx) => tx`update audit_log set action = 'x'`),
    ).rejects.toMatchObject({
      code: '42501',
    });
    await expect(as({ tenant_id: a.id }, (tx) => tx`delete from audit_log`)).rejects.toMatchObject({
      code: '42501',
    });
  });
});

describe('sessions belong to the host that issued them', () => {
  it('a province’s sessions are invisible in another province and on the platform', async () => {
    const inB = await as({ tenant_id: b.id }, (tx) => tx`select tenant_id from sessions`);
    expect(inB.every((r) => r.tenant_id === b.id)).toBe(true);
    const onPlatform = await as({}, (tx) => tx`select tenant_id from sessions`);
    expect(onPlatform.every((r) => r.tenant_id === null)).toBe(true);
  });

  it('the owner of the sessions can end them on every host (password change)', async () => {
    const memberB = await memberOf(b.id);
    const ended = await as(
      { tenant_id: a.id, user_id: memberB },
      (tx) => tx`delete from sessions where user_id = ${memberB}`,
    );
    expect(ended.count).toBeGreaterThan(0);
  });
});
