import { rmSync } from 'node:fs';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildPgliteTemplate, buildPostgresTemplate, withAdminClient } from './templates.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    pgliteTemplate: string;
    postgresTemplate: string;
  }
}

export default async function setup(project: TestProject) {
  const backend = project.config.env?.TEST_BACKEND;
  if (backend === 'postgres') {
    const url = process.env.TEST_DATABASE_URL;
    if (!url) throw new Error('The integration-postgres project needs TEST_DATABASE_URL (e.g. postgres://postgres@127.0.0.1:5432/test)');
    const name = await buildPostgresTemplate(url);
    project.provide('postgresTemplate', name);
    return async () => {
      await withAdminClient(url, async (c) => {
        const { rows } = await c.query<{ datname: string }>(`select datname from pg_database where datname like $1`, [`${name}%`]);
        for (const row of rows) await c.query(`drop database if exists ${row.datname} with (force)`);
      });
    };
  }
  const dir = await buildPgliteTemplate();
  project.provide('pgliteTemplate', dir);
  return () => rmSync(path.dirname(dir), { recursive: true, force: true });
}
