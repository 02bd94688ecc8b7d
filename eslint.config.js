// The lint the type checker leaves: dead code and risky patterns in TypeScript and Astro files.
// `npm test` runs it (npm run lint) before the tests; noUnusedLocals/noUnusedParameters are in tsconfig.json.
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';

export default defineConfig(
  { ignores: ['**/dist/', '**/.astro/', '**/node_modules/', 'tests/.tmp/', 'public/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-non-null-assertion': 'off',
      eqeqeq: ['error', 'always'],
      // The archive names control characters on purpose: to find them in captures and refuse them.
      'no-control-regex': 'off',
      'no-console': ['error', { allow: ['error', 'warn', 'log'] }],
    },
  },
);
