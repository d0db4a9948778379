// Back office: the overview page, what waits for the logged-in staff member, and a few counts.
import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type, type TSchema } from '@sinclair/typebox';
import type { AppContext } from '../../http/context.ts';
import { withErrors } from '../../http/schemas.ts';
import { authorize } from '../../http/session.ts';
import { swedishDate } from '../../domain/dates.ts';
import { can } from '../../policies/staff.ts';
import { countRegister } from '../../repositories/backoffice.ts';
import { listCases } from '../../repositories/cases.ts';
import { optionOrdersWaiting } from '../../repositories/option-orders.ts';
import { paymentQueueSummary } from '../../repositories/payment-queue.ts';
import { presentStaffCaseSummary, StaffCaseSummaryView } from '../../presenters/cases.ts';

/** The most cases the work list shows; the inbox has the rest. */
const WORK_LIMIT = 50;

/**
 * The work list has one section per kind of work, each its items (oldest first) and whether there are
 * more than shown; beside `cases`, the unmatched payments and the option orders as counts, each for
 * those who handle them.
 */
const WorkSection = <T extends TSchema>(item: T, description: string) => Type.Object({ items: Type.Array(item), more: Type.Boolean() }, { description });

export const SummaryView = Type.Object({
  customers: Type.Integer(), properties: Type.Integer(), rentalObjects: Type.Integer(),
  activeLeases: Type.Integer(), tenantUsers: Type.Integer(),
  work: Type.Object({
    cases: WorkSection(StaffCaseSummaryView, "Open cases waiting for staff: the person's own and (for those who may work cases) the shared queue, longest waiting first"),
    payments: Type.Optional(Type.Object({
      count: Type.Integer(), leftOre: Type.Integer(), oldestPaidOn: Type.Union([Type.String({ format: 'date' }), Type.Null()]),
    }, { description: 'The unmatched payment queue (for those who may book payments): how many wait, the öre left of them, the oldest payment day' })),
    options: Type.Optional(Type.Object({
      received: Type.Integer(), oldestReceivedOn: Type.Union([Type.String({ format: 'date' }), Type.Null()]), open: Type.Integer(),
    }, { description: 'Option orders (for those who process them): how many nobody has answered (Mottagen) and since which day, and how many are open' })),
  }),
});

export default async function summaryRoutes(fastify: FastifyInstance, ctx: AppContext) {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  const { db } = ctx;

  app.get('/api/backoffice/summary', {
    schema: {
      tags: ['backoffice'],
      summary: 'What waits for the logged-in staff member, and counts for the overview page',
      response: withErrors({ 200: SummaryView }, 401, 403),
    },
  }, async (request) => {
    const staff = authorize(request, 'backoffice.read');
    // Someone who may not work cases sees only those given to them, not the shared queue.
    const filter = can(staff.role, 'cases.work') ? { workOf: staff.userId } : { responsibleId: staff.userId, view: 'current' as const };
    const [counts, waiting, payments, options] = await Promise.all([
      countRegister(db, swedishDate(ctx.clock.now())),
      listCases(db, staff.scope, { ...filter, excludeRelated: true }, 'waiting', WORK_LIMIT + 1),
      can(staff.role, 'billing.edit') ? paymentQueueSummary(db) : undefined,
      can(staff.role, 'options.edit') ? optionOrdersWaiting(db) : undefined,
    ]);
    const open = waiting.filter((row) => row.waitingSince !== null);
    return {
      ...counts,
      work: {
        cases: { items: open.slice(0, WORK_LIMIT).map((row) => presentStaffCaseSummary(row, request.lang)), more: open.length > WORK_LIMIT },
        ...(payments ? { payments } : {}),
        ...(options ? { options } : {}),
      },
    };
  });
}
