import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['node_modules/', 'data/', 'dist/', 'test-results/', 'artifacts/', 'scratch/', 'src/db/migrations/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['scripts/**/*.mjs'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly' } },
  },
  {
    // The domain is pure: no I/O, no database, no HTTP.
    files: ['src/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['node:fs', 'node:net', 'node:http', 'fs', 'pg', '@electric-sql/*', 'drizzle-orm*', 'fastify*'], message: 'domain/ does no I/O' },
          { group: ['../db/*', '../http/*', '../app/*', '../jobs/*', '../channels/*'], message: 'domain/ depends on nothing above it' },
        ],
      }],
    },
  },
);
