import { normalizePhone, SELF_SIGNUP_ROLES, TENANT_ROLES } from '@tongdai/core';
import * as v from 'valibot';
import { isRealDate, Uuid } from './common.js';

export const Email = v.pipe(
  v.string('Vui lòng nhập email.'),
  v.trim(),
  v.toLowerCase(),
  v.nonEmpty('Vui lòng nhập email.'),
  v.maxLength(254, 'Email quá dài.'),
  v.email('Email không đúng định dạng.'),
);

/** The policy itself (length, common passwords…) is checked by the API, which explains each issue. */
export const Password = v.pipe(
  v.string('Vui lòng nhập mật khẩu.'),
  v.nonEmpty('Vui lòng nhập mật khẩu.'),
  v.maxLength(128, 'Mật khẩu tối đa 128 ký tự.'),
);

export const PersonName = v.pipe(
  v.string('Vui lòng nhập họ tên.'),
  v.trim(),
  v.nonEmpty('Vui lòng nhập họ tên.'),
  v.maxLength(120, 'Họ tên tối đa 120 ký tự.'),
);

/** Optional Vietnamese phone number, normalised to E.164. */
export const OptionalPhone = v.optional(
  v.pipe(
    v.string(),
    v.trim(),
    v.transform((s) => (s === '' ? undefined : s)),
    v.optional(
      v.pipe(
        v.string(),
        v.check((s) => normalizePhone(s) !== null, 'Số điện thoại không hợp lệ.'),
        v.transform((s) => normalizePhone(s) as string),
      ),
    ),
  ),
);

const OptionalUuid = v.optional(
  v.pipe(
    v.string(),
    v.transform((s) => (s === '' ? undefined : s)),
    v.optional(Uuid),
  ),
);

export const TenantRoleSchema = v.picklist(TENANT_ROLES, 'Vai trò không hợp lệ.');

export const SignupInput = v.pipe(
  v.object({
    name: PersonName,
    email: Email,
    phone: OptionalPhone,
    password: Password,
    requestedRole: v.picklist(SELF_SIGNUP_ROLES, 'Vui lòng chọn vai trò.'),
    agencyId: OptionalUuid,
  }),
  v.forward(
    v.check(
      (i) => i.requestedRole !== 'agency_staff' || Boolean(i.agencyId),
      'Cán bộ cơ quan cần chọn cơ quan công tác.',
    ),
    ['agencyId'],
  ),
);
export type SignupInput = v.InferOutput<typeof SignupInput>;

export const LoginInput = v.object({ email: Email, password: Password });
export type LoginInput = v.InferOutput<typeof LoginInput>;

export const TwoFactorInput = v.object({
  code: v.pipe(v.string('Vui lòng nhập mã.'), v.trim(), v.nonEmpty('Vui lòng nhập mã.'), v.maxLength(32)),
});

export const TokenInput = v.object({
  token: v.pipe(v.string(), v.trim(), v.nonEmpty('Thiếu mã xác nhận.'), v.maxLength(200)),
});

export const ForgotPasswordInput = v.object({ email: Email });
export const ResetPasswordInput = v.object({
  token: v.pipe(v.string(), v.nonEmpty('Thiếu mã xác nhận.'), v.maxLength(200)),
  password: Password,
});
export const ChangePasswordInput = v.object({ currentPassword: Password, newPassword: Password });

export const InviteInput = v.pipe(
  v.object({ email: Email, role: TenantRoleSchema, agencyId: OptionalUuid }),
  v.forward(
    v.check(
      (i) => i.role !== 'agency_staff' || Boolean(i.agencyId),
      'Cán bộ cơ quan cần chọn cơ quan công tác.',
    ),
    ['agencyId'],
  ),
);
export type InviteInput = v.InferOutput<typeof InviteInput>;

export const AcceptInviteInput = v.object({
  token: v.pipe(v.string(), v.nonEmpty('Thiếu mã lời mời.'), v.maxLength(200)),
  name: PersonName,
  password: Password,
  phone: OptionalPhone,
});

export const MemberDecisionInput = v.object({
  action: v.picklist(['approve', 'reject', 'deactivate', 'reactivate', 'update'], 'Thao tác không hợp lệ.'),
  role: v.optional(TenantRoleSchema),
  agencyId: OptionalUuid,
});
export type MemberDecisionInput = v.InferOutput<typeof MemberDecisionInput>;

export const MemberParam = v.object({ userId: Uuid });

export const MemberListQuery = v.object({
  status: v.optional(
    v.picklist(['pending', 'active', 'rejected', 'deactivated'], 'Trạng thái không hợp lệ.'),
  ),
});

const DateQuery = v.optional(
  v.pipe(
    v.string(),
    v.regex(/^\d{4}-\d{2}-\d{2}$/, 'Ngày cần có dạng yyyy-mm-dd.'),
    v.check(isRealDate, 'Ngày không hợp lệ.'),
  ),
);

export const AuditQuery = v.object({
  action: v.optional(v.pipe(v.string(), v.maxLength(64))),
  actor: v.optional(v.pipe(v.string(), v.maxLength(254))),
  from: DateQuery,
  to: DateQuery,
  before: v.optional(
    v.pipe(v.string(), v.regex(/^\d+$/, 'Con trỏ trang không hợp lệ.'), v.transform(Number)),
  ),
});
export type AuditQuery = v.InferOutput<typeof AuditQuery>;
