import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';

export default ts.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/.svelte-kit/**',
      '**/build/**',
      '**/dist/**',
      '**/.turbo/**',
      '.data/**',
      '**/migrations/meta/**',
      'e2e/test-results/**',
      'e2e/playwright-report/**',
    ],
  },
  js.configs.recommended,
  ...ts.configs.recommended,
  ...svelte.configs.recommended,
  prettier,
  ...svelte.configs.prettier,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['**/*.svelte', '**/*.svelte.ts'],
    languageOptions: { parserOptions: { parser: ts.parser, extraFileExtensions: ['.svelte'] } },
    rules: {
      // Most links leave the host (other provinces, tel:, mailto:) and the app has no base path.
      'svelte/no-navigation-without-resolve': 'off',
    },
  },
  {
    // Routes reach tenant data only through withTenant; the owner's connection stays out of the API.
    files: ['apps/api/src/**/*.ts'],
    ignores: [
      'apps/api/src/database.ts',
      'apps/api/src/server.ts',
      'apps/api/src/**/*.test.ts',
      'apps/api/src/test/**',
    ],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: '@tongdai/db/admin',
              message: 'Use AppDb.withTenant; the admin connection is for bootstrap, seeds and jobs.',
            },
            { name: 'postgres', message: 'Use AppDb from @tongdai/db.' },
            { name: 'drizzle-orm/postgres-js', message: 'Use AppDb from @tongdai/db.' },
          ],
          patterns: [{ group: ['@tongdai/*/src/*'], message: 'Import packages through their exports.' }],
        },
      ],
    },
  },
  {
    // The web never touches the database: it calls the API.
    files: ['apps/web/src/**/*.ts', 'apps/web/src/**/*.svelte'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@tongdai/db', '@tongdai/db/*', 'postgres', 'drizzle-orm', 'drizzle-orm/*'],
              message: 'The web calls the API; it never touches the database.',
            },
            { group: ['@tongdai/*/src/*'], message: 'Import packages through their exports.' },
          ],
        },
      ],
    },
  },
);
