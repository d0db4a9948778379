// The memory floor of the embedded mode (bench/memory.ts): Node with PGlite opened on the app's data
// dir with the app's start parameters (passed as JSON on the command line), one query run, then idle.
// Plain JavaScript, run by node itself: no tsx, no app module. Prints "ready" once it has queried.
import { PGlite } from '@electric-sql/pglite';

const [dir, params] = process.argv.slice(2);
const db = await PGlite.create(dir, { startParams: JSON.parse(params) });
await db.query('select count(*) from invoices');
process.stdout.write('ready\n');
process.on('SIGTERM', () => { void db.close().then(() => process.exit(0)); });
setInterval(() => {}, 60_000);
