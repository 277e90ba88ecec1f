import { expect, test } from '@playwright/test';
import { signInAsAdmin } from '../support/accounts.js';
import { findChromium } from '../support/chromium.js';
import { tenantUrl } from '../support/hosts.js';

test.skip(!findChromium(), 'Chromium is not installed');

test.describe('FAQ search on the portal', () => {
  // The portal works without client code: search is a GET form, results are server-rendered.
  test.use({ javaScriptEnabled: false });

  test('a citizen searches "xet nghiem" without accents and gets the testing entries first', async ({
    page,
  }) => {
    await page.goto(tenantUrl('thanhhoa', '/hoi-dap'));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Hỏi đáp');
    await page.getByLabel('Tìm câu hỏi').fill('xet nghiem');
    await page.getByRole('button', { name: 'Tìm', exact: true }).click();
    await expect(page).toHaveURL(/\/hoi-dap\?q=xet\+nghiem/);

    const results = page.getByTestId('faq-result');
    await expect(results.first()).toBeVisible();
    const questions = await page.getByTestId('faq-result-link').allTextContents();
    expect(questions.length).toBeGreaterThanOrEqual(3);
    for (const q of questions.slice(0, 3)) expect(q).toMatch(/xét nghiệm|test/i);
    expect(questions[0]).toBe(
      'Tôi muốn xét nghiệm Covid-19 tự nguyện thì đến đâu trên địa bàn tỉnh Thanh Hóa?',
    );
    // The accented words are highlighted, though typed without accents.
    await expect(results.first().locator('mark').first()).toHaveText('xét nghiệm');
    // Nothing of other provinces, nothing internal.
    await expect(page.locator('body')).not.toContainText('Hải Dương');
    await expect(page.locator('body')).not.toContainText('quá 48 giờ');

    await page.getByTestId('faq-result-link').first().click();
    await expect(page.getByTestId('faq-entry-question')).toHaveText(questions[0]!);
    await expect(page.locator('article')).toContainText('Chi phí xét nghiệm tự nguyện');
  });

  test('finds through a typo and a synonym, and browses by topic', async ({ page }) => {
    await page.goto(tenantUrl('thanhhoa', `/hoi-dap?q=${encodeURIComponent('ho ngheo cach lyy')}`));
    await expect(page.getByTestId('faq-result-link').first()).toHaveText(/^Hộ nghèo có người phải cách ly/);
    await page.goto(
      tenantUrl('thanhhoa', `/hoi-dap?q=${encodeURIComponent('người nhiễm điều trị tại nhà')}`),
    );
    await expect(page.getByTestId('faq-result-link').first()).toContainText('(F0)');

    await page.goto(tenantUrl('thanhhoa', '/hoi-dap'));
    await page
      .getByRole('navigation', { name: 'Lĩnh vực' })
      .getByRole('link', { name: /Chính sách an sinh xã hội/ })
      .click();
    await expect(page).toHaveURL(/topic=T04/);
    await expect(page.getByRole('heading', { name: 'Lĩnh vực: Chính sách an sinh xã hội' })).toBeVisible();
    await expect(page.getByTestId('faq-question').filter({ hasText: 'Hộ nghèo' })).toHaveCount(1);
  });
});

test.describe('FAQ management', () => {
  test('an admin publishes an entry citizens then find, and hides it again', async ({ page, browser }) => {
    const word = `zzcanary${Date.now().toString(36)}`;
    await signInAsAdmin(page, 'thanhhoa', '/quan-tri/hoi-dap');
    await page.getByRole('link', { name: 'Thêm câu hỏi' }).click();
    await page.getByLabel('Câu hỏi', { exact: true }).fill(`Lịch tiêm ${word} ở đâu?`);
    await page.getByLabel('Câu trả lời').fill('Xem tại **trạm y tế** xã.');
    await page.getByLabel('Từ khóa').fill('tiêm chủng; lịch tiêm');
    await page.getByRole('radio', { name: /^Công khai/ }).check();
    await page.getByRole('button', { name: 'Thêm câu hỏi' }).click();
    await expect(page.getByTestId('faq-done')).toHaveText('Đã thêm câu hỏi.');

    const citizen = await browser.newPage({ javaScriptEnabled: false });
    await citizen.goto(tenantUrl('thanhhoa', `/hoi-dap?q=${word}`));
    await expect(citizen.getByTestId('faq-result-link')).toHaveCount(1);

    await page.getByRole('radio', { name: /^Nháp/ }).check();
    await page.getByRole('button', { name: 'Lưu thay đổi' }).click();
    await expect(page.getByTestId('faq-done')).toHaveText('Đã lưu thay đổi.');
    await expect(page.getByTestId('faq-history')).toContainText('Phiên bản 2: sửa');

    await citizen.reload();
    await expect(citizen.getByTestId('faq-result-link')).toHaveCount(0);
    await citizen.close();

    await page.getByLabel('Tôi hiểu câu hỏi và lịch sử sửa đổi sẽ bị xóa hẳn').check();
    await page.getByRole('button', { name: 'Xóa câu hỏi' }).click();
    await expect(page.getByTestId('faq-done')).toHaveText('Đã xóa câu hỏi.');
  });
});
