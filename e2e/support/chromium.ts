import { existsSync } from 'node:fs';

/** Debian's Chromium (apt-get install chromium); Playwright never downloads a browser here. */
export function findChromium(): string | undefined {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  return candidates.find((p): p is string => Boolean(p && existsSync(p)));
}
