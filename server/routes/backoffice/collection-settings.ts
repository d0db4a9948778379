// Inställningar (collections): the reminder fee and days and the bookkeeping export's accounts, for the
// staff who may change them (collections.settings: administrators and finance).
import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type, type Static } from '@sinclair/typebox';
import type { AppContext } from '../../http/context.ts';
import { strict, withErrors } from '../../http/schemas.ts';
import { authorize } from '../../http/session.ts';
import { AppError } from '../../errors.ts';
import { findLandlord } from '../../repositories/landlord.ts';
import { SETTINGS_ACCOUNTS, MAX_LATE_INTEREST_MINIMUM_ORE, MAX_REMINDER_DAYS, MAX_REMINDER_LEVELS } from '../../domain/payments/collection-settings.ts';
import { MAX_REMINDER_FEE_ORE } from '../../domain/payments/reminders.ts';
import { settingsAccountsOf } from '../../domain/payments/sie-period.ts';
import { changeCollectionSettings } from '../../usecases/payments/change-collection-settings.ts';

const Accounts = Type.Object(Object.fromEntries(SETTINGS_ACCOUNTS.map((key) => [key, Type.String({ maxLength: 20 })])) as Record<(typeof SETTINGS_ACCOUNTS)[number], ReturnType<typeof Type.String>>, {
  ...strict, description: 'BAS accounts, four digits: receivables (1510), bank (1930), customer advances (2420), rent income at 0 % and 25 % VAT (3911, 3913), output VAT 25 % (2611), reminder fees (3930), interest (8313)',
});

export const CollectionSettingsBody = Type.Object({
  reminderFeeOre: Type.Integer({ description: `Påminnelseavgift in öre, 0 for none, at most ${MAX_REMINDER_FEE_ORE} (60 kr, lag 1981:739)` }),
  reminderDaysAfterDue: Type.Array(Type.Integer(), { maxItems: 20, description: `Days after the due date each reminder goes out, rising, 1 to ${MAX_REMINDER_DAYS}, at most ${MAX_REMINDER_LEVELS}` }),
  lateInterest: Type.Optional(Type.Object({
    charged: Type.Boolean({ description: 'Dröjsmålsränta invoiced once an overdue invoice is paid (decision 0024); false: only shown' }),
    minimumOre: Type.Integer({ description: `No interest invoice below this, öre, 0 to ${MAX_LATE_INTEREST_MINIMUM_ORE}` }),
  }, { ...strict, description: 'Absent: as it is' })),
  accounts: Accounts,
}, strict);

export const CollectionSettingsView = Type.Object({
  settings: Type.Object({
    reminderFeeOre: Type.Integer(),
    reminderDaysAfterDue: Type.Array(Type.Integer()),
    lateInterest: Type.Object({ charged: Type.Boolean(), minimumOre: Type.Integer() }),
    accounts: Accounts,
  }),
  basAccounts: Accounts,
  maxReminderFeeOre: Type.Integer(),
  changed: Type.Array(Type.String(), { description: 'After a save: what it changed (reminderFeeOre, reminderDaysAfterDue, accounts); empty when nothing' }),
});

export default async function backofficeCollectionSettingsRoutes(fastify: FastifyInstance, ctx: AppContext) {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();

  const answer = async (changed: string[]): Promise<Static<typeof CollectionSettingsView>> => {
    const landlord = await findLandlord(ctx.db);
    if (!landlord) throw new AppError('NOT_FOUND');
    return {
      settings: {
        reminderFeeOre: landlord.reminderFeeOre, reminderDaysAfterDue: landlord.reminderDaysAfterDue,
        lateInterest: { charged: landlord.lateInterestCharged, minimumOre: landlord.lateInterestMinimumOre }, accounts: settingsAccountsOf(landlord.sieAccounts),
      },
      basAccounts: settingsAccountsOf(null), maxReminderFeeOre: MAX_REMINDER_FEE_ORE, changed,
    };
  };

  app.get('/api/backoffice/settings/collections', {
    schema: { tags: ['backoffice'], summary: 'The collection settings: reminder fee and days, the bookkeeping export\'s accounts', response: withErrors({ 200: CollectionSettingsView }, 401, 403) },
  }, async (request) => {
    authorize(request, 'collections.settings');
    return answer([]);
  });

  app.put('/api/backoffice/settings/collections', {
    schema: {
      tags: ['backoffice'], summary: 'Change the collection settings (all of them at once); each refusal names its field; audited; a save that changes nothing writes nothing',
      body: CollectionSettingsBody, response: withErrors({ 200: CollectionSettingsView }, 401, 403, 422),
    },
  }, async (request) => {
    const staff = authorize(request, 'collections.settings');
    const { changed } = await changeCollectionSettings(ctx, { staffId: staff.userId, ip: request.ip, settings: request.body as Static<typeof CollectionSettingsBody> });
    return answer(changed);
  });
}
