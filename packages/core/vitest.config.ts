import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Property tests run hundreds of cases; on a busy CI machine (all packages testing at once)
    // the 5 s default is too tight for them.
    testTimeout: 30_000,
  },
});
