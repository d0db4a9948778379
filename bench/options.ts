// Issue 12's figure: the tenant's Tillval catalogue and a category page, p95 under 30 ms with 500
// options in the catalogue and 50 connections, on PostgreSQL (BENCH_DATABASE_URL), beside the floor
// (floor.ts: a bare Fastify server running the app's own statements; A B A B, median ratios). The demo's
// catalogue is copied until it holds 500 options, all possible on Café Lunden's object, in its groups
// and in groups of their own.
import { runMigrations } from '../server/db/migrate.ts';
import { seedDemo } from '../server/demo/seed.ts';
import { optionGroups, options as optionsTable } from '../server/db/schema/index.ts';
import type { Database } from '../server/db/client.ts';
import { scratchPostgres } from './scratch-db.ts';
import { startBenchApp } from './bench-app.ts';
import { POOL_SIZE, readsBesideFloor } from './tenant-reads.ts';

const OPTIONS = Number(process.env.BENCH_OPTIONS ?? 500);
/** Groups of their own beside the demo's, so the first page lists many categories. */
const EXTRA_GROUPS = 10;

/** Copies the demo's options (their spaces and objects) until the catalogue holds `total`. */
export async function fillCatalogue(database: Database, total: number): Promise<void> {
  const db = database.db;
  const demo = await db.select().from(optionsTable);
  const groups = (await db.select({ id: optionGroups.id }).from(optionGroups)).map((g) => g.id);
  const now = new Date();
  for (let i = 0; i < EXTRA_GROUPS; i++) {
    const [row] = await db.insert(optionGroups).values({ name: `Bänkgrupp ${i + 1}`, sortOrder: 100 + i, createdAt: now }).returning({ id: optionGroups.id });
    groups.push(row!.id);
  }
  const rows = [];
  for (let n = demo.length; n < total; n++) {
    const { id: _id, ...source } = demo[n % demo.length]!;
    rows.push({ ...source, groupId: groups[n % groups.length]!, name: `${source.name} ${n}`, sortOrder: n, createdAt: now, updatedAt: now });
  }
  for (let i = 0; i < rows.length; i += 200) await db.insert(optionsTable).values(rows.slice(i, i + 200));
}

export async function benchOptions(adminUrl: string, options: { seconds: number; rounds: number }): Promise<string[]> {
  const { database, url, drop } = await scratchPostgres(adminUrl, 'bench_options', POOL_SIZE);
  try {
    await runMigrations(database);
    await seedDemo(database.db, new Date());
    await fillCatalogue(database, OPTIONS);
    const bench = await startBenchApp(database);
    try {
      const headers = { cookie: bench.tenant.cookie };
      const objects = (await (await fetch(`${bench.address}/api/portal/option-objects`, { headers })).json()) as { objects: { id: string; number: string }[] };
      const object = objects.objects[0];
      if (!object) throw new Error('the bench tenant has no object to order options for');
      const catalogue = (await (await fetch(`${bench.address}/api/portal/option-objects/${object.id}`, { headers })).json()) as { categories: { id: string; name: string; optionCount: number }[] };
      const diskm = catalogue.categories.find((g) => g.name === 'Diskm.') ?? catalogue.categories[0]!;
      const possible = catalogue.categories.reduce((sum, g) => sum + g.optionCount, 0);
      const lines = await readsBesideFloor(bench, url, [
        { name: `Tillval catalogue (${possible} possible)`, url: `/api/portal/option-objects/${object.id}` },
        { name: `Tillval category (${diskm.optionCount} options)`, url: `/api/portal/option-objects/${object.id}?group=${diskm.id}` },
      ], options);
      return [`The tenant's Tillval beside the floor, PostgreSQL, ${OPTIONS} options in ${catalogue.categories.length} categories, object ${object.number}, 50 connections`, ...lines];
    } finally {
      await bench.stop();
    }
  } finally {
    await drop();
  }
}
