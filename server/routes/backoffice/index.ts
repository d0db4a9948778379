// The back office's API for staff. Every route here needs a staff session, checked before validation so
// a visitor learns nothing about a route's body; each route then names the ability it needs
// (server/policies/staff.ts).
import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../http/context.ts';
import { staffOf } from '../../http/session.ts';
import summaryRoutes from './summary.ts';
import customerRoutes from './customers.ts';
import tenantUserRoutes from './tenant-users.ts';
import staffRoutes from './staff.ts';
import auditRoutes from './audit.ts';
import propertyRoutes from './properties.ts';
import messageRoutes from './messages.ts';
import caseRoutes from './cases.ts';
import noticeRoutes from './notices.ts';
import invoiceRunRoutes from './invoice-runs.ts';
import leaseRegisterRoutes from './leases.ts';
import invoiceRoutes from './invoices.ts';
import leaseDocumentRoutes from './lease-documents.ts';
import rentalObjectRoutes from './rental-objects.ts';
import debtRoutes from './debt.ts';
import reminderRoutes from './reminders.ts';
import exportRoutes from './exports.ts';
import paymentRoutes from './payments.ts';
import bankFileRoutes from './bank-files.ts';
import optionRoutes from './options.ts';
import collectionSettingsRoutes from './collection-settings.ts';

export default async function backofficeRoutes(app: FastifyInstance, ctx: AppContext) {
  // Callback style, not async: a thrown error is answered the same, without a promise a request.
  app.addHook('preValidation', (request, _reply, done) => { staffOf(request); done(); });
  for (const routes of [summaryRoutes, customerRoutes, tenantUserRoutes, staffRoutes, auditRoutes, propertyRoutes, messageRoutes, caseRoutes, noticeRoutes, invoiceRunRoutes, leaseRegisterRoutes, invoiceRoutes, leaseDocumentRoutes, rentalObjectRoutes, debtRoutes, reminderRoutes, exportRoutes, paymentRoutes, bankFileRoutes, optionRoutes, collectionSettingsRoutes]) {
    await app.register(routes, ctx);
  }
}
