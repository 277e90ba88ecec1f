import { expect, test, type Browser, type Page } from '@playwright/test';
import { submitSignIn, signInAsAdmin } from '../support/accounts.js';
import { findChromium } from '../support/chromium.js';
import { tenantUrl } from '../support/hosts.js';
import { waitForMailLink } from '../support/mail.js';

test.skip(!findChromium(), 'Chromium is not installed');

// Unique per run: the database is fresh, but a rerun against a kept one must not collide.
const email = `tongdaivien.${Date.now()}.${Math.random().toString(36).slice(2, 7)}@example.vn`;
const password = 'Bien-xanh-cat-trang-2024';
const name = 'Phạm Thị Thử';

async function freshPage(browser: Browser): Promise<Page> {
  return (await browser.newContext()).newPage();
}

test('a new operator signs up, is approved by the Bình Thuận admin and works only in Bình Thuận', async ({
  browser,
}) => {
  test.setTimeout(90_000);
  const person = await freshPage(browser);

  await test.step('signs up on binhthuan as an operator', async () => {
    await person.goto(tenantUrl('binhthuan', '/dang-ky'));
    const form = person.getByTestId('signup-form');
    await form.getByLabel('Họ và tên').fill(name);
    await form.getByLabel('Email', { exact: true }).fill(email);
    await form.getByLabel('Mật khẩu', { exact: true }).fill(password);
    await form.getByLabel('Vai trò đề nghị').selectOption('operator');
    await form.getByRole('button', { name: 'Đăng ký' }).click();
    await expect(person).toHaveURL(/\/dang-ky\/da-gui$/);
    await expect(person.getByTestId('signup-sent')).toBeVisible();
  });

  await test.step('confirms the e-mail from the link in the mail', async () => {
    const link = await waitForMailLink(email);
    expect(new URL(link).host).toBe(new URL(tenantUrl('binhthuan')).host);
    await person.goto(link);
    await person.getByRole('button', { name: 'Xác nhận email' }).click();
    await expect(person.getByTestId('email-verified')).toBeVisible();
  });

  await test.step('signing in shows the waiting page', async () => {
    await person.goto(tenantUrl('binhthuan', '/dang-nhap'));
    await submitSignIn(person, email, password);
    await expect(person).toHaveURL(/\/cho-duyet$/);
    await expect(person.getByTestId('pending-title')).toBeVisible();
    await expect(person.getByTestId('user-menu')).toContainText(name);
  });

  await test.step('the Bình Thuận admin approves the person as operator', async () => {
    const admin = await freshPage(browser);
    await signInAsAdmin(admin, 'binhthuan', '/quan-tri/thanh-vien?status=pending');
    const row = admin.getByTestId('member-row').filter({ hasText: email });
    await expect(row).toHaveCount(1);
    await row.getByLabel('Vai trò', { exact: true }).selectOption('operator');
    await row.getByRole('button', { name: 'Duyệt', exact: true }).click();
    await expect(admin.getByTestId('done-notice')).toContainText('Đã duyệt');
    await expect(admin.getByTestId('member-row').filter({ hasText: email })).toHaveCount(0);
  });

  await test.step('signing in again lands on the operator home', async () => {
    const again = await freshPage(browser);
    await again.goto(tenantUrl('binhthuan', '/dang-nhap'));
    await submitSignIn(again, email, password);
    await expect(again).toHaveURL(/\/tong-dai-vien$/);
    await expect(again.getByTestId('role-home')).toBeVisible();
    await expect(again.getByTestId('user-menu')).toContainText('Tổng đài viên');
  });

  await test.step('the same credentials are refused on thanhhoa', async () => {
    const elsewhere = await freshPage(browser);
    await elsewhere.goto(tenantUrl('thanhhoa', '/dang-nhap'));
    await submitSignIn(elsewhere, email, password);
    await expect(elsewhere.getByTestId('form-error')).toContainText('Email hoặc mật khẩu không đúng');
    await expect(elsewhere).toHaveURL(/\/dang-nhap$/);
    await expect(elsewhere.getByTestId('user-menu')).toHaveCount(0);
  });
});
