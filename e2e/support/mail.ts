import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';

/** What nodemailer's jsonTransport writes for each mail the API sends (no SMTP in tests). */
interface CapturedMail {
  to: { address: string }[];
  subject: string;
  text: string;
}

function mailDir(): string {
  const dir = process.env.E2E_DATA_DIR;
  if (!dir) throw new Error('E2E_DATA_DIR is not set: the API started by Playwright captures mail there');
  return join(dir, 'mail');
}

async function newestMailTo(address: string): Promise<CapturedMail | null> {
  const files = await readdir(mailDir()).catch(() => [] as string[]);
  // Files are named `<epoch ms>-<id>.json`: newest first by that number.
  const sorted = files.filter((f) => f.endsWith('.json')).sort((a, b) => parseInt(b, 10) - parseInt(a, 10));
  for (const file of sorted) {
    const mail = JSON.parse(await readFile(join(mailDir(), file), 'utf8')) as CapturedMail;
    if (mail.to.some((to) => to.address.toLowerCase() === address.toLowerCase())) return mail;
  }
  return null;
}

/** Waits for the newest mail to `address` and returns the first URL in its text. */
export async function waitForMailLink(address: string, timeoutMs = 10_000): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const url = (await newestMailTo(address))?.text.match(/https?:\/\/\S+/)?.[0];
    if (url) return url;
    if (Date.now() > deadline) throw new Error(`No mail with a link to ${address} within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}
