import { provinceCodePrefix } from '@tongdai/core';
import type postgres from 'postgres';

/**
 * Bulk realistic cases for one province, in SQL (generate_series), for benchmarks and demos: two years
 * of requests spread evenly, mostly closed, the last days still open; hotline-heavy channels, skewed
 * topics, repeat callers, Vietnamese content built from templates and place names. Runs as the
 * superuser/owner connection, chunk by chunk, then refreshes the planner statistics.
 */
export interface GenerateOptions {
  tenantId: string;
  count: number;
  /** Received times end here (default now) and start `days` before. */
  until?: Date;
  days?: number;
  chunk?: number;
  /** Also one `received` event per case (default true). */
  events?: boolean;
  /**
   * Drop the secondary indexes of `cases` during the load and build them once at the end (much faster
   * than maintaining 15 indexes row by row). Default: from 100,000 cases. The table is slow to query
   * meanwhile, so use it on benchmark and demo databases.
   */
  rebuildIndexes?: boolean;
  onProgress?: (done: number) => void;
}

const TEMPLATES = [
  'Cho hỏi lịch tiêm vắc-xin cho trẻ em tại trạm y tế %s tuần này như thế nào?',
  'Gia đình tôi ở %s có người đi về từ vùng dịch, cần khai báo y tế ở đâu?',
  'Đề nghị kiểm tra việc xả rác thải ra kênh mương ở khu vực %s, đã kéo dài %s ngày.',
  'Xin hỏi thủ tục hưởng trợ cấp thất nghiệp, tôi đang sống tại %s.',
  'Phản ánh đèn đường hỏng tại %s, buổi tối rất nguy hiểm cho người đi đường.',
  'Cho hỏi kết quả xét nghiệm PCR của mẹ tôi làm hôm qua ở %s bao giờ có?',
  'Hộ nghèo ở %s được hỗ trợ gạo và tiền mặt như thế nào, mức bao nhiêu?',
  'Tôi cần giấy đi đường để vận chuyển hàng hóa nông sản từ %s, xin hướng dẫn.',
  'Phản ánh tiếng ồn từ quán karaoke tại %s sau 22 giờ đêm, đã %s lần báo mà chưa xử lý.',
  'Xin hỏi chế độ bảo hiểm xã hội một lần cho người lao động ở %s.',
  'Người nghi nhiễm ở %s sốt cao, ho, khó thở, cần hướng dẫn cách ly và cấp cứu.',
  'Đề nghị sửa chữa đoạn đường xuống cấp tại %s, có nhiều ổ gà sau mưa.',
  'Cho hỏi thời gian làm việc của bộ phận một cửa UBND %s vào thứ Bảy.',
  'Xin hỏi thủ tục cấp lại căn cước công dân bị mất, tôi thường trú tại %s.',
  'Phản ánh cây xanh đổ chắn ngang đường ở %s sau cơn bão số %s.',
  'Cho hỏi điều kiện được hỗ trợ học phí cho con em gia đình chính sách ở %s.',
  'Tôi muốn đăng ký tiêm mũi nhắc lại tại %s thì cần mang giấy tờ gì?',
  'Phản ánh giá thịt lợn tại chợ %s tăng bất thường trong %s ngày qua.',
  'Xin hướng dẫn thủ tục đăng ký kinh doanh hộ cá thể tại %s.',
  'Đề nghị xử lý tình trạng lấn chiếm vỉa hè buôn bán ở %s.',
  'Cho hỏi lịch cắt điện khu vực %s trong tuần tới.',
  'Người dân %s hỏi về việc chi trả tiền hỗ trợ người có công tháng này.',
  'Xin hỏi số điện thoại đường dây nóng của trung tâm y tế gần %s.',
  'Phản ánh nước sinh hoạt ở %s bị đục, có mùi lạ từ %s hôm nay.',
  'Cho hỏi thủ tục khai sinh cho con tại UBND %s cần những giấy tờ gì?',
  'Đề nghị kiểm tra an toàn thực phẩm tại bếp ăn trường học ở %s.',
  'Xin hỏi tuyến xe buýt nào đi từ %s lên bệnh viện tỉnh.',
  'Phản ánh tình trạng chó thả rông không rọ mõm tại %s.',
  'Hỏi về chính sách hỗ trợ người lao động mất việc làm do dịch tại %s.',
  'Cho hỏi bao giờ có kết quả giải quyết hồ sơ đất đai nộp tại %s cách đây %s tuần.',
];

const PLACES = [
  'phường Điện Biên',
  'phường Ba Đình',
  'phường Lam Sơn',
  'phường Đông Vệ',
  'phường Quảng Thắng',
  'xã Hoằng Quang',
  'xã Quảng Tâm',
  'xã Đông Lĩnh',
  'thị trấn Bút Sơn',
  'thị trấn Rừng Thông',
  'xã Thiệu Dương',
  'xã Nga Thắng',
  'xã Hải Bình',
  'phường Bắc Sơn',
  'phường Trường Sơn',
  'xã Định Tân',
  'xã Yên Trường',
  'xã Thọ Xuân',
  'thị trấn Lang Chánh',
  'xã Hà Ninh',
  'xã Nông Cống',
  'phường Tĩnh Hải',
  'xã Tế Lợi',
  'xã Cẩm Vân',
  'xã Vĩnh Hùng',
  'phường Phú Sơn',
  'phường An Hưng',
  'xã Quảng Phú',
  'xã Hoằng Đại',
  'xã Thiệu Vân',
  'thị trấn Hậu Lộc',
  'xã Nga Sơn',
  'xã Triệu Sơn',
  'xã Xuân Lập',
  'thị trấn Ngọc Lặc',
  'xã Như Thanh',
  'xã Bá Thước',
  'xã Mường Lát',
  'thị trấn Quan Hóa',
  'xã Thạch Thành',
];
const FAMILY = [
  'Nguyễn',
  'Trần',
  'Lê',
  'Phạm',
  'Hoàng',
  'Vũ',
  'Đặng',
  'Bùi',
  'Đỗ',
  'Hồ',
  'Ngô',
  'Dương',
  'Lý',
  'Mai',
  'Trịnh',
];
const MIDDLE = ['Văn', 'Thị', 'Hữu', 'Đức', 'Minh', 'Thu', 'Ngọc', 'Xuân', 'Quang', 'Thanh'];
const GIVEN = [
  'An',
  'Bình',
  'Chi',
  'Dũng',
  'Hà',
  'Hải',
  'Hoa',
  'Hùng',
  'Lan',
  'Linh',
  'Long',
  'Mai',
  'Nam',
  'Phương',
  'Quân',
  'Sơn',
  'Tâm',
  'Thảo',
  'Trang',
  'Tuấn',
  'Vy',
  'Yến',
];

async function operatorsOf(sql: postgres.Sql, tenantId: string, slug: string): Promise<string[]> {
  const existing = await sql<{ id: string }[]>`select user_id as id from memberships
    where tenant_id = ${tenantId} and role in ('operator', 'supervisor') and status = 'active'`;
  if (existing.length >= 10) return existing.map((r) => r.id);
  // A shift of named operators, so lists and counts per operator look like a real call centre.
  const made: string[] = [];
  for (let i = 1; i <= 20; i += 1) {
    const email = `tongdaivien${String(i).padStart(2, '0')}.${slug}@bench.1022.vn`;
    const [user] = await sql<
      { id: string }[]
    >`insert into users (email, name, password_hash, email_verified_at)
      values (${email}, ${`Tổng đài viên ${i}`}, 'bench-no-login', now())
      on conflict (email) do update set name = excluded.name returning id`;
    await sql`insert into memberships (tenant_id, user_id, role, status)
      values (${tenantId}, ${user!.id}, 'operator', 'active') on conflict do nothing`;
    made.push(user!.id);
  }
  return [...existing.map((r) => r.id), ...made];
}

/** Inserts `count` cases; returns how many were inserted. Codes continue the province's yearly counters. */
export async function generateCases(sql: postgres.Sql, options: GenerateOptions): Promise<number> {
  const { tenantId, count } = options;
  const until = options.until ?? new Date();
  const days = options.days ?? 730;
  const chunk = options.chunk ?? 100_000;
  const [tenant] = await sql<{ slug: string; prefix: string | null }[]>`
    select slug, case_code_prefix as prefix from tenants where id = ${tenantId}`;
  if (!tenant) throw new Error(`no tenant ${tenantId}`);
  const prefix = provinceCodePrefix(tenant.slug, tenant.prefix ?? undefined);
  const setup = await sql.begin(async (tx) => {
    await tx`select set_config('app.tenant_id', ${tenantId}, true)`;
    const topics = await tx<{ id: string; sla: string | null; agency: string | null }[]>`
      select id, sla_class_id as sla, default_agency_id as agency from topics where tenant_id = ${tenantId} order by position`;
    const agencies = (
      await tx<{ id: string }[]>`select id from agencies where tenant_id = ${tenantId} and active`
    ).map((a) => a.id);
    const [fallbackSla] = await tx<
      { id: string }[]
    >`select id from sla_classes where tenant_id = ${tenantId} order by position limit 1`;
    if (topics.length === 0 || agencies.length === 0 || !fallbackSla)
      throw new Error('the province needs topics, agencies and an SLA class');
    const operators = await operatorsOf(tx as unknown as postgres.Sql, tenantId, tenant.slug);
    const counters = await tx<
      { year: number; last: number }[]
    >`select year, last from case_counters where tenant_id = ${tenantId}`;
    return { topics, agencies, fallbackSla, operators, counters };
  });
  const { topics, agencies, fallbackSla, operators } = setup;
  const offsets = Object.fromEntries(setup.counters.map((c) => [String(c.year), c.last]));
  const rebuild = options.rebuildIndexes ?? count >= 100_000;
  const secondary = rebuild
    ? await sql<{ name: string; definition: string }[]>`
        select i.indexname as name, i.indexdef as definition from pg_indexes i
        join pg_class c on c.relname = i.indexname
        join pg_index x on x.indexrelid = c.oid
        where i.schemaname = 'public' and i.tablename = 'cases' and not x.indisunique`
    : [];
  for (const index of secondary) await sql.unsafe(`drop index if exists "${index.name}"`);
  // Whole milliseconds, so SQL places each case exactly and the year's first number is exact.
  const stepMs = Math.max(1, Math.round((days * 86_400_000) / count));
  const start = new Date(until.getTime() - days * 86_400_000);
  // One transaction per chunk, so a long run keeps what it made; codes continue the counters.
  for (let from = 1; from <= count; from += chunk) {
    const to = Math.min(count, from + chunk - 1);
    await sql.begin(async (tx) => {
      await tx`select set_config('app.tenant_id', ${tenantId}, true), setseed(${(from % 997) / 997}::float8)`;
      await tx`
        with base as (
          select g,
                 ${start.toISOString()}::timestamptz + ((g - 1)::bigint * ${stepMs}::bigint) * interval '1 millisecond' as received_at,
                 random() as r_channel, random() as r_topic, random() as r_status, random() as r_agency,
                 random() as r_op, random() as r_sla, random() as r_phone, random() as r_name,
                 random() as r_tpl, random() as r_place, random() as r_num, random() as r_urgent
          from generate_series(${from}::int, ${to}::int) g
        ), dated as (
          select b.*, extract(year from b.received_at at time zone 'Asia/Ho_Chi_Minh')::int as yr,
                 extract(epoch from (${until.toISOString()}::timestamptz - b.received_at)) / 86400 as age_days,
                 (${sql.array(topics.map((t) => t.id))}::uuid[])[1 + floor(power(b.r_topic, 1.7) * ${topics.length})::int] as topic_id
          from base b
        ), shaped as (
          select d.*,
            case
              when d.age_days < 2 then (array['received','classified','classified','transferring','escalated','escalated','escalated',
                'acknowledged','acknowledged','waiting_citizen','answered','answered','relayed'])[1 + floor(d.r_status * 13)::int]
              when d.age_days < 14 then (array['closed','closed','closed','closed','closed','closed','closed','closed','closed','closed',
                'closed','closed','escalated','escalated','acknowledged','answered','relayed','relayed','waiting_citizen','classified'])[1 + floor(d.r_status * 20)::int]
              when d.r_status < 0.965 then 'closed' when d.r_status < 0.98 then 'merged' when d.r_status < 0.99 then 'relayed'
              when d.r_status < 0.995 then 'escalated' when d.r_status < 0.998 then 'waiting_citizen' else 'answered'
            end::case_status as status,
            (select t.sla from unnest(${sql.array(topics.map((t) => t.id))}::uuid[], ${sql.array(topics.map((t) => t.sla ?? fallbackSla.id))}::uuid[]) as t(id, sla) where t.id = d.topic_id) as sla_class_id,
            (select t.agency from unnest(${sql.array(topics.map((t) => t.id))}::uuid[], ${sql.array(topics.map((t) => t.agency ?? agencies[0]!))}::uuid[]) as t(id, agency) where t.id = d.topic_id) as default_agency
          from dated d
        ), shaped2 as (
          select d2.*, (case when d2.status in ('closed','merged','relayed','answered')
                then case when d2.r_sla < 0.92 then 'on_track' when d2.r_sla < 0.95 then 'at_risk' else 'breached' end
                when d2.status in ('received','waiting_citizen') then 'on_track'
                when ${until.toISOString()}::timestamptz > d2.received_at + interval '3 days' then 'breached'
                when ${until.toISOString()}::timestamptz >= d2.received_at + interval '54 hours' then 'at_risk'
                else 'on_track' end)::sla_state as sla from shaped d2
        )
        , inserted as (insert into cases (tenant_id, code, channel, received_at, topic_id, sla_class_id, urgency, agency_id, operator_id,
          status, content, citizen_name, citizen_phone, commune, sla_started_at, ack_due_at, due_at, at_risk_at, sla_state,
          closed_at, answer, merged_into, updated_at, sla_watch_at)
        select ${tenantId}, ${prefix} || '-' || s.yr || '-' || lpad((s.g - greatest(1, ceil((extract(epoch from
                 (make_timestamptz(s.yr, 1, 1, 0, 0, 0, 'Asia/Ho_Chi_Minh') - ${start.toISOString()}::timestamptz)) * 1000)::numeric / ${stepMs}::numeric)::bigint + 1)
                 + 1 + coalesce((${JSON.stringify(offsets)}::text::jsonb ->> s.yr::text)::int, 0))::text, 6, '0'),
          (case when s.r_channel < 0.6 then 'hotline' when s.r_channel < 0.75 then 'portal' when s.r_channel < 0.83 then 'email'
                when s.r_channel < 0.95 then 'zalo' else 'facebook' end)::channel_kind,
          s.received_at,
          case when s.status = 'received' then null else s.topic_id end,
          case when s.status = 'received' then null else s.sla_class_id end,
          case when s.status = 'received' then null when s.r_urgent < 0.1 then 'urgent' else 'normal' end::case_urgency,
          case when s.status in ('escalated','acknowledged','transferring','relayed') or (s.status in ('answered','closed','merged') and s.r_agency < 0.55)
               then case when s.r_agency < 0.8 then s.default_agency
                         else (${sql.array(agencies)}::uuid[])[1 + floor(s.r_agency * ${agencies.length})::int] end end,
          case when s.status = 'received' and s.r_op < 0.5 then null
               else (${sql.array(operators)}::uuid[])[1 + floor(s.r_op * ${operators.length})::int] end,
          s.status,
          format((${sql.array(TEMPLATES)}::text[])[1 + floor(s.r_tpl * ${TEMPLATES.length})::int],
                 (${sql.array(PLACES)}::text[])[1 + floor(s.r_place * ${PLACES.length})::int], 1 + floor(s.r_num * 9)::int),
          case when s.r_name < 0.6 then (${sql.array(FAMILY)}::text[])[1 + floor(s.r_name / 0.6 * ${FAMILY.length})::int] || ' '
               || (${sql.array(MIDDLE)}::text[])[1 + floor(s.r_num * ${MIDDLE.length})::int] || ' '
               || (${sql.array(GIVEN)}::text[])[1 + floor(s.r_tpl * ${GIVEN.length})::int] end,
          case when s.r_phone < 0.75 then '+849' || lpad(floor(s.r_phone / 0.75 * 300000)::int::text, 8, '0') end,
          (${sql.array(PLACES)}::text[])[1 + floor(s.r_place * ${PLACES.length})::int],
          case when s.status <> 'received' then s.received_at end,
          case when s.status <> 'received' then s.received_at + interval '4 hours' end,
          case when s.status <> 'received' then s.received_at + interval '3 days' end,
          case when s.status <> 'received' then s.received_at + interval '54 hours' end,
          s.sla,

          case when s.status = 'closed' then s.received_at + interval '1 day' end,
          case when s.status in ('answered','relayed','closed') then '{"source":"agency","text":"Đã trả lời công dân."}'::jsonb end,
          null,
          s.received_at,
          case when s.status in ('classified','transferring','escalated','acknowledged') then
            case s.sla when 'on_track' then s.received_at + interval '54 hours'
                       when 'at_risk' then s.received_at + interval '3 days' end end
        from shaped2 s
        returning tenant_id, id, received_at, channel)
        insert into case_events (tenant_id, case_id, at, type, visibility, data)
        select tenant_id, id, received_at, 'received', 'public', jsonb_build_object('channel', channel)
        from inserted where ${options.events ?? true}`;
      const chunkStart = new Date(start.getTime() + (from - 1) * stepMs);
      // A merged duplicate points to the case received just before it.
      await tx`update cases d set merged_into = p.prev
        from (select id, lag(id) over (order by received_at, id) as prev from cases
              where tenant_id = ${tenantId} and received_at >= ${chunkStart.toISOString()}::timestamptz) p
        where d.tenant_id = ${tenantId} and d.id = p.id and d.status = 'merged' and d.merged_into is null
          and p.prev is not null`;
      await tx`insert into case_counters (tenant_id, year, last)
        select ${tenantId}, split_part(code, '-', 2)::int, max(split_part(code, '-', 3)::int)
        from cases where tenant_id = ${tenantId} and received_at >= ${chunkStart.toISOString()}::timestamptz
          and code like ${`${prefix}-%`} group by 2
        on conflict (tenant_id, year) do update set last = greatest(case_counters.last, excluded.last)`;
    });
    options.onProgress?.(to);
  }
  for (const index of secondary) await sql.unsafe(index.definition);
  // Statistics for the planner, and the visibility map so counts can be index-only scans.
  await sql`vacuum (analyze) cases`;
  await sql`vacuum (analyze) case_events`;
  return count;
}
