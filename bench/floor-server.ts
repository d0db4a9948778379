// The floor: the least a server can do to answer the app's tenant reads. Bare Fastify 5 (no plugins, no
// hooks, no logger, no schemas) and a pg pool of the app's size, running for each route the statements
// the app ran for it (the same names, so the same prepared statements, the same text and values) and
// answering the same body. Only the session lookup's value is computed per request, from the cookie, as
// the app does (SHA-256 of the token); no session row is 401. Run by bench/floor.ts in its own process:
// it reads its routes from the JSON file named on the command line and prints its address.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import Fastify from 'fastify';
import pg from 'pg';

export interface CapturedStatement {
  name?: string;
  text: string;
  values: unknown[];
  rowMode?: 'array';
}

export interface FloorRoute {
  /** The path with its query string, as the load asks for it. */
  url: string;
  /** The app's statements for one request, in order; the first is the session lookup. */
  statements: CapturedStatement[];
  /** The session id (the token's hash) the captured statements were run with. */
  sessionHash: string;
  /** The body the app answered, parsed: the floor serializes it for every request. */
  body: unknown;
}

export interface FloorSetup {
  databaseUrl: string;
  poolSize: number;
  cookieName: string;
  routes: FloorRoute[];
}

// Values as text, as the app's Drizzle reads dates and timestamps: nothing is parsed on the way in.
const raw = { getTypeParser: () => (value: string) => value };

async function main(setup: FloorSetup): Promise<void> {
  const pool = new pg.Pool({ connectionString: setup.databaseUrl, max: setup.poolSize });
  const app = Fastify({ logger: false });
  const cookiePattern = new RegExp(`(?:^|;\\s*)${setup.cookieName}=([^;]+)`);
  const routes = new Map(setup.routes.map((r) => [r.url, r]));

  app.get('/*', async (request, reply) => {
    const route = routes.get(request.url);
    if (!route) return reply.status(404).send({ error: 'not a floor route' });
    const token = cookiePattern.exec(request.headers.cookie ?? '')?.[1];
    if (!token) return reply.status(401).send({ error: 'no session' });
    const sessionHash = createHash('sha256').update(token).digest('base64url');
    for (const [i, s] of route.statements.entries()) {
      const values = s.values.map((v) => (v === route.sessionHash ? sessionHash : v));
      const result = await pool.query({ ...(s.name ? { name: s.name } : {}), text: s.text, ...(s.rowMode ? { rowMode: s.rowMode } : {}), types: raw }, values);
      if (i === 0 && result.rows.length === 0) return reply.status(401).send({ error: 'no session' });
    }
    return reply.header('content-type', 'application/json; charset=utf-8').send(JSON.stringify(route.body));
  });

  const address = await app.listen({ port: 0, host: '127.0.0.1' });
  process.stdout.write(`${address}\n`);
  process.on('SIGTERM', () => { void app.close().then(() => pool.end()).then(() => process.exit(0)); });
}

if (process.argv[2]) await main(JSON.parse(readFileSync(process.argv[2], 'utf8')) as FloorSetup);
