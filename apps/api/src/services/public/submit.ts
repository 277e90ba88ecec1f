import type { PublicRequestInput, PublicRequestOutput } from '@tongdai/contracts';
import { queries } from '@tongdai/db';
import type { Context } from 'hono';
import type { AppEnv } from '../../context.js';
import { ApiError } from '../../lib/errors.js';
import { inTenant } from '../../lib/tenant-db.js';
import { audit } from '../audit.js';
import { citizenFileWriter, inspectCitizenFiles } from './citizen-files.js';
import { createCitizenCase } from './citizen-intake.js';
import { keysOf } from './keys.js';
import { checkPowSolution } from './pow.js';
import { signStatusToken } from './status-link.js';

/**
 * Version of the personal-data notice shown next to the consent box (Decree 13/2023/NĐ-CP);
 * 2026-11: the notice names the photos and documents sent with the request.
 */
export const CONSENT_NOTICE_VERSION = 'portal-2026-11';

const POW_FAILED =
  'Bước xác minh chống thư rác không thành công hoặc đã hết hạn. Vui lòng tải lại trang và gửi lại.';
const POW_USED = 'Mã xác minh chống thư rác này đã được dùng. Vui lòng tải lại trang để gửi yêu cầu mới.';
const powError = (message: string) => new ApiError('BAD_REQUEST', message, [{ path: 'altcha', message }]);

/** Honeypot, then proof-of-work: the signature of the solved challenge, or a refusal. */
async function passAntiSpam(c: Context<AppEnv>, input: PublicRequestInput): Promise<string> {
  const tenant = c.get('tenant');
  if (input.website && input.website.trim() !== '') {
    c.get('log').warn({ tenant: tenant.slug }, 'public request refused: honeypot filled');
    throw new ApiError('BAD_REQUEST', 'Yêu cầu không được tiếp nhận. Vui lòng tải lại trang và thử lại.');
  }
  const pow = await checkPowSolution(keysOf(c), tenant.slug, input.altcha);
  if (!pow.ok) {
    c.get('log').info({ tenant: tenant.slug, reason: pow.reason }, 'public request refused: proof-of-work');
    throw powError(POW_FAILED);
  }
  return pow.signature;
}

async function topicOf(c: Context<AppEnv>, topicId: string) {
  const topic = await inTenant(c, (tx, tenantId) => queries.findTopicById(tx, tenantId, topicId));
  if (!topic) {
    throw new ApiError('VALIDATION_FAILED', 'Dữ liệu gửi lên không hợp lệ.', [
      { path: 'topicId', message: 'Vui lòng chọn lĩnh vực trong danh sách.' },
    ]);
  }
  return topic;
}

/**
 * A citizen's request from the portal form: honeypot, proof-of-work, topic, then every file checked
 * before the same intake as staff use (channel portal) creates the case and stores the files with it,
 * in one transaction. The challenge's signature is the idempotency key, so one solved challenge
 * makes at most one case and a replay is refused. Consent is recorded in the audit log.
 */
export async function submitPublicRequest(
  c: Context<AppEnv>,
  input: PublicRequestInput,
  files: readonly File[] = [],
): Promise<PublicRequestOutput> {
  const signature = await passAntiSpam(c, input);
  const topic = await topicOf(c, input.topicId);
  const uploads = await inspectCitizenFiles(files);
  const writer = citizenFileWriter(c.get('deps').attachments, uploads);
  let created;
  try {
    created = await createCitizenCase(
      c,
      `pow-${signature}`,
      {
        channel: 'portal',
        content: input.content,
        citizen: {
          ...(input.name ? { name: input.name } : {}),
          ...(input.phone ? { phone: input.phone } : {}),
          ...(input.email ? { email: input.email } : {}),
          commune: input.commune,
        },
        // A topic without an SLA class cannot classify yet: the operator classifies the case instead.
        ...(topic.slaClassId ? { topicId: topic.id } : {}),
      },
      writer.onCreated,
    );
  } catch (e) {
    await writer.settle(false);
    if (e instanceof ApiError && e.code === 'IDEMPOTENCY_MISMATCH') throw powError(POW_USED);
    throw e;
  }
  await writer.settle(created.created);
  if (!created.created) throw powError(POW_USED);
  const kase = created.case;
  await inTenant(c, (tx, tenantId) =>
    audit(c, tx, tenantId, {
      action: 'personal_data.consent',
      targetType: 'case',
      targetId: kase.id,
      details: {
        code: kase.code,
        channel: 'portal',
        notice: CONSENT_NOTICE_VERSION,
        topic: topic.code,
        files: uploads.length,
      },
    }),
  );
  return { code: kase.code, statusToken: signStatusToken(keysOf(c).statusLink, c.get('tenant').id, kase.id) };
}
