import type { AgencyInput, AgencySettingsOutput } from '@tongdai/contracts';
import { formatPhoneVn } from '@tongdai/core';
import { queries, type Tx } from '@tongdai/db';
import type { Context } from 'hono';
import type { AppEnv } from '../context.js';
import { withConstraintMessages } from '../lib/db-errors.js';
import { ApiError, notFound } from '../lib/errors.js';
import { inTenant } from '../lib/tenant-db.js';
import { audit } from './audit.js';

export const DUPLICATE_CODE = 'Mã cơ quan đã tồn tại.';
const NOT_FOUND = 'Không tìm thấy cơ quan, đơn vị này.';
const writeMessages = {
  duplicate: DUPLICATE_CODE,
  missingReference: 'Cơ quan cấp trên không thuộc tỉnh này.',
};
const deleteMessages = { inUse: 'Cơ quan đang được sử dụng ở nơi khác nên không xóa được.' };

export function toSettingsOutput(
  a: queries.DirectoryAgency,
  names: ReadonlyMap<string, string>,
): AgencySettingsOutput {
  return {
    ...a,
    parentName: a.parentId ? (names.get(a.parentId) ?? null) : null,
    hotlines: a.hotlines.map((h) => ({ ...h, display: formatPhoneVn(h.phone) })),
  };
}

export const listAgencyDirectory = (c: Context<AppEnv>) =>
  inTenant(c, async (tx, tenantId) => {
    const all = await queries.listDirectoryAgencies(tx, tenantId);
    const names = new Map(all.map((a) => [a.id, a.name]));
    return all.map((a) => toSettingsOutput(a, names));
  });

async function loadOutput(tx: Tx, tenantId: string, id: string) {
  const agency = await queries.findDirectoryAgency(tx, tenantId, id);
  if (!agency) throw notFound(NOT_FOUND);
  const parent = agency.parentId
    ? await queries.findDirectoryAgency(tx, tenantId, agency.parentId)
    : undefined;
  return toSettingsOutput(agency, new Map(parent ? [[parent.id, parent.name]] : []));
}

const invalid = (path: string, message: string) =>
  new ApiError('VALIDATION_FAILED', message, [{ path, message }]);

/** The parent must be another agency of this province and must not sit below the agency itself. */
async function checkParent(tx: Tx, tenantId: string, id: string | null, parentId: string | null | undefined) {
  if (!parentId) return null;
  if (parentId === id) throw invalid('parentId', 'Cơ quan không thể là cấp trên của chính nó.');
  const parentOf = new Map(
    (await queries.listAgencyParentLinks(tx, tenantId)).map((l) => [l.id, l.parentId]),
  );
  if (!parentOf.has(parentId)) throw invalid('parentId', 'Cơ quan cấp trên không thuộc tỉnh này.');
  const seen = new Set<string>();
  for (let p: string | null | undefined = parentId; p && !seen.has(p); p = parentOf.get(p)) {
    if (p === id) throw invalid('parentId', 'Không thể chọn một đơn vị trực thuộc làm cơ quan cấp trên.');
    seen.add(p);
  }
  return parentId;
}

async function checkInput(tx: Tx, tenantId: string, id: string | null, input: AgencyInput) {
  if (await queries.findAgencyIdByCode(tx, tenantId, input.code, id ?? undefined)) {
    throw new ApiError('CONFLICT', DUPLICATE_CODE);
  }
  const phones = input.hotlines.map((h) => h.phone);
  const repeated = phones.findIndex((p, i) => phones.indexOf(p) !== i);
  if (repeated >= 0) throw invalid(`hotlines.${repeated}.phone`, 'Số điện thoại bị lặp trong danh sách.');
  const parentId = await checkParent(tx, tenantId, id, input.parentId);
  const { hotlines, ...rest } = input;
  return { values: { ...rest, parentId, contactEmail: input.contactEmail ?? null }, hotlines };
}

export function createAgency(c: Context<AppEnv>, input: AgencyInput) {
  return withConstraintMessages(
    () =>
      inTenant(c, async (tx, tenantId) => {
        const { values, hotlines } = await checkInput(tx, tenantId, null, input);
        const id = await queries.insertDirectoryAgency(tx, tenantId, values);
        await queries.replaceAgencyHotlines(tx, tenantId, id, hotlines);
        await audit(c, tx, tenantId, {
          action: 'agency.created',
          targetType: 'agency',
          targetId: id,
          details: { ...values, hotlines: hotlines.map((h) => h.phone) },
        });
        return loadOutput(tx, tenantId, id);
      }),
    writeMessages,
  );
}

/** Replaces the agency's fields and its hotline list, in the given order. */
export function updateAgency(c: Context<AppEnv>, id: string, input: AgencyInput) {
  return withConstraintMessages(
    () =>
      inTenant(c, async (tx, tenantId) => {
        const before = await queries.findDirectoryAgency(tx, tenantId, id);
        if (!before) throw notFound(NOT_FOUND);
        const { values, hotlines } = await checkInput(tx, tenantId, id, input);
        await queries.updateDirectoryAgency(tx, tenantId, id, values);
        await queries.replaceAgencyHotlines(tx, tenantId, id, hotlines);
        const { hotlines: oldHotlines, id: _id, position: _position, ...old } = before;
        await audit(c, tx, tenantId, {
          action: 'agency.updated',
          targetType: 'agency',
          targetId: id,
          details: {
            from: { ...old, hotlines: oldHotlines.map((h) => h.phone) },
            to: { ...values, hotlines: hotlines.map((h) => h.phone) },
          },
        });
        return loadOutput(tx, tenantId, id);
      }),
    writeMessages,
  );
}

const REFERENCE_LABELS: [keyof queries.AgencyReferences, string][] = [
  ['topics', 'chủ đề (cơ quan mặc định)'],
  ['ivrBranches', 'nhánh tổng đài (IVR)'],
  ['memberships', 'tài khoản cán bộ'],
  ['invitations', 'lời mời tham gia'],
  ['cases', 'yêu cầu của người dân'],
  ['dutyRoster', 'ca trực'],
  ['children', 'đơn vị trực thuộc'],
];

function inUseMessage(name: string, refs: queries.AgencyReferences) {
  const uses = REFERENCE_LABELS.filter(([key]) => refs[key] > 0).map(
    ([key, label]) => `${refs[key]} ${label}`,
  );
  if (uses.length === 0) return null;
  return (
    `Không thể xóa "${name}" vì cơ quan đang được dùng ở: ${uses.join(', ')}. ` +
    'Hãy chuyển các mục này sang cơ quan khác, hoặc chuyển cơ quan sang trạng thái ngừng hoạt động.'
  );
}

/** Deletes an agency nothing refers to; otherwise a 409 that says what still uses it. */
export function deleteAgency(c: Context<AppEnv>, id: string) {
  return withConstraintMessages(
    () =>
      inTenant(c, async (tx, tenantId) => {
        const agency = await queries.findDirectoryAgency(tx, tenantId, id);
        if (!agency) throw notFound(NOT_FOUND);
        const inUse = inUseMessage(agency.name, await queries.countAgencyReferences(tx, tenantId, id));
        if (inUse) throw new ApiError('CONFLICT', inUse);
        await queries.deleteDirectoryAgency(tx, tenantId, id);
        await audit(c, tx, tenantId, {
          action: 'agency.deleted',
          targetType: 'agency',
          targetId: id,
          details: { code: agency.code, name: agency.name, hotlines: agency.hotlines.map((h) => h.phone) },
        });
      }),
    deleteMessages,
  );
}
