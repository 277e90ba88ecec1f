/// <reference types="vitest/config" />
import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig, loadEnv } from 'vite';

// Tenants live on subdomains, so the dev/preview servers must accept them; never `true` (DNS rebinding).
function allowedHosts(baseDomain: string | undefined): string[] {
  const hosts = ['.localhost', 'localhost'];
  if (baseDomain && baseDomain !== 'localhost') hosts.push(`.${baseDomain}`);
  return hosts;
}

export default defineConfig(({ mode }) => {
  const env = { ...loadEnv(mode, process.cwd(), ''), ...process.env };
  const hosts = allowedHosts(env.BASE_DOMAIN);
  return {
    plugins: [sveltekit()],
    server: { allowedHosts: hosts },
    preview: { allowedHosts: hosts },
    // SvelteKit's adapter step runs inside the bundle hooks; the timing notice would flag it on every build.
    build: { rolldownOptions: { checks: { bundlerTimings: false } } },
    test: { include: ['src/**/*.test.ts'], environment: 'node' },
  };
});
