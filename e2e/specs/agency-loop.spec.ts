import { readFileSync } from 'node:fs';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { demoEmail, DEMO_PASSWORD, submitSignIn } from '../support/accounts.js';
import { findChromium } from '../support/chromium.js';
import { tenantUrl } from '../support/hosts.js';
import { waitForMailLink } from '../support/mail.js';

test.skip(!findChromium(), 'Chromium is not installed');

const SLUG = 'haiduong';
const stamp = Date.now().toString(36).toUpperCase();
const PHONE = '0912 345 678';
const NAME = 'Phạm Văn Hùng';
const CONTENT = `Tôi là ${NAME}, số điện thoại ${PHONE}. Con tôi 9 tháng tuổi, xin hỏi lịch tiêm vắc-xin sởi đợt ${stamp} ở trạm y tế phường?`;
const PHOTO_NAME = `Ảnh hiện trường ${stamp}.png`;
// A 1×1 PNG: what a phone photo looks like to the byte sniffer.
const PHOTO = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGO4oC0HAALoARqCOKGgAAAAAElFTkSuQmCC',
  'base64',
);
const ANSWER = `Trạm y tế phường tiêm vắc-xin sởi vào **thứ Bảy** hằng tuần (đợt ${stamp}).\n\n- Mang theo sổ tiêm chủng\n- Đến từ 7h30 đến 11h`;

async function signedIn(
  browser: Browser,
  login: string,
  next: string,
  options: { javaScriptEnabled?: boolean } = {},
): Promise<Page> {
  const page = await (await browser.newContext(options)).newPage();
  await page.goto(tenantUrl(SLUG, `/dang-nhap?next=${encodeURIComponent(next)}`));
  await submitSignIn(page, demoEmail(login, SLUG), DEMO_PASSWORD);
  await expect(page).toHaveURL((url) => url.pathname === next);
  return page;
}

/** A JSON call to the API from the signed-in page (same origin, session cookie). */
async function api<T>(
  page: Page,
  path: string,
  body?: unknown,
  headers: Record<string, string> = {},
): Promise<T> {
  const res = await page.evaluate(
    async ({ path, body, headers }) => {
      const r = await fetch(`/api${path}`, {
        method: body === undefined ? 'GET' : 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
      return { status: r.status, json: (await r.json()) as unknown };
    },
    { path, body, headers },
  );
  expect(res.status, JSON.stringify(res.json)).toBeLessThan(300);
  return res.json as T;
}

interface CaseState {
  id: string;
  code: string;
  version: number;
  status: string;
}

test('an escalated case is answered by Sở Y tế, relayed, published without the caller’s phone', async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const operator = await signedIn(browser, 'tongdaivien', '/tong-dai-vien');

  let kase!: CaseState;
  await test.step('the operator records a call and escalates it to Sở Y tế in writing', async () => {
    const { agencies } = await api<{ agencies: { id: string; code: string; name: string }[] }>(
      operator,
      '/v1/agencies',
    );
    const health = agencies.find((a) => a.code === 'SYT')!;
    expect(health.name).toBe('Sở Y tế Hải Dương');
    const { topics } = await api<{ topics: { id: string; code: string }[] }>(operator, '/v1/tenant');
    const topic = topics.find((t) => t.code === 'HD02')!;
    const created = await api<{ case: CaseState }>(
      operator,
      '/v1/cases',
      { channel: 'hotline', content: CONTENT, citizen: { name: NAME, phone: PHONE }, topicId: topic.id },
      { 'idempotency-key': `e2e-agency-${stamp}` },
    );
    const escalated = await api<{ case: CaseState }>(operator, `/v1/cases/${created.case.id}/escalate`, {
      version: created.case.version,
      agencyId: health.id,
      letterNumber: `${stamp}/STTTT-1022`,
    });
    kase = escalated.case;
    expect(kase.status).toBe('escalated');
  });

  await test.step('it appears in the Sở Y tế portal; the agency acknowledges and answers', async () => {
    const agency = await signedIn(browser, 'coquan', '/co-quan-xu-ly');
    await expect(agency.getByTestId('role-home')).toContainText('Sở Y tế Hải Dương');
    const row = agency
      .getByTestId('agency-waiting')
      .getByTestId('agency-case-row')
      .filter({ hasText: kase.code });
    await expect(row).toHaveCount(1);
    await expect(row.getByTestId('agency-case-due')).toHaveText(/^\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}$/);
    await expect(row.getByTestId('sla-state')).toBeVisible();
    await expect(row).not.toContainText(PHONE);
    await row.getByRole('link', { name: kase.code }).click();
    await expect(agency.getByTestId('case-code')).toContainText(kase.code);

    await agency.getByTestId('step-acknowledge').getByRole('button', { name: 'Xác nhận đã nhận' }).click();
    await expect(agency.getByTestId('done-notice')).toContainText('Đã xác nhận');
    await expect(agency.getByTestId('case-status')).toHaveAttribute('data-status', 'acknowledged');

    await agency.getByLabel('Nội dung trả lời').fill(ANSWER);
    await agency.getByRole('button', { name: 'Gửi câu trả lời' }).click();
    await expect(agency.getByTestId('done-notice')).toContainText('Đã gửi câu trả lời');
    await expect(agency.getByTestId('agency-answer').locator('strong')).toHaveText('thứ Bảy');
    await expect(agency.getByTestId('agency-answer').locator('li')).toHaveCount(2);
    await agency.context().close();
  });

  await test.step('the agency attaches a photo; the operator sees it, downloads it, adds a 10 MB scan', async () => {
    const agency = await signedIn(browser, 'coquan', `/co-quan-xu-ly/yeu-cau/${kase.id}`);
    const files = agency.getByTestId('attachments');
    await files
      .getByLabel('Chọn tệp')
      .setInputFiles({ name: PHOTO_NAME, mimeType: 'image/png', buffer: PHOTO });
    await files.getByRole('button', { name: 'Đính kèm' }).click();
    await expect(files.getByTestId('attachment-done')).toContainText(PHOTO_NAME);
    await expect(files.getByTestId('attachment-row')).toContainText([PHOTO_NAME]);
    await agency.context().close();

    await operator.goto(tenantUrl(SLUG, `/tong-dai-vien/yeu-cau/${kase.id}`));
    const list = operator.getByTestId('attachments');
    const row = list.getByTestId('attachment-row').filter({ hasText: PHOTO_NAME });
    await expect(row).toContainText('1 KB');
    await expect(row).toContainText(/\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}/);
    await expect(row).toContainText('Cơ quan');
    const download = operator.waitForEvent('download');
    await row.getByRole('link').click();
    const saved = await (await download).path();
    expect(readFileSync(saved).equals(PHOTO)).toBe(true);
    await expect(operator.getByTestId('timeline')).toContainText(`Đính kèm tệp ${PHOTO_NAME}`);

    // The largest file allowed goes through the web server's form action to the API.
    const scan = Buffer.alloc(10 * 1024 * 1024, 0x20);
    scan.write('%PDF-1.4\n');
    await list
      .getByLabel('Chọn tệp')
      .setInputFiles({ name: 'Bản quét.pdf', mimeType: 'application/pdf', buffer: scan });
    await list.getByRole('button', { name: 'Đính kèm' }).click();
    await expect(list.getByTestId('attachment-done')).toContainText('Bản quét.pdf');
    await expect(list.getByTestId('attachment-row').filter({ hasText: 'Bản quét.pdf' })).toContainText(
      '10 MB',
    );
  });

  await test.step('the operator withdraws the scan added by mistake, in a page without JavaScript', async () => {
    const page = await signedIn(browser, 'tongdaivien', `/tong-dai-vien/yeu-cau/${kase.id}`, {
      javaScriptEnabled: false,
    });
    const list = page.getByTestId('attachments');
    const row = list.getByTestId('attachment-row').filter({ hasText: 'Bản quét.pdf' });
    // The agency's photo is not the operator's to withdraw.
    await expect(
      list.getByTestId('attachment-row').filter({ hasText: PHOTO_NAME }).getByTestId('attachment-withdraw'),
    ).toHaveCount(0);
    await row.locator('summary').click();
    await row.getByLabel('Lý do gỡ tệp').fill('Quét nhầm giấy tờ của hồ sơ khác');
    await row.getByRole('button', { name: 'Gỡ và xóa tệp' }).click();
    await expect(list.getByTestId('attachment-withdrawn')).toContainText('Đã gỡ tệp Bản quét.pdf');
    await expect(list.getByTestId('attachment-row')).toHaveCount(1);
    await expect(page.getByTestId('timeline')).toContainText('Gỡ tệp đính kèm Bản quét.pdf');
    await expect(page.getByTestId('timeline')).toContainText('Quét nhầm giấy tờ của hồ sơ khác');
    await page.context().close();
  });

  await test.step('the operator relays the answer to the caller', async () => {
    await operator.goto(tenantUrl(SLUG, `/tong-dai-vien/yeu-cau/${kase.id}`));
    await operator.getByTestId('step-relay').getByRole('button').click();
    await expect(operator.getByTestId('case-status')).toHaveAttribute('data-status', 'relayed');
    await expect(operator.getByTestId('timeline')).toContainText('Đã phản hồi người dân');
  });

  let publicPath = '';
  await test.step('it is published with the caller’s phone removed', async () => {
    await operator.goto(tenantUrl(SLUG, `/tong-dai-vien/yeu-cau/${kase.id}/cong-bo`));
    await expect(operator.getByTestId('findings').first()).toContainText(PHONE);
    const question = operator.getByLabel('Câu hỏi sẽ công bố');
    await expect(question).not.toHaveValue(/0912/);
    await expect(question).toHaveValue(/\[số điện thoại\]/);

    // A phone typed back in by hand is refused by the server.
    const redacted = await question.inputValue();
    await question.fill(`${redacted} Gọi lại 0912.345.678`);
    await operator.getByRole('button', { name: 'Công bố', exact: true }).click();
    await expect(operator.getByTestId('form-error')).toBeVisible();
    await expect(operator.locator('#pub-question-error')).toContainText('số điện thoại');

    await operator.getByLabel('Câu hỏi sẽ công bố').fill(redacted);
    await operator.getByRole('button', { name: 'Công bố', exact: true }).click();
    const link = operator.getByTestId('public-link');
    await expect(link).toBeVisible();
    publicPath = new URL((await link.getAttribute('href'))!, operator.url()).pathname;
  });

  await test.step('the public Q&A page shows it without personal data', async () => {
    const citizen = await (await browser.newContext()).newPage();
    await citizen.goto(tenantUrl(SLUG, '/cau-hoi-da-tra-loi'));
    const item = citizen.getByTestId('qa-item').filter({ hasText: `đợt ${stamp}` });
    await expect(item.first()).toBeVisible();
    await citizen.goto(tenantUrl(SLUG, publicPath));
    await expect(citizen.getByTestId('qa-question')).toContainText('lịch tiêm vắc-xin sởi');
    await expect(citizen.getByTestId('qa-answer').locator('strong')).toHaveText('thứ Bảy');
    const text = await citizen.locator('main').innerText();
    for (const personal of [PHONE, '0912345678', '345 678', NAME, 'Hùng', kase.code]) {
      expect(text, personal).not.toContain(personal);
    }
    expect(text).toContain('[số điện thoại]');
  });

  await test.step('the supervisor’s report for the month counts the escalation and exports it', async () => {
    const supervisor = await signedIn(browser, 'giamsat', '/giam-sat/bao-cao');
    // The month the case was received in, on the API's clock and the province's calendar.
    const { cases } = await api<{ cases: { receivedAt: string }[] }>(
      supervisor,
      `/v1/cases?q=${encodeURIComponent(kase.code)}`,
    );
    const month = new Intl.DateTimeFormat('en-CA', {
      timeZone: 'Asia/Ho_Chi_Minh',
      year: 'numeric',
      month: '2-digit',
    }).format(new Date(cases[0]!.receivedAt));
    await supervisor.getByLabel('Tháng (yyyy-mm)').fill(month);
    await supervisor.getByRole('button', { name: 'Xem báo cáo' }).click();
    await expect(supervisor).toHaveURL((url) => url.searchParams.get('thang') === month);
    const agencies = supervisor.getByTestId('report-agencies');
    await expect(agencies.getByRole('row').filter({ hasText: 'Sở Y tế' })).toBeVisible();
    const [download] = await Promise.all([
      supervisor.waitForEvent('download'),
      supervisor.getByTestId('report-xlsx').click(),
    ]);
    expect(download.suggestedFilename()).toMatch(new RegExp(`^bao-cao-thang-${month}-.+\\.xlsx$`));
    expect(
      readFileSync(await download.path())
        .subarray(0, 2)
        .toString(),
    ).toBe('PK');
  });
});

test('duplicates merge, an extension is approved, the citizen rates the answer through the link', async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const tag = `${stamp}B`;
  const email = `cong.dan.${tag.toLowerCase()}@example.test`;
  const phone = '0977 111 222';
  const operator = await signedIn(browser, 'tongdaivien', '/tong-dai-vien');
  const { agencies } = await api<{ agencies: { id: string; code: string }[] }>(operator, '/v1/agencies');
  const health = agencies.find((a) => a.code === 'SYT')!;
  const { topics } = await api<{ topics: { id: string; code: string }[] }>(operator, '/v1/tenant');
  const topicId = topics.find((t) => t.code === 'HD02')!.id;
  const intake = async (channel: string, citizen: Record<string, string>, key: string) =>
    (
      await api<{ case: CaseState }>(
        operator,
        '/v1/cases',
        { channel, content: `Hỏi địa điểm xét nghiệm PCR miễn phí đợt ${tag}`, citizen, topicId },
        { 'idempotency-key': `e2e-${key}-${tag}` },
      )
    ).case;

  const original = await intake('email', { email, phone }, 'orig');
  const duplicate = await intake('hotline', { phone }, 'dup');

  await test.step('the operator merges the duplicate call into the original', async () => {
    await operator.goto(tenantUrl(SLUG, `/tong-dai-vien/yeu-cau/${duplicate.id}/trung-lap`));
    const row = operator.getByTestId('duplicate').filter({ hasText: original.code });
    await expect(row).toContainText('Cùng số điện thoại');
    await row.getByRole('button', { name: `Gộp ${duplicate.code} vào ${original.code}` }).click();
    await expect(operator).toHaveURL(new RegExp(`/tong-dai-vien/yeu-cau/${original.id}/trung-lap`));
    await expect(operator.getByTestId('done-notice')).toContainText(duplicate.code);
  });

  const escalated = await api<{ case: CaseState }>(operator, `/v1/cases/${original.id}/escalate`, {
    version: original.version,
    agencyId: health.id,
  });

  await test.step('the agency asks for more time and a supervisor approves it', async () => {
    const agency = await signedIn(browser, 'coquan', '/co-quan-xu-ly');
    await agency.goto(tenantUrl(SLUG, `/co-quan-xu-ly/yeu-cau/${original.id}`));
    await agency.getByLabel('Lý do xin gia hạn').fill('Cần xác minh với Trung tâm Kiểm soát bệnh tật');
    await agency.getByRole('button', { name: 'Gửi đề nghị gia hạn' }).click();
    await expect(agency.getByTestId('done-notice')).toContainText('Đã gửi đề nghị gia hạn');
    await expect(agency.getByTestId('extension-pending')).toBeVisible();

    const supervisor = await signedIn(browser, 'giamsat', '/giam-sat/gia-han');
    const request = supervisor.getByTestId('pending-extension').filter({ hasText: original.code });
    await request.getByRole('button', { name: 'Đồng ý gia hạn' }).click();
    await expect(supervisor.getByTestId('done-notice')).toContainText(
      `Đã đồng ý gia hạn hồ sơ ${original.code}`,
    );

    await agency.reload();
    await expect(agency.getByTestId('extension').first()).toHaveAttribute('data-status', 'approved');
    await expect(agency.getByTestId('timeline')).toContainText('Giám sát đồng ý gia hạn');
    const answered = await api<{ case: CaseState }>(agency, `/v1/cases/${original.id}/agency-answer`, {
      version: (await api<{ case: CaseState }>(agency, `/v1/cases/${original.id}`)).case.version,
      text: 'Trạm y tế xã lấy mẫu **miễn phí** từ 8h đến 10h hằng ngày.',
    });
    expect(answered.case.status).toBe('answered');
    await agency.context().close();
    await supervisor.context().close();
  });

  await test.step('the relayed e-mail carries a link where the citizen rates the answer once', async () => {
    const now = (await api<{ case: CaseState }>(operator, `/v1/cases/${original.id}`)).case;
    expect(escalated.case.status).toBe('escalated');
    await api(operator, `/v1/cases/${original.id}/relay`, { version: now.version });
    const link = await waitForMailLink(email);
    expect(link).toMatch(/\/danh-gia\//);
    const citizen = await (await browser.newContext()).newPage();
    await citizen.goto(link);
    await expect(citizen.locator('main')).toContainText('miễn phí');
    await citizen.getByLabel('4 – Hài lòng').check();
    await citizen.getByLabel('Ý kiến thêm (không bắt buộc)').fill('Rõ ràng, cảm ơn tổng đài');
    await citizen.getByRole('button', { name: 'Gửi đánh giá' }).click();
    await expect(citizen.getByTestId('feedback-done')).toContainText('Cảm ơn');
    await citizen.goto(link);
    await expect(citizen.getByTestId('feedback-closed')).toContainText('đã gửi đánh giá');
  });

  await test.step('supervisors see the rating', async () => {
    const supervisor = await signedIn(browser, 'giamsat', '/giam-sat/danh-gia');
    await expect(supervisor.getByTestId('feedback-count')).toContainText('đánh giá');
    await expect(supervisor.locator('main')).toContainText('Rõ ràng, cảm ơn tổng đài');
  });
});
