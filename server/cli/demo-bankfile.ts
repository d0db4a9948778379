// `npm run demo:bankfile [file]`: writes a camt.054 of today's payments to the demo's open avier
// (server/demo/bank-file.ts), to read in at /admin/bankfiler. Never in production. With the embedded
// database, stop the server first (it holds the database), as for demo:reset.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { clockFrom, createLogger, loadConfigOrExit } from '../boot.ts';
import { demoBankFile } from '../demo/bank-file.ts';
import { formatKronor } from '../domain/money.ts';
import { withDatabase } from './with-database.ts';

const config = loadConfigOrExit();
if (config.env === 'production') {
  console.error('demo:bankfile pays the demo data: it never runs in production.');
  process.exit(1);
}
const target = path.resolve(process.argv[2] ?? path.join(config.dataDir, 'demo-camt054.xml'));
await withDatabase(config, async (database) => {
  const { xml, payments } = await demoBankFile(database.db, clockFrom(config, createLogger(config)).now());
  writeFileSync(target, xml);
  console.log(`Wrote ${target}, a camt.054 of ${payments.length} payments:`);
  for (const p of payments) console.log(`  ${p.what.padEnd(10)} ${p.payer.padEnd(30)} ${formatKronor(p.amountOre).padStart(14)} kr  OCR ${p.ocr}`);
  console.log('Read it in as finance (ekonomi@exempel.se) under Inbetalningar: http://localhost:3000/admin/bankfiler');
});
