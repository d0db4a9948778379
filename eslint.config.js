import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';
import { builtinModules } from 'node:module';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'data/**', 'scratch/**', 'server/db/migrations/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // Scopes come from the session only (server/policies/tenant.ts); time only from the clock.
    files: ['server/**/*.ts'],
    ignores: ['server/http/session.ts', 'server/policies/tenant.ts'],
    rules: {
      'no-restricted-syntax': ['error',
        { selector: "ImportSpecifier[imported.name=/^(tenant|staff)ScopeFromSession$/]", message: 'Only the session (server/http/session.ts) makes a scope.' },
        { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: 'Ask the clock (deps.clock.now()), not the system: new Date() without an argument.' },
        { selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']", message: 'Ask the clock (deps.clock.now()), not the system: Date.now().' },
      ],
    },
  },
  {
    // The web reaches the server only through the API contract's types and the pure domain rules.
    files: ['web/src/**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-restricted-imports': ['error', {
        paths: [{ name: '@api', allowTypeImports: true, message: "The API contract is types only: import type { … } from '@api'." }],
        patterns: [{ group: ['**/server/**'], message: "Import the server's types from '@api' and its pure rules from '@domain/…'." }],
      }],
    },
  },
  // Domain rules are pure and shared with the browser (@domain/…): no Node built-ins, nothing outside
  // domain/. A file in a subfolder (domain/payments/) may use its siblings (../billing/), no further.
  ...[['server/domain/*.ts', '../*'], ['server/domain/*/**/*.ts', '../../*']].map(([files, outside]) => ({
    files: [files],
    rules: {
      '@typescript-eslint/no-restricted-imports': ['error', {
        paths: builtinModules.map((name) => ({ name, message: 'server/domain is pure: no Node built-ins (the web imports it).' })),
        patterns: [
          { group: ['node:*'], message: 'server/domain is pure: no Node built-ins (the web imports it).' },
          { group: [outside], message: 'server/domain depends on nothing outside itself.' },
        ],
      }],
    },
  })),
);
