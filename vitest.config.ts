import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const domain = fileURLToPath(new URL('./server/domain', import.meta.url));

// Unit tests need nothing; integration tests run on a migrated, seeded template database:
// PGlite always, PostgreSQL too when TEST_DATABASE_URL is set (scripts/test.mjs decides).
// A *.pglite.test.ts file runs on PGlite only, a *.postgres.test.ts file on PostgreSQL only.
const integration = (name: string, backend: 'pglite' | 'postgres') => ({
  test: {
    name,
    include: ['tests/integration/**/*.test.ts'],
    exclude: [`tests/integration/**/*.${backend === 'postgres' ? 'pglite' : 'postgres'}.test.ts`],
    globalSetup: ['tests/support/global-setup.ts'],
    env: { TEST_BACKEND: backend },
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});

export default defineConfig({
  test: {
    projects: [
      // Unit tests of web modules resolve `@domain` as the web's build does (vite.config.ts).
      { resolve: { alias: { '@domain': domain } }, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
      integration('integration', 'pglite'),
      integration('integration-postgres', 'postgres'),
    ],
  },
});
