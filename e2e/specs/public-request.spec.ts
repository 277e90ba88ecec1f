import { expect, test, type Browser, type Page } from '@playwright/test';
import { demoEmail, DEMO_PASSWORD, submitSignIn } from '../support/accounts.js';
import { findChromium } from '../support/chromium.js';
import { tenantUrl } from '../support/hosts.js';

test.skip(!findChromium(), 'Chromium is not installed');

const SLUG = 'thanhhoa';
const PHONE = '0913 680 916';
const ANSWER = 'Trạm y tế phường tiêm vắc-xin cho trẻ vào sáng thứ Bảy hằng tuần, mang theo sổ tiêm chủng.';
/** A real 1×1 PNG, the photo the citizen sends with the request. */
const PHOTO = {
  name: 'anh-so-tiem-chung.png',
  mimeType: 'image/png',
  buffer: Buffer.from(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
    'base64',
  ),
};
/** A Windows program named like a photo: the API reads the bytes and refuses it. */
const FAKE_PHOTO = {
  name: 'anh-gia.png',
  mimeType: 'image/png',
  buffer: Buffer.concat([Buffer.from('MZ'), Buffer.from([0x90, 0]), Buffer.alloc(252)]),
};

/**
 * The operator finds the citizen's photo on the case page, then answers the case through the API with
 * their own session (what the console does).
 */
async function operatorAnswers(browser: Browser, code: string) {
  const page = await (await browser.newContext()).newPage();
  await page.goto(tenantUrl(SLUG, '/dang-nhap?next=/tong-dai-vien'));
  await submitSignIn(page, demoEmail('tongdaivien', SLUG), DEMO_PASSWORD);
  await expect(page).toHaveURL((url) => url.pathname === '/tong-dai-vien');
  const result = await page.evaluate(
    async ({ code, answer }) => {
      // eslint-disable-next-line @typescript-eslint/no-explicit-any
      const json = async (path: string, body?: unknown): Promise<any> => {
        const res = await fetch(`/api${path}`, {
          method: body === undefined ? 'GET' : 'POST',
          headers: body === undefined ? {} : { 'content-type': 'application/json' },
          body: body === undefined ? null : JSON.stringify(body),
        });
        if (!res.ok) throw new Error(`${path}: ${res.status} ${await res.text()}`);
        return res.json();
      };
      const { cases } = await json(`/v1/cases?q=${encodeURIComponent(code)}`);
      const found = cases.find((c: { code: string }) => c.code === code);
      const detail = await json(`/v1/cases/${found.id}`);
      const { agencies } = await json('/v1/agencies');
      const escalated = await json(`/v1/cases/${found.id}/escalate`, {
        version: detail.case.version,
        agencyId: agencies[0].id,
      });
      const answered = await json(`/v1/cases/${found.id}/agency-answer`, {
        version: escalated.case.version,
        text: answer,
      });
      return { id: found.id as string, status: answered.case.status as string };
    },
    { code, answer: ANSWER },
  );
  expect(result.status).toBe('answered');
  await page.goto(tenantUrl(SLUG, `/tong-dai-vien/yeu-cau/${result.id}`));
  const row = page.getByTestId('attachments').getByTestId('attachment-row');
  await expect(row).toHaveCount(1);
  await expect(row).toContainText(PHOTO.name);
  await expect(row).toContainText('Người dân');
  await page.context().close();
}

async function lookUp(page: Page, code: string, contact: string) {
  await page.goto(tenantUrl(SLUG, '/tra-cuu'));
  const form = page.getByTestId('lookup-form');
  await form.getByLabel('Mã hồ sơ').fill(code);
  await form.getByLabel('Số điện thoại hoặc e-mail').fill(contact);
  await form.getByRole('button', { name: 'Tra cứu' }).click();
}

test('a citizen sends a request, follows it by code and phone, and reads the answer', async ({
  page,
  browser,
}) => {
  test.setTimeout(90_000);
  const content = `Xin hỏi lịch tiêm vắc-xin cho trẻ 2 tuổi tại trạm y tế phường (${Date.now()})`;

  await test.step('the form: honeypot left empty, proof-of-work solved by the page', async () => {
    await page.goto(tenantUrl(SLUG, '/'));
    await page
      .getByRole('navigation', { name: 'Điều hướng chính' })
      .getByRole('link', { name: 'Gửi yêu cầu' })
      .click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Gửi yêu cầu đến tổng đài 1022');
    const form = page.getByTestId('request-form');
    await form
      .getByLabel('Lĩnh vực')
      .selectOption({ label: 'Tư vấn, hỗ trợ y tế (cấp cứu, sức khỏe, chữa bệnh, xét nghiệm)' });
    await form.getByLabel('Nội dung yêu cầu').fill(content);
    await form.getByLabel('Xã, phường').fill('Phường Điện Biên');
    await form.getByLabel('Họ và tên').fill('Nguyễn Thị Hoa');
    await form.getByLabel('Số điện thoại').fill(PHONE);
    await expect(form.locator('input[name="website"]')).toHaveValue('');
    await expect(form.locator('.hp')).toHaveAttribute('aria-hidden', 'true');
    await expect(form.getByTestId('pow')).toHaveAttribute('data-state', 'done', { timeout: 30_000 });
    await expect(form.getByRole('status')).toHaveText(/Đã xác minh/);
  });

  await test.step('without consent the form is refused with a message linked to the box', async () => {
    await page.getByRole('button', { name: 'Gửi yêu cầu' }).click();
    const summary = page.getByTestId('form-error');
    await expect(summary).toContainText('đồng ý cho phép xử lý dữ liệu cá nhân');
    await summary.getByRole('link').first().click();
    await expect(page.getByLabel(/Tôi đồng ý cho tổng đài 1022/)).toBeFocused();
    await expect(page.getByLabel(/Tôi đồng ý cho tổng đài 1022/)).toHaveAttribute('aria-invalid', 'true');
    // What was typed is kept.
    await expect(page.getByLabel('Nội dung yêu cầu')).toHaveValue(content);
  });

  let code = '';
  await test.step('a program disguised as a photo is refused by name; nothing typed is lost', async () => {
    await page.getByLabel(/Tôi đồng ý cho tổng đài 1022/).check();
    await page.getByLabel('Ảnh, tài liệu gửi kèm').setInputFiles(FAKE_PHOTO);
    await page.getByRole('button', { name: 'Gửi yêu cầu' }).click();
    await expect(page.getByTestId('files-error')).toContainText(`Tệp "${FAKE_PHOTO.name}" không được nhận`);
    await expect(page.getByTestId('form-error')).toContainText(FAKE_PHOTO.name);
    await expect(page.getByTestId('files-again')).toContainText('vui lòng chọn lại');
    await expect(page.getByLabel('Nội dung yêu cầu')).toHaveValue(content);
    await expect(page.getByLabel('Số điện thoại')).toHaveValue(PHONE);
    await expect(page.getByLabel(/Tôi đồng ý cho tổng đài 1022/)).toBeChecked();
  });

  await test.step('with consent and a real photo it is received and the case code shown', async () => {
    await page.getByLabel('Ảnh, tài liệu gửi kèm').setInputFiles(PHOTO);
    await expect(page.getByTestId('files-error')).toHaveCount(0);
    await page.getByRole('button', { name: 'Gửi yêu cầu' }).click();
    await expect(page).toHaveURL(/\/tra-cuu\/[\w-]{22}\.[\w-]{22}\?da-gui=1$/);
    const notice = page.getByTestId('sent-notice');
    await expect(notice).toContainText(/Mã hồ sơ của bạn: TH-\d{4}-\d{6}/);
    code = /TH-\d{4}-\d{6}/.exec((await notice.textContent()) ?? '')![0];
    await expect(page.getByTestId('case-status')).toHaveText('Đã tiếp nhận');
    await expect(page.getByTestId('case-files')).toHaveText('Đã gửi kèm 1 tệp');
    await expect(page.locator('body')).not.toContainText(PHOTO.name);
  });

  await test.step('a wrong phone gets a neutral answer; code and phone find the case', async () => {
    await lookUp(page, code, '0913 680 917');
    await expect(page.getByTestId('form-error')).toContainText('Không tìm thấy hồ sơ');
    await lookUp(page, code.toLowerCase(), PHONE);
    await expect(page.getByTestId('case-code')).toHaveText(`Hồ sơ ${code}`);
    await expect(page.getByTestId('case-status')).toHaveText('Đã tiếp nhận');
    await expect(page.getByTestId('case-timeline')).toContainText('Tổng đài đã tiếp nhận yêu cầu');
    await expect(page.getByTestId('case-answer')).toHaveCount(0);
    await expect(page.locator('body')).not.toContainText('Nguyễn Thị Hoa');
  });

  await test.step('after an operator answers, the citizen sees the answer', async () => {
    await operatorAnswers(browser, code);
    await page.reload();
    await expect(page.getByTestId('case-status')).toHaveText('Đã trả lời');
    await expect(page.getByTestId('case-answer')).toContainText(ANSWER);
    await expect(page.getByTestId('case-timeline')).toContainText('Đã có câu trả lời');
  });
});
