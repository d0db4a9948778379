import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import type { AppContext } from '../http/context.ts';
import { appliedMigrations, expectedMigrations } from '../db/migrate.ts';
import { AppError } from '../errors.ts';

export default async function healthRoutes(fastify: FastifyInstance, ctx: AppContext) {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  // Probes every few seconds would flood the log at info; a stricter global level still wins.
  const logLevel = (['silent', 'fatal', 'error'].includes(ctx.config.logLevel) ? ctx.config.logLevel : 'warn') as 'silent' | 'fatal' | 'error' | 'warn';
  app.get('/api/health', {
    logLevel,
    schema: { tags: ['operations'], summary: 'The process is alive', response: { 200: Type.Object({ status: Type.Literal('ok') }) } },
  }, async () => ({ status: 'ok' as const }));

  app.get('/api/ready', {
    logLevel,
    schema: {
      tags: ['operations'],
      summary: 'The database answers and its migrations are current',
      response: {
        200: Type.Object({ status: Type.Literal('ready'), database: Type.String(), migrations: Type.Integer() }),
        503: Type.Object({ error: Type.Object({ code: Type.String(), message: Type.String() }) }),
      },
    },
  }, async (request) => {
    let applied: number;
    try {
      applied = await appliedMigrations(ctx.database);
    } catch (error) {
      request.log.error({ err: error }, 'database not reachable');
      throw new AppError('NOT_READY');
    }
    if (applied < expectedMigrations) throw new AppError('NOT_READY');
    return { status: 'ready' as const, database: ctx.database.kind, migrations: applied };
  });
}
