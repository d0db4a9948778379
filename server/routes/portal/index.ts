// The tenant portal's API. Every route here needs a tenant session, checked before validation so a
// visitor learns nothing about a route's body; every query is scoped to the session's customer.
import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../http/context.ts';
import { tenantOf } from '../../http/session.ts';
import leaseRoutes from './leases.ts';
import meRoutes from './me.ts';
import caseRoutes from './cases.ts';
import invoiceRoutes from './invoices.ts';
import paymentRoutes from './payments.ts';
import optionRoutes from './options.ts';

export default async function portalRoutes(app: FastifyInstance, ctx: AppContext) {
  // Callback style, not async: a thrown error is answered the same, without a promise a request.
  app.addHook('preValidation', (request, _reply, done) => { tenantOf(request); done(); });
  await app.register(leaseRoutes, ctx);
  await app.register(meRoutes, ctx);
  await app.register(caseRoutes, ctx);
  await app.register(invoiceRoutes, ctx);
  await app.register(paymentRoutes, ctx);
  await app.register(optionRoutes, ctx);
}
