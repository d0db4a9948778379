import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

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
);
