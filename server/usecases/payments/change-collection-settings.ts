// Staff (administrators and finance) change the collection settings: the reminder fee (0 to the
// lawful 60 kr), the days after the due date each reminder goes out, and the bookkeeping export's
// accounts (four digits, BAS by default). Checked in words, field by field (domain/payments/
// collection-settings.ts); the change and its audit event (what changed, before and after) in one
// transaction; a save that changes nothing writes nothing.
import type { Clock } from '../../clock.ts';
import type { Db } from '../../db/client.ts';
import { AppError } from '../../errors.ts';
import { checkCollectionSettings, type CollectionSettings, type SettingsRefusal } from '../../domain/payments/collection-settings.ts';
import { accountPlanSettingsOf, settingsAccountsOf } from '../../domain/payments/sie-period.ts';
import { lockCollectionSettings, updateCollectionSettings } from '../../repositories/landlord.ts';
import { recordAudit } from '../../repositories/audit.ts';

/** Late interest absent: as it is (a client that does not know it changes the rest). */
export interface ChangeSettingsInput { staffId: string; ip: string | null; settings: Omit<CollectionSettings, 'lateInterest'> & { lateInterest?: CollectionSettings['lateInterest'] } }

function refusalError(refusal: SettingsRefusal): AppError {
  const details = { field: refusal.field };
  switch (refusal.kind) {
    case 'fee_out_of_range': return new AppError('SETTINGS_FEE_OUT_OF_RANGE', { maximumOre: refusal.maximumOre }, { details });
    case 'account_not_four_digits': return new AppError('SETTINGS_ACCOUNT_INVALID', { value: refusal.value }, { details });
    case 'interest_minimum_out_of_range': return new AppError('SETTINGS_INTEREST_MINIMUM_OUT_OF_RANGE', { maximumOre: refusal.maximumOre }, { details });
    default: return new AppError('SETTINGS_DAYS_INVALID', { kind: refusal.kind, maximum: refusal.maximum }, { details });
  }
}

export async function changeCollectionSettings(deps: { db: Db; clock: Clock }, input: ChangeSettingsInput): Promise<{ changed: string[] }> {
  const asSent = input.settings.lateInterest;
  // Absent, late interest is left as it is: the other settings are checked with a value that passes.
  const [refusal] = checkCollectionSettings({ ...input.settings, lateInterest: asSent ?? { charged: false, minimumOre: 0 } });
  if (refusal) throw refusalError(refusal);
  const now = deps.clock.now();
  return deps.db.transaction(async (tx) => {
    const row = await lockCollectionSettings(tx);
    if (!row) throw new AppError('NOT_FOUND');
    const before: CollectionSettings = {
      reminderFeeOre: row.reminderFeeOre, reminderDaysAfterDue: row.reminderDaysAfterDue,
      lateInterest: { charged: row.lateInterestCharged, minimumOre: row.lateInterestMinimumOre }, accounts: settingsAccountsOf(row.sieAccounts),
    };
    const after: CollectionSettings = { ...input.settings, lateInterest: asSent ?? before.lateInterest };
    const same = (key: keyof CollectionSettings) => JSON.stringify(before[key]) === JSON.stringify(after[key]);
    const changed = (['reminderFeeOre', 'reminderDaysAfterDue', 'lateInterest', 'accounts'] as const).filter((key) => !same(key));
    if (changed.length === 0) return { changed };
    await updateCollectionSettings(tx, {
      reminderFeeOre: after.reminderFeeOre, reminderDaysAfterDue: after.reminderDaysAfterDue, sieAccounts: accountPlanSettingsOf(after.accounts, row.sieAccounts),
      lateInterestCharged: after.lateInterest.charged, lateInterestMinimumOre: after.lateInterest.minimumOre,
      // Turned on: the interest run charges what is paid from now on, never the history before.
      ...(after.lateInterest.charged && !before.lateInterest.charged ? { lateInterestSince: now, lateInterestCheckedTo: now } : {}),
    });
    await recordAudit(tx, {
      at: now, actorKind: 'staff', actorId: input.staffId, action: 'settings.collections_changed', subjectKind: 'landlord_settings', subjectId: null, ip: input.ip,
      details: { before: Object.fromEntries(changed.map((k) => [k, before[k]])), after: Object.fromEntries(changed.map((k) => [k, after[k]])) },
    });
    return { changed };
  });
}
