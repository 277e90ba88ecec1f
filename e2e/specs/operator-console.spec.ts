import { expect, test, type Browser, type Locator, type Page } from '@playwright/test';
import { demoEmail, DEMO_PASSWORD, signInAsAdmin, submitSignIn } from '../support/accounts.js';
import { findChromium } from '../support/chromium.js';
import { tenantUrl } from '../support/hosts.js';

test.skip(!findChromium(), 'Chromium is not installed');

// This spec moves the API's clock forward: it runs in the `clock` project, after every other spec.
const SLUG = 'thanhhoa';
const API = `http://127.0.0.1:${process.env.E2E_API_PORT ?? 8799}`;
const stamp = Date.now().toString(36).toUpperCase();
const AGENCY = {
  code: `E2E-${stamp}`,
  name: `Trung tâm Y tế thử nghiệm ${stamp}`,
  first: '0237 3852 111',
  second: '0913 680 916',
};
const DUE = /^\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}$/;

async function signedIn(browser: Browser, login: 'tongdaivien' | 'giamsat', next: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await page.goto(tenantUrl(SLUG, `/dang-nhap?next=${encodeURIComponent(next)}`));
  await submitSignIn(page, demoEmail(login, SLUG), DEMO_PASSWORD);
  await expect(page).toHaveURL((url) => url.pathname === next);
  return page;
}

/** The province admin adds an agency whose two hotline numbers are tried in this order. */
async function addAgencyWithTwoNumbers(browser: Browser) {
  const admin = await (await browser.newContext()).newPage();
  await signInAsAdmin(admin, SLUG, '/quan-tri');
  const created = await admin.evaluate(async (agency) => {
    const res = await fetch('/api/v1/settings/agencies', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        code: agency.code,
        name: agency.name,
        kind: 'health_centre',
        transferEnabled: true,
        hotlines: [{ phone: agency.first }, { phone: agency.second }],
      }),
    });
    return res.status;
  }, AGENCY);
  expect(created).toBe(201);
  await admin.context().close();
}

/** Picks the topic whose option starts with its code (options read "T03 – …"). */
async function chooseTopic(scope: Locator, code: string) {
  const select = scope.getByLabel('Chủ đề', { exact: true });
  const value = await select.locator('option', { hasText: `${code} –` }).getAttribute('value');
  await select.selectOption(value!);
}

test('an operator records calls, transfers along the failover list and escalates; a supervisor sees the risk', async ({
  browser,
}) => {
  test.setTimeout(180_000);
  await addAgencyWithTwoNumbers(browser);

  const operator = await signedIn(browser, 'tongdaivien', '/tong-dai-vien');
  await expect(operator.getByTestId('live-status')).toHaveAttribute('data-status', 'live');

  let firstCode = '';
  await test.step('a phone call is recorded, with an FAQ suggestion while typing', async () => {
    const form = operator.getByTestId('new-call-form');
    await form.getByLabel('Số điện thoại người gọi').fill('0912 345 678');
    await form.getByLabel('Họ tên người gọi').fill('Nguyễn Văn An');
    await chooseTopic(form, 'T03');
    await form.getByLabel('Nội dung cuộc gọi').pressSequentially('Tôi muốn xét nghiệm covid tự nguyện', {
      delay: 20,
    });
    const suggestion = form.getByTestId('faq-suggestion').first();
    await expect(suggestion).toContainText('xét nghiệm Covid-19 tự nguyện');
    await expect(suggestion.getByRole('button', { name: 'Trả lời bằng câu này' })).toBeVisible();

    await form.getByRole('button', { name: 'Lưu cuộc gọi' }).click();
    await expect(operator).toHaveURL(/\/tong-dai-vien\/yeu-cau\/[0-9a-f-]{36}\?done=created$/);
    firstCode = (await operator.getByTestId('case-code').textContent())!.replace('Hồ sơ ', '').trim();
    await expect(operator.getByTestId('done-notice')).toHaveText(`Đã lưu cuộc gọi ${firstCode}.`);
    await expect(operator.getByTestId('case-due')).toHaveText(DUE);
    // The case page shows the caller's number in full (the read is audit-logged).
    await expect(operator.getByTestId('citizen-phone')).toHaveText('0912 345 678');
  });

  await test.step('the call is transferred: first number busy, second answered', async () => {
    const panel = operator.getByTestId('transfer-panel');
    await panel.getByLabel('Cơ quan nhận cuộc gọi').selectOption({ label: AGENCY.name });
    const numbers = panel.getByTestId('transfer-number');
    await expect(numbers).toHaveCount(2);
    await expect(numbers.nth(0).getByTestId('transfer-phone')).toHaveText(AGENCY.first);
    await expect(numbers.nth(1).getByTestId('transfer-phone')).toHaveText(AGENCY.second);

    await numbers.nth(0).getByRole('button', { name: 'Máy bận' }).click();
    await expect(operator.getByTestId('done-notice')).toContainText('Đã ghi kết quả: Máy bận');
    // The busy number rests: the next one to call is the second.
    await expect(numbers.first().getByTestId('transfer-phone')).toHaveText(AGENCY.second);
    await numbers.first().getByRole('button', { name: 'Đã nghe máy' }).click();
    await expect(operator.getByTestId('done-notice')).toContainText('Cơ quan đã nghe máy');
    await expect(operator.getByTestId('case-status')).toHaveText('Cơ quan đã trả lời');

    const attempts = operator.locator('[data-testid="timeline-event"][data-type="transfer_attempt"]');
    await expect(attempts).toHaveCount(2);
    await expect(attempts.nth(0)).toContainText(AGENCY.first);
    await expect(attempts.nth(0).getByTestId('transfer-outcome')).toHaveText('Máy bận');
    await expect(attempts.nth(1)).toContainText(AGENCY.second);
    await expect(attempts.nth(1).getByTestId('transfer-outcome')).toHaveText('Đã nghe máy');
  });

  // A second tab keeps the console open: the new case must appear there without a reload.
  const inbox = await operator.context().newPage();
  await inbox.goto(tenantUrl(SLUG, '/tong-dai-vien'));
  await expect(inbox.getByTestId('live-status')).toHaveAttribute('data-status', 'live');

  let caseUrl = '';
  let secondCode = '';
  await test.step('another call is escalated in writing and shows its due time', async () => {
    await operator.keyboard.press('n');
    await expect(operator).toHaveURL(/\/tong-dai-vien#cuoc-goi-moi$/);
    await expect(operator.getByLabel('Số điện thoại người gọi')).toBeFocused();
    await chooseTopic(operator.getByTestId('new-call-form'), 'T03');
    await operator
      .getByLabel('Nội dung cuộc gọi')
      .fill('Phản ánh trạm y tế xã chưa trả kết quả khám cho người dân sau 5 ngày.');
    await operator.getByRole('button', { name: 'Lưu cuộc gọi' }).click();
    await expect(operator).toHaveURL(/\/tong-dai-vien\/yeu-cau\/[0-9a-f-]{36}\?done=created$/);
    caseUrl = operator.url().replace(/\?.*$/, '');
    secondCode = (await operator.getByTestId('case-code').textContent())!.replace('Hồ sơ ', '').trim();

    await operator.keyboard.press('e');
    const dialog = operator.getByTestId('escalate-dialog');
    await expect(dialog).toBeVisible();
    await expect(dialog.getByLabel('Cơ quan nhận')).toHaveValue(/[0-9a-f-]{36}/);
    await dialog.getByLabel('Cơ quan nhận').selectOption({ label: 'Sở Y tế' });
    await dialog.getByLabel('Số công văn').fill('125/STTTT-1022');
    // The deadlines are shown before confirming (computed for "now" when the page loaded).
    const preview = dialog.getByTestId('escalate-deadline-preview');
    await expect(preview).toHaveText(
      /^Hạn xác nhận \d\d\/\d\d\/\d{4} \d\d:\d\d · hạn trả lời \d\d\/\d\d\/\d{4} \d\d:\d\d$/,
    );
    const previewDueDay = /hạn trả lời (\d\d\/\d\d\/\d{4})/.exec((await preview.textContent())!)![1]!;
    await dialog.getByRole('button', { name: 'Xác nhận chuyển' }).click();
    await expect(dialog).toBeHidden();

    const notice = operator.getByTestId('done-notice');
    await expect(notice).toContainText('Đã chuyển bằng văn bản tới Sở Y tế. Hạn trả lời:');
    const due = (await operator.getByTestId('case-due').textContent())!.trim();
    expect(due).toMatch(DUE);
    expect(due).toContain(previewDueDay);
    await expect(notice).toContainText(due);
    await expect(operator.getByTestId('case-status')).toHaveText('Đã chuyển cơ quan');
    await expect(operator.getByTestId('case-ack-due')).toHaveText(DUE);
    const escalated = operator.locator('[data-testid="timeline-event"][data-type="escalated"]');
    await expect(escalated).toContainText('125/STTTT-1022');
    await expect(escalated).toContainText(due);
  });

  await test.step('the open console got the new case live, phone masked', async () => {
    const row = inbox.getByTestId('case-row').filter({ hasText: secondCode });
    await expect(row).toHaveCount(1);
    const first = inbox.getByTestId('case-row').filter({ hasText: firstCode });
    await expect(first.getByTestId('case-phone')).toHaveText('0912 *** 678');
    // Shortcuts: ? shows them all, j selects the newest request.
    await inbox.keyboard.press('?');
    await expect(inbox.getByTestId('shortcut-help')).toBeVisible();
    await inbox.keyboard.press('Escape');
    await inbox.keyboard.press('j');
    await expect(inbox.getByTestId('case-row').first()).toHaveClass(/selected/);
  });

  await test.step('the clock moves past 75% of the time: the case is at risk', async () => {
    const caseId = caseUrl.split('/').pop()!;
    const kase = await operator.evaluate(async (id) => {
      const res = await fetch(`/api/v1/cases/${id}`);
      return ((await res.json()) as { case: { atRiskAt: string; dueAt: string } }).case;
    }, caseId);
    const clock = await (
      await operator.request.post(`${API}/__test/clock`, { data: { advanceMs: 0 } })
    ).json();
    const apiNow = new Date((clock as { now: string }).now).getTime();
    const advanceMs = new Date(kase.atRiskAt).getTime() - apiNow + 60_000;
    expect(new Date(kase.dueAt).getTime() - apiNow).toBeGreaterThan(advanceMs);
    expect((await operator.request.post(`${API}/__test/clock`, { data: { advanceMs } })).ok()).toBe(true);
    expect((await operator.request.post(`${API}/__test/sla-sweep`)).ok()).toBe(true);
  });

  await test.step('a supervisor sees the case in the at-risk list', async () => {
    const supervisor = await signedIn(browser, 'giamsat', '/giam-sat');
    const row = supervisor
      .getByTestId('at-risk-queue')
      .getByTestId('case-row')
      .filter({ hasText: secondCode });
    await expect(row).toHaveCount(1);
    await expect(row.getByTestId('sla-state')).toHaveText('Sắp đến hạn');
    await expect(row.getByTestId('case-due')).toHaveText(DUE);
    await expect(row).toContainText('Sở Y tế');
    const atRisk = Number(
      await supervisor.getByTestId('summary-at-risk').locator('.stat-number').textContent(),
    );
    expect(atRisk).toBeGreaterThanOrEqual(1);
    await expect(
      supervisor.getByTestId('counts-by-agency').getByTestId('count-row').filter({ hasText: 'Sở Y tế' }),
    ).toBeVisible();
    await supervisor.context().close();
  });

  await operator.context().close();
});
