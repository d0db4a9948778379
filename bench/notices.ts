// Issue 4's notice figures: a notice to 10,000 customers, accepted how fast, and delivered to a local
// SMTP sink at how many messages a second. PostgreSQL only (BENCH_DATABASE_URL).
import { createFileStore } from '../server/files/store.ts';
import pino from 'pino';
import { tmpdir } from 'node:os';
import { eq, sql } from 'drizzle-orm';
import { parseConfig } from '../server/config.ts';
import { scratchPostgres } from './scratch-db.ts';
import { runMigrations } from '../server/db/migrate.ts';
import { seedDemo } from '../server/demo/seed.ts';
import { startJobs, type Jobs } from '../server/jobs/queue.ts';
import { jobDefinitions } from '../server/jobs/index.ts';
import { smtpTransport } from '../server/messaging/smtp.ts';
import { MESSAGES_IN_FLIGHT } from '../server/domain/delivery.ts';
import { customers, outgoingMessages, staffUsers } from '../server/db/schema/index.ts';
import { sendNotice } from '../server/usecases/notices/send-notice.ts';
import { systemClock } from '../server/clock.ts';
import { startSmtpSink } from '../tests/support/smtp-sink.ts';

export async function benchNotices(adminUrl: string): Promise<string[]> {
  const { database, url, drop } = await scratchPostgres(adminUrl, 'bench_notices', 10);
  const sink = await startSmtpSink();
  let jobs: Jobs | null = null;
  try {
    await runMigrations(database);
    await seedDemo(database.db, new Date());
    await database.executeSql(`insert into customers (name, kind, identity_number, street, postal_code, city, email)
      select 'Utskickskund ' || i, 'company', 'N' || lpad(i::text, 11, '0'), 'Gatan ' || i, '411 00', 'Göteborg', 'kund' || i || '@exempel.net'
      from generate_series(1, 10000) i`);
    const ids = (await database.db.select({ id: customers.id }).from(customers).where(sql`${customers.identityNumber} like 'N%'`)).map((r) => r.id);
    const staff = (await database.db.select({ id: staffUsers.id }).from(staffUsers).where(eq(staffUsers.email, 'admin@exempel.se')))[0]!;
    const config = parseConfig({ NODE_ENV: 'test', DATA_DIR: tmpdir(), SESSION_SECRET: 'bench-secret-0123456789-0123456789-xx', DATABASE_URL: url });
    const transports = { email: smtpTransport(sink.url, 'bench@exempel.se', MESSAGES_IN_FLIGHT), sms: null, devMailbox: false };
    jobs = await startJobs(database, pino({ level: 'silent' }), { work: true, definitions: jobDefinitions({ db: database.db, config, transports, files: createFileStore(config.files), clock: systemClock, logger: pino({ level: 'silent' }), jobs: () => jobs! }), pollingIntervalSeconds: 0.5 });

    const t0 = Date.now();
    const { id } = await sendNotice({ db: database.db, jobs, config, clock: systemClock }, { staffId: staff.id, title: 'Vattenläcka', text: 'Vattnet är avstängt i dag 10-12.', audience: { kind: 'customers', ids }, ip: '127.0.0.1' });
    const accepted = Date.now() - t0;
    const deadline = Date.now() + 5 * 60_000;
    let sent = 0;
    while (Date.now() < deadline) {
      const rows = await database.db.select({ n: sql<number>`count(*)::int` }).from(outgoingMessages).where(sql`${outgoingMessages.noticeId} = ${id} and ${outgoingMessages.status} = 'sent'`);
      sent = rows[0]!.n;
      if (sent >= ids.length) break;
      await new Promise((r) => setTimeout(r, 250));
    }
    const seconds = (Date.now() - t0 - accepted) / 1000;
    return [
      `notice to ${ids.length} customers accepted in ${(accepted / 1000).toFixed(2)} s`,
      `${sent} of ${ids.length} e-mails delivered to a local SMTP sink in ${seconds.toFixed(1)} s: ${(sent / seconds).toFixed(0)} messages/s (received by the sink: ${sink.received.length})`,
    ];
  } finally {
    await jobs?.stop().catch(() => {});
    await sink.close();
    await drop();
  }
}
