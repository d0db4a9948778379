// Bokföring: the SIE 4 file of a period for the landlord's accounting system, for staff who may read billing.
import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import type { AppContext } from '../../http/context.ts';
import { Binary, IsoDate, strict, withErrors } from '../../http/schemas.ts';
import { authorize } from '../../http/session.ts';
import { swedishDate } from '../../domain/dates.ts';
import { exportSie } from '../../usecases/payments/export-sie.ts';

export const SieExportQuery = Type.Object({
  from: IsoDate,
  to: IsoDate,
}, strict);

export default async function backofficeExportRoutes(fastify: FastifyInstance, ctx: AppContext) {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();

  app.get('/api/backoffice/exports/sie', {
    schema: {
      tags: ['backoffice'],
      summary: 'The SIE 4 file (CP437) of a period: invoices, credit notes and payments as balanced vouchers, on BAS accounts or those of the settings',
      querystring: SieExportQuery,
      produces: ['text/plain'],
      response: withErrors({ 200: Binary('text/plain; charset=IBM437 (SIE 4)') }, 401, 403, 422),
    },
  }, async (request, reply) => {
    authorize(request, 'billing.read');
    const file = await exportSie(ctx.db, { ...request.query, today: swedishDate(ctx.clock.now()) });
    return reply
      .header('content-type', 'text/plain; charset=IBM437')
      .header('content-disposition', `attachment; filename="${file.fileName}"`)
      .header('x-content-type-options', 'nosniff')
      .header('cache-control', 'private, no-store')
      .send(Buffer.from(file.bytes));
  });
}
