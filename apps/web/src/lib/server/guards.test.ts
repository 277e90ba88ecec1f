import { isHttpError, isRedirect } from '@sveltejs/kit';
import { describe, expect, it } from 'vitest';
import { guardApiError, landingPath, requireActive, requirePermission, requireUser } from './guards.js';
import type { SessionUser } from './session.js';

const user = (over: Partial<SessionUser> = {}): SessionUser => ({
  user: { id: 'u1', email: 'a@b.vn', name: 'A' },
  scope: 'tenant',
  role: 'operator',
  status: 'active',
  agencyId: null,
  twoFactor: { enabled: false, verified: false },
  permissions: ['directory.read', 'cases.read_all', 'cases.handle'],
  ...over,
});

const event = (u: SessionUser | null, path = '/tong-dai-vien?x=1') =>
  ({ locals: { user: u } as App.Locals, url: new URL(`http://binhthuan.localhost${path}`) }) as const;

function thrown(fn: () => unknown): unknown {
  try {
    fn();
  } catch (e) {
    return e;
  }
  throw new Error('expected a throw');
}

const location = (fn: () => unknown) => {
  const e = thrown(fn);
  if (!isRedirect(e)) throw e;
  return [e.status, e.location];
};

describe('guards', () => {
  it('sends the signed-out to sign in, coming back here afterwards', () => {
    expect(location(() => requireUser(event(null)))).toEqual([
      303,
      '/dang-nhap?next=%2Ftong-dai-vien%3Fx%3D1',
    ]);
  });

  it('sends the pending to the waiting page and admins to their second factor', () => {
    expect(location(() => requireActive(event(user({ status: 'pending' }))))).toEqual([303, '/cho-duyet']);
    const admin = user({ role: 'tenant_admin', twoFactor: { enabled: true, verified: false } });
    expect(location(() => requireActive(event(admin, '/quan-tri')))[1]).toBe(
      '/xac-thuc-2-lop?next=%2Fquan-tri',
    );
    const newAdmin = user({ role: 'tenant_admin', twoFactor: { enabled: false, verified: false } });
    expect(location(() => requireActive(event(newAdmin, '/')))[1]).toBe('/cai-dat-2-lop?next=%2F');
  });

  it('answers 403 for what the role cannot do', () => {
    const e = thrown(() => requirePermission(event(user()), 'members.manage'));
    expect(isHttpError(e) && e.status).toBe(403);
    expect(requirePermission(event(user()), 'cases.handle').role).toBe('operator');
  });

  it('maps API refusals', () => {
    const body = (code: string) => ({ error: { code, message: 'm' } });
    expect(location(() => guardApiError(event(user()), 403, body('ACCOUNT_PENDING')))[1]).toBe('/cho-duyet');
    expect(location(() => guardApiError(event(null), 401, body('UNAUTHENTICATED')))[1]).toMatch(
      /^\/dang-nhap/,
    );
    const forbidden = thrown(() => guardApiError(event(user()), 403, body('FORBIDDEN')));
    expect(isHttpError(forbidden) && forbidden.body).toEqual({ message: 'm', code: 'FORBIDDEN' });
  });

  it('lands each person on their step or home', () => {
    expect(landingPath(user())).toBe('/tong-dai-vien');
    expect(landingPath(user({ status: 'pending' }))).toBe('/cho-duyet');
  });
});
