// Påminnelser on the back office's invoice page: the reminders sent, the accrued interest and what a
// reminder sent now would be (billing.read), and sending one by hand (billing.edit).
import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { AppContext } from '../../http/context.ts';
import { IdParams, withErrors } from '../../http/schemas.ts';
import { authorize } from '../../http/session.ts';
import { AppError } from '../../errors.ts';
import { swedishDate } from '../../domain/dates.ts';
import { readInvoiceCollection } from '../../usecases/payments/invoice-collection.ts';
import { sendReminder } from '../../usecases/payments/send-reminder.ts';
import { InvoiceCollectionView, SentReminderView, presentInvoiceCollection, presentSentReminder } from '../../presenters/reminders.ts';

export default async function backofficeReminderRoutes(fastify: FastifyInstance, ctx: AppContext) {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();

  app.get('/api/backoffice/invoices/:id/collection', {
    schema: {
      tags: ['backoffice'], summary: "An invoice's reminders, its accrued late-payment interest (shown, not invoiced) and the reminder that would go out now",
      params: IdParams,
      response: withErrors({ 200: InvoiceCollectionView }, 401, 403, 404),
    },
  }, async (request) => {
    authorize(request, 'billing.read');
    const found = await readInvoiceCollection(ctx.db, request.params.id, swedishDate(ctx.clock.now()));
    if (!found) throw new AppError('NOT_FOUND');
    return presentInvoiceCollection(found);
  });

  app.post('/api/backoffice/invoices/:id/reminders', {
    schema: {
      tags: ['backoffice'], summary: 'Send a reminder of an overdue invoice now: the next level, by e-mail and SMS, with the agreed fee on an invoice of its own',
      params: IdParams,
      response: withErrors({ 201: SentReminderView }, 401, 403, 404, 409, 422),
    },
  }, async (request, reply) => {
    const staff = authorize(request, 'billing.edit');
    const booked = await sendReminder(ctx, { invoiceId: request.params.id, staffId: staff.userId, ip: request.ip });
    return reply.status(201).send(presentSentReminder(booked));
  });
}
