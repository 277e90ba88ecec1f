import { generateTOTP } from '@oslojs/otp';
import { expect, test, type Page } from '@playwright/test';
import { tenantUrl } from './hosts.js';

/** Seeded by the API on a new database (packages/db/src/seed/accounts.ts). */
export const DEMO_PASSWORD = 'Hotline@1022demo';
const DEMO_TOTP_KEY = new TextEncoder().encode('tongdai-1022-demo-2f');

export const demoEmail = (login: string, slug: string) => `${login}.${slug}@demo.1022.vn`;

export function demoTotp(): string {
  return generateTOTP(DEMO_TOTP_KEY, 30, 6);
}

/** Fills and sends the sign-in form of the page already open. */
export async function submitSignIn(page: Page, email: string, password: string): Promise<void> {
  const form = page.getByTestId('login-form');
  await form.getByLabel('Email', { exact: true }).fill(email);
  await form.getByLabel('Mật khẩu', { exact: true }).fill(password);
  await form.getByRole('button', { name: 'Đăng nhập' }).click();
}

/** A province admin signs in with the demo TOTP key and lands on `next`. */
export async function signInAsAdmin(page: Page, slug: string, next: string): Promise<void> {
  await page.goto(tenantUrl(slug, `/dang-nhap?next=${encodeURIComponent(next)}`));
  await submitSignIn(page, demoEmail('admin', slug), DEMO_PASSWORD);
  await expect(page).toHaveURL(/\/xac-thuc-2-lop/);
  const arrived = (url: URL) => `${url.pathname}${url.search}` === next;
  // A code is accepted once: another spec signing in as the same admin within the same 30 s step
  // makes this one fail, so wait for the next step and try again.
  for (let attempt = 0; ; attempt += 1) {
    await page.getByLabel('Mã xác thực hoặc mã khôi phục').fill(demoTotp());
    await page.getByRole('button', { name: 'Xác nhận', exact: true }).click();
    await page.waitForLoadState('networkidle');
    if (arrived(new URL(page.url())) || attempt === 2) break;
    test.info().setTimeout(test.info().timeout + 35_000);
    await page.waitForTimeout(30_000 - (Date.now() % 30_000) + 500);
  }
  await expect(page).toHaveURL(arrived);
}
