import { readFile } from 'node:fs/promises';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { demoTotp, DEMO_PASSWORD, submitSignIn } from '../support/accounts.js';
import { findChromium } from '../support/chromium.js';
import { platformUrl, tenantUrl } from '../support/hosts.js';
import { waitForMailLink } from '../support/mail.js';
import { totpFor } from '../support/totp.js';

test.skip(!findChromium(), 'Chromium is not installed');

const SLUG = 'hatinh';
const adminEmail = `quantri.hatinh.${Date.now()}@example.vn`;
const adminPassword = 'Ha-Tinh-1022-khoi-tao';
const wizard = (step = '') => tenantUrl(SLUG, `/quan-tri/khoi-tao${step ? `/${step}` : ''}`);

// One good row per kind of unit, and one row whose phone number cannot be a Vietnamese number.
const DIRECTORY_CSV = [
  'Mã,Tên cơ quan,Loại,Email,Chuyển cuộc gọi,Số điện thoại 1,Số điện thoại 2',
  'SYT,Sở Y tế Hà Tĩnh,Sở/ngành,syt@hatinh.gov.vn,có,0239.3855.111,0913.680.916',
  'UBND-KA,UBND huyện Kỳ Anh,UBND huyện,,có,0239 3865 222,',
  'TTYT-CL,Trung tâm Y tế huyện Can Lộc,Trung tâm y tế,,không,,',
  'SGTVT,Sở Giao thông Vận tải,Sở/ngành,,có,12345abc,',
].join('\r\n');

async function freshPage(browser: Browser): Promise<Page> {
  return (await browser.newContext()).newPage();
}

const thisYear = Number(
  new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Ho_Chi_Minh', year: 'numeric' }).format(new Date()),
);

test('a platform admin opens Hà Tĩnh; its admin completes the wizard and takes it live', async ({
  browser,
}) => {
  test.setTimeout(240_000);
  const platform = await freshPage(browser);
  const admin = await freshPage(browser);

  await test.step('the platform admin creates Hà Tĩnh and appoints its admin', async () => {
    await platform.goto(platformUrl('/dang-nhap?next=/nen-tang'));
    await submitSignIn(platform, 'platform@demo.1022.vn', DEMO_PASSWORD);
    await expect(platform).toHaveURL(/\/xac-thuc-2-lop/);
    await platform.getByLabel('Mã xác thực hoặc mã khôi phục').fill(demoTotp());
    await platform.getByRole('button', { name: 'Xác nhận', exact: true }).click();
    await expect(platform).toHaveURL(/\/nen-tang$/);

    await platform.getByLabel('Tên miền con').fill(SLUG);
    await platform.getByLabel('Tên ngắn').fill('Hà Tĩnh');
    await platform.getByLabel('Tên chính thức').fill('Tổng đài 1022 tỉnh Hà Tĩnh');
    await platform.getByLabel('Mã vùng điện thoại').fill('0239');
    await platform.getByRole('button', { name: 'Thêm', exact: true }).click();
    const row = platform.getByTestId('tenant-row').filter({ hasText: SLUG });
    await expect(row).toContainText('Đang triển khai');

    await row.getByLabel('Họ tên').fill('Trần Thị Quản Trị');
    await row.getByLabel('Email').fill(adminEmail);
    await row.getByRole('button', { name: 'Gửi lời mời' }).click();
    await expect(platform.getByText('Đã gửi lời mời quản trị viên.')).toBeVisible();
  });

  await test.step('before going live, the landing says the hotline is being set up', async () => {
    await admin.goto(tenantUrl(SLUG));
    await expect(admin.getByTestId('tenant-name')).toContainText('Hà Tĩnh');
    await expect(admin.getByTestId('tenant-not-live')).toBeVisible();
  });

  await test.step('the appointed admin accepts on hatinh.localhost and sets up 2FA', async () => {
    const link = await waitForMailLink(adminEmail);
    expect(new URL(link).host).toBe(new URL(tenantUrl(SLUG)).host);
    await admin.goto(link);
    await expect(admin.getByTestId('invite-email')).toHaveText(adminEmail);
    await admin.getByLabel('Họ và tên').fill('Trần Thị Quản Trị');
    await admin.getByLabel('Mật khẩu', { exact: true }).fill(adminPassword);
    await admin.getByRole('button', { name: 'Nhận lời mời' }).click();
    await expect(admin).toHaveURL(/\/dang-nhap/);

    await submitSignIn(admin, adminEmail, adminPassword);
    await expect(admin).toHaveURL(/\/cai-dat-2-lop/);
    await admin.getByRole('button', { name: 'Bắt đầu cài đặt' }).click();
    const key = (await admin.getByTestId('totp-secret').innerText()).replace(/\s/g, '');
    await admin.getByLabel('Mã xác thực', { exact: true }).fill(totpFor(key));
    await admin.getByRole('button', { name: 'Bật xác thực hai lớp' }).click();
    await expect(admin.getByTestId('recovery-codes')).toBeVisible();
    await admin.getByRole('link', { name: 'Tôi đã lưu các mã, tiếp tục' }).click();
    await expect(admin).toHaveURL(/\/quan-tri$/);
  });

  await test.step('the wizard starts, and going live is refused with what is missing', async () => {
    await admin.getByTestId('wizard-card').getByRole('link').click();
    await expect(admin).toHaveURL(wizard());
    await expect(admin.getByTestId('checklist-summary')).toContainText('Còn thiếu');
    await admin.goto(wizard('van-hanh'));
    await admin.getByTestId('go-live').click();
    const refusal = admin.getByTestId('go-live-refused');
    await expect(refusal).toContainText('Chưa thể đưa vào vận hành');
    await expect(refusal).toContainText('Số tổng đài 1022');
    await expect(refusal).toContainText('Danh mục chủ đề');
    await admin.goto(wizard());
    await admin.getByTestId('wizard-resume').click();
    await expect(admin).toHaveURL(wizard('tinh'));
  });

  await test.step('province details', async () => {
    const form = admin.getByTestId('province-form');
    await form.getByLabel('Mã vùng điện thoại').fill('239');
    await form.getByRole('button', { name: 'Lưu' }).click();
    await expect(form.getByText('Mã vùng có dạng 0xxx')).toBeVisible();
    await form.getByLabel('Mã vùng điện thoại').fill('0239');
    await form.getByRole('button', { name: 'Lưu' }).click();
    await expect(admin.getByTestId('done-notice')).toHaveText('Đã lưu.');
    await admin.getByTestId('next-step').click();
    await expect(admin).toHaveURL(wizard('kenh'));
  });

  await test.step('channels: the two 1022 numbers, portal, e-mail, Zalo OA and Facebook', async () => {
    const add = async (kind: string, value: string, label: string, secret?: string) => {
      const form = admin.getByTestId('channel-new');
      await form.getByLabel('Loại kênh').selectOption(kind);
      await form.getByLabel('Số điện thoại, địa chỉ hoặc tài khoản').fill(value);
      await form.getByLabel('Nội dung hiển thị').fill(label);
      if (secret) await form.getByLabel('Khóa tích hợp').fill(secret);
      await form.getByRole('button', { name: 'Thêm kênh' }).click();
      await expect(admin.getByTestId('done-notice')).toHaveText('Đã thêm.');
    };
    // A channel without its display text is refused next to the field.
    const form = admin.getByTestId('channel-new');
    await form.getByLabel('Số điện thoại, địa chỉ hoặc tài khoản').fill('1022');
    await form.getByRole('button', { name: 'Thêm kênh' }).click();
    await expect(
      admin.getByTestId('channel-new').getByText('Vui lòng nhập nội dung hiển thị.'),
    ).toBeVisible();

    await add('hotline', '1022', 'Gọi từ điện thoại cố định trong tỉnh (miễn phí)');
    await add('hotline', '02391022', 'Gọi từ di động hoặc từ tỉnh khác');
    await add('portal', 'https://1022.hatinh.gov.vn', 'Cổng thông tin 1022 Hà Tĩnh');
    await add('email', '1022@hatinh.gov.vn', 'Gửi thư điện tử');
    await add('zalo', 'Tổng đài 1022 Hà Tĩnh', 'Zalo OA', 'zalo-oa-access-token');
    await add('facebook', 'https://facebook.com/tongdai1022hatinh', 'Trang Facebook của tổng đài');
    const rows = admin.getByTestId('channel-row');
    await expect(rows).toHaveCount(6);
    // Rows hold their edit forms (whose hints quote examples), so rows are picked by what they display.
    const row = (display: string) =>
      rows.filter({ has: admin.getByTestId('channel-display').getByText(display, { exact: true }) });
    await expect(row('0239 1022')).toHaveCount(1);
    await expect(row('Tổng đài 1022 Hà Tĩnh').getByTestId('secret-state')).toHaveText('đã đặt');
    await expect(row('facebook.com/tongdai1022hatinh').getByTestId('secret-state')).toHaveText('chưa đặt');
    await expect(admin.locator('body')).not.toContainText('zalo-oa-access-token');
    await expect(admin.getByTestId('check-item').and(admin.locator('[data-key="hotline"]'))).toHaveAttribute(
      'data-state',
      'done',
    );
    await admin.getByTestId('next-step').click();
  });

  await test.step('topics: from the Thanh Hóa template, renamed and reordered', async () => {
    await expect(admin).toHaveURL(wizard('chu-de'));
    await admin.getByRole('button', { name: 'Tạo 10 chủ đề từ mẫu Thanh Hóa' }).click();
    await expect(admin.getByTestId('done-notice')).toContainText('10 chủ đề');
    const rows = admin.getByTestId('topic-row');
    await expect(rows).toHaveCount(10);
    const second = await rows.nth(1).getByTestId('topic-name').innerText();
    await rows
      .nth(1)
      .getByRole('button', { name: `Chuyển lên trên: ${second}` })
      .click();
    await expect(admin.getByTestId('done-notice')).toHaveText('Đã đổi thứ tự.');
    await expect(admin.getByTestId('topic-row').first().getByTestId('topic-name')).toHaveText(second);

    const last = admin.getByTestId('topic-row').last();
    await last.locator('summary').click();
    await last.getByLabel('Tên chủ đề').fill('Các vấn đề khác do Chủ tịch UBND tỉnh giao');
    await last.getByRole('button', { name: 'Lưu' }).click();
    await expect(admin.getByTestId('topic-row').last()).toContainText(
      'Các vấn đề khác do Chủ tịch UBND tỉnh giao',
    );
    await admin.getByTestId('next-step').click();
  });

  await test.step('agencies: a CSV with one bad row is previewed, the good rows imported', async () => {
    await expect(admin).toHaveURL(wizard('to-chuc'));
    await admin.getByLabel('Tệp danh bạ').setInputFiles({
      name: 'co-quan-ha-tinh.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(DIRECTORY_CSV, 'utf8'),
    });
    await admin.getByRole('button', { name: 'Xem trước' }).click();
    const preview = admin.getByTestId('import-preview');
    await expect(preview.getByTestId('import-summary')).toContainText('4 dòng: 3 dòng hợp lệ');
    await expect(preview.getByTestId('import-summary')).toContainText('1 dòng lỗi');
    const bad = preview.getByTestId('import-row').filter({ hasText: 'SGTVT' });
    await expect(bad.getByTestId('import-errors')).toContainText('Số điện thoại 1');
    await expect(preview.getByTestId('import-row').filter({ hasText: 'SYT' })).toContainText('Thêm mới');
    // Nothing is written by the preview.
    await expect(admin.getByTestId('agency-row')).toHaveCount(0);

    await preview.getByTestId('import-commit').click();
    await expect(admin.getByTestId('done-notice')).toHaveText(
      'Đã nhập 3 cơ quan, đơn vị. Bỏ qua 1 dòng lỗi.',
    );
    await expect(admin.getByTestId('agency-row')).toHaveCount(3);
    // Rows hold their edit forms (listing every agency as a parent), so rows are picked by their name.
    const agency = (name: string) =>
      admin
        .getByTestId('agency-row')
        .filter({ has: admin.getByTestId('agency-name').getByText(name, { exact: true }) });
    const syt = agency('Sở Y tế Hà Tĩnh');
    await expect(syt).toContainText('0239 3855 111');
    await expect(syt).toContainText('0913 680 916');
    await expect(agency('Trung tâm Y tế huyện Can Lộc')).toContainText('Không chuyển cuộc gọi');

    // The skipped row is fixed by hand, with office hours on its second number.
    const form = admin.getByTestId('agency-new');
    await form.getByLabel('Mã', { exact: true }).fill('SGTVT');
    await form.getByLabel('Tên cơ quan, đơn vị').fill('Sở Giao thông Vận tải');
    await form.getByLabel('Số điện thoại 1').fill('0912 345 678');
    await form.getByLabel('Số điện thoại 2').fill('0239.3856.333');
    await form.locator('[id="agency-new-h1-schedule"]').fill('T9 07:00-11:00');
    await form.getByRole('button', { name: 'Thêm cơ quan, đơn vị' }).click();
    await expect(admin.getByTestId('agency-new').getByText('Không hiểu ngày "T9"')).toBeVisible();
    await admin
      .getByTestId('agency-new')
      .locator('[id="agency-new-h1-schedule"]')
      .fill('T2-T6 07:00-11:30, 13:30-17:00');
    await admin.getByTestId('agency-new').getByRole('button', { name: 'Thêm cơ quan, đơn vị' }).click();
    await expect(admin.getByTestId('done-notice')).toHaveText('Đã thêm.');
    const sgtvt = agency('Sở Giao thông Vận tải');
    await expect(sgtvt).toContainText('0912 345 678');
    await expect(sgtvt).toContainText('0239 3856 333 – T2-T6 07:00-11:30, 13:30-17:00');

    // The export link downloads the directory with the import's columns.
    const [download] = await Promise.all([
      admin.waitForEvent('download'),
      admin.getByTestId('export-csv').click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^co-quan-hatinh-\d{4}-\d{2}-\d{2}\.csv$/);
    const csv = await readFile(await download.path(), 'utf8');
    expect(csv).toContain('Số điện thoại 1');
    for (const code of ['SYT', 'UBND-KA', 'TTYT-CL', 'SGTVT']) expect(csv).toContain(code);
    await admin.getByTestId('next-step').click();
  });

  await test.step('IVR: branch 3 for health, with this week’s duty roster', async () => {
    await expect(admin).toHaveURL(wizard('ivr'));
    const form = admin.getByTestId('branch-new');
    await form.getByLabel('Phím bấm').fill('3');
    await form.getByLabel('Tên nhánh').fill('Y tế');
    await form.getByLabel('Chủ đề').selectOption({ index: 3 });
    await form.getByLabel('Trung tâm Y tế huyện Can Lộc (TTYT-CL)').check();
    await form.getByRole('button', { name: 'Thêm nhánh' }).click();
    await expect(admin.getByTestId('done-notice')).toHaveText('Đã thêm.');
    await expect(admin.getByTestId('branch-row')).toContainText('Trung tâm Y tế huyện Can Lộc');

    const roster = admin.getByTestId('roster');
    const first = roster.getByTestId('roster-row').first();
    await first.getByLabel('Thứ', { exact: true }).selectOption('2');
    await first.getByLabel('Họ tên người trực').fill('Nguyễn Văn Trực');
    await first.getByLabel('Số điện thoại').fill('0912.000.111');
    await roster.getByRole('button', { name: 'Lưu lịch trực tuần này' }).click();
    await expect(admin.getByTestId('done-notice')).toHaveText('Đã lưu lịch trực của tuần.');
    const saved = admin.getByTestId('roster').getByTestId('roster-row').first();
    await expect(saved.getByLabel('Họ tên người trực')).toHaveValue('Nguyễn Văn Trực');
    await expect(saved.getByLabel('Số điện thoại')).toHaveValue('0912 000 111');
    await expect(admin.getByTestId('roster-week')).toHaveText(
      /^Tuần \d{2}\/\d{2}\/\d{4} – \d{2}\/\d{2}\/\d{4}$/,
    );
    await admin.getByTestId('next-step').click();
  });

  await test.step('SLA policy: a class for every topic, office hours and a day off', async () => {
    await expect(admin).toHaveURL(wizard('sla'));
    const form = admin.getByTestId('sla-new');
    await form.getByLabel('Mã', { exact: true }).fill('THUONG');
    await form.getByLabel('Tên mức').fill('Thông thường');
    await form.getByRole('group', { name: 'Xác nhận tiếp nhận trong' }).getByLabel('Số lượng').fill('4');
    await form.getByRole('group', { name: 'Trả lời trong' }).getByLabel('Số lượng').fill('3');
    await form.getByRole('button', { name: 'Thêm mức thời hạn' }).click();
    await expect(admin.getByTestId('done-notice')).toHaveText('Đã thêm.');
    await expect(admin.getByTestId('sla-row')).toContainText('4 giờ làm việc');
    await expect(admin.getByTestId('topics-without-sla')).toContainText('10 chủ đề');
    await admin.getByTestId('sla-apply').click();
    await expect(admin.getByTestId('done-notice')).toHaveText(
      'Đã gán mức thời hạn cho các chủ đề còn thiếu.',
    );
    await expect(admin.getByTestId('sla-row')).toContainText('Đang dùng cho 10 chủ đề.');

    await expect(admin.getByTestId('calendar-unconfirmed')).toBeVisible();
    await admin.getByTestId('calendar-form').getByRole('button', { name: 'Lưu giờ làm việc' }).click();
    await expect(admin.getByTestId('done-notice')).toHaveText('Đã lưu.');
    await expect(admin.getByTestId('calendar-unconfirmed')).toHaveCount(0);
    await expect(admin.getByTestId('public-holidays')).toContainText('Giỗ Tổ Hùng Vương');

    const day = admin.getByTestId('day-form');
    await day.getByLabel('Ngày', { exact: true }).fill(`31/02/${thisYear}`);
    await day.getByLabel('Tên ngày').fill('Nghỉ bù');
    await day.getByRole('button', { name: 'Thêm ngày' }).click();
    await expect(
      admin.getByTestId('day-form').getByText(`Ngày "31/02/${thisYear}" không hợp lệ`),
    ).toBeVisible();
    await admin.getByTestId('day-form').getByLabel('Ngày', { exact: true }).fill(`02/01/${thisYear}`);
    await admin.getByTestId('day-form').getByRole('button', { name: 'Thêm ngày' }).click();
    await expect(admin.getByTestId('calendar-day')).toContainText(`02/01/${thisYear}`);
    await admin.getByTestId('next-step').click();
  });

  await test.step('FAQ and staff', async () => {
    await expect(admin).toHaveURL(wizard('hoi-dap'));
    await expect(admin.getByTestId('faq-count')).toContainText('0 câu hỏi');
    await expect(admin.getByRole('link', { name: 'Mở trang quản lý hỏi đáp' })).toHaveAttribute(
      'href',
      '/quan-tri/hoi-dap',
    );
    await admin.getByTestId('next-step').click();
    await expect(admin).toHaveURL(wizard('nhan-su'));
    const invite = admin.getByTestId('invite-form');
    await invite.getByLabel('Email').fill(`tongdaivien.hatinh.${Date.now()}@example.vn`);
    await invite.getByLabel('Vai trò').selectOption('operator');
    await invite.getByRole('button', { name: 'Gửi lời mời' }).click();
    await expect(admin.getByTestId('done-notice')).toHaveText('Đã gửi lời mời.');
    await expect(admin.getByTestId('staff-counts')).toContainText('1 lời mời');
    await admin.getByTestId('next-step').click();
  });

  await test.step('review and go live', async () => {
    await expect(admin).toHaveURL(wizard('van-hanh'));
    await expect(admin.getByTestId('checklist-summary')).toHaveText('Đã đủ điều kiện để vận hành.');
    await expect(admin.getByTestId('ready')).toBeVisible();
    await admin.getByTestId('go-live').click();
    await expect(admin.getByTestId('done-notice')).toHaveText('Tổng đài đã được đưa vào vận hành.');
    await expect(admin.getByTestId('live')).toBeVisible();
  });

  await test.step('the same configuration stays editable on the settings pages', async () => {
    await admin.goto(tenantUrl(SLUG, '/quan-tri/cai-dat/to-chuc'));
    await expect(admin.getByTestId('agency-row')).toHaveCount(4);
    await expect(admin.getByTestId('onboarding-banner')).toHaveCount(0);
  });

  await test.step('the public landing of Hà Tĩnh shows its channels', async () => {
    const visitor = await freshPage(browser);
    await visitor.goto(tenantUrl(SLUG));
    await expect(visitor.getByTestId('tenant-name')).toHaveText('Tổng đài 1022 tỉnh Hà Tĩnh');
    await expect(visitor.getByTestId('tenant-not-live')).toHaveCount(0);
    const channels = visitor.getByTestId('channel');
    await expect(channels).toHaveCount(6);
    await expect(visitor.getByRole('link', { name: 'Gọi 1022' })).toHaveAttribute('href', 'tel:1022');
    await expect(channels.filter({ hasText: '0239 1022' })).toContainText('Gọi từ di động hoặc từ tỉnh khác');
    await expect(channels.filter({ hasText: '1022@hatinh.gov.vn' })).toHaveCount(1);
    await expect(channels.filter({ hasText: '1022.hatinh.gov.vn' })).toHaveCount(1);
    await expect(channels.filter({ hasText: 'Tổng đài 1022 Hà Tĩnh' })).toContainText('Zalo');
    await expect(channels.filter({ hasText: 'facebook.com/tongdai1022hatinh' })).toHaveCount(1);
    await expect(visitor.locator('body')).not.toContainText('zalo-oa-access-token');
  });
});
