import * as v from 'valibot';
import { Email, PersonName } from './auth.js';

export const CreateTenantInput = v.object({
  slug: v.pipe(
    v.string('Vui lòng nhập tên miền con.'),
    v.trim(),
    v.toLowerCase(),
    v.regex(/^[a-z][a-z0-9-]{1,39}$/, 'Tên miền con chỉ gồm chữ thường không dấu, số và dấu gạch ngang.'),
  ),
  name: v.pipe(v.string(), v.trim(), v.nonEmpty('Vui lòng nhập tên tỉnh/thành phố.'), v.maxLength(80)),
  officialName: v.pipe(v.string(), v.trim(), v.nonEmpty('Vui lòng nhập tên chính thức.'), v.maxLength(160)),
  areaCode: v.pipe(v.string(), v.trim(), v.regex(/^0\d{2,3}$/, 'Mã vùng có dạng 0xxx, ví dụ 0239.')),
});
export type CreateTenantInput = v.InferOutput<typeof CreateTenantInput>;

export const AppointAdminInput = v.object({ email: Email, name: PersonName });

export const TenantSlugParam = v.object({ slug: v.pipe(v.string(), v.maxLength(40)) });

export const TenantStatusInput = v.object({
  status: v.picklist(['active', 'suspended', 'onboarding'], 'Trạng thái không hợp lệ.'),
});
