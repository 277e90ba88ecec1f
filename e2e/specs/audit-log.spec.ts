import { expect, test } from '@playwright/test';
import { signInAsAdmin, submitSignIn } from '../support/accounts.js';
import { findChromium } from '../support/chromium.js';
import { tenantUrl } from '../support/hosts.js';

test.skip(!findChromium(), 'Chromium is not installed');

test('a province admin sees a failed sign-in in the audit log', async ({ page }) => {
  test.setTimeout(60_000);
  const typed = `khong-co-ai.${Date.now()}@example.vn`;

  await page.goto(tenantUrl('haiduong', '/dang-nhap'));
  await submitSignIn(page, typed, 'Sai-mat-khau-1022');
  await expect(page.getByTestId('form-error')).toContainText('Email hoặc mật khẩu không đúng');

  await signInAsAdmin(page, 'haiduong', '/quan-tri/nhat-ky?action=auth.login_failed');
  const row = page.getByTestId('audit-row').filter({ hasText: typed });
  await expect(row).toHaveCount(1);
  await expect(row).toContainText('Đăng nhập thất bại');
  await expect(row.locator('td').first()).toHaveText(/^\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}:\d{2}$/);
});
