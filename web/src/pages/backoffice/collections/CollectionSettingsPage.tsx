import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiPut, type ApiError } from '../../../api';
import { Field } from '../../../components/Field';
import { Form, FormStatus } from '../../../components/Form';
import { PageHeading } from '../../../components/PageHeading';
import { Section } from '../../../components/Section';
import { AsyncContent } from '../../../components/Status';
import { useApiData } from '../../../hooks/useApiData';
import { useSubmit } from '../../../hooks/useSubmit';
import { currentLanguage } from '../../../i18n';
import { useStaffCan } from '../../../session';
import type { CollectionSettingsAnswer, CollectionSettingsBody } from '@api';
import { kronorInput, parseKronor } from '@domain/money';
import { MAX_REMINDER_LEVELS, SETTINGS_ACCOUNTS, parseReminderDays, type SettingsAccount } from '@domain/payments/collection-settings';

type SettingsField = 'reminderFeeOre' | 'reminderDaysAfterDue' | 'lateInterest.minimumOre' | `accounts.${SettingsAccount}`;
type Accounts = CollectionSettingsAnswer['settings']['accounts'];

/**
 * Inställningar för påminnelser och bokföring (/admin/installningar): the reminder fee (0 to the lawful
 * 60 kr), the days after the due date each reminder goes out, and the accounts of the SIE export, for
 * administrators and finance. The server checks everything again and names the field it refuses.
 */
export function CollectionSettingsPage() {
  const { t } = useTranslation();
  const allowed = useStaffCan('collections.settings');
  const state = useApiData<CollectionSettingsAnswer>(allowed ? '/api/backoffice/settings/collections' : null);
  return (
    <>
      <PageHeading>{t('backoffice.collectionSettings.title')}</PageHeading>
      <p>{t('backoffice.collectionSettings.intro')}</p>
      {allowed ? <AsyncContent state={state}>{(answer) => <SettingsForm answer={answer} />}</AsyncContent> : <p>{t('backoffice.collectionSettings.notAllowed')}</p>}
    </>
  );
}

function SettingsForm({ answer }: { answer: CollectionSettingsAnswer }) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const submit = useSubmit<SettingsField>();
  const [fee, setFee] = useState(() => kronorInput(answer.settings.reminderFeeOre, lang));
  const [days, setDays] = useState(() => answer.settings.reminderDaysAfterDue.join(', '));
  const [accounts, setAccounts] = useState<Accounts>(answer.settings.accounts);
  const [interestCharged, setInterestCharged] = useState(answer.settings.lateInterest.charged);
  const [interestMinimum, setInterestMinimum] = useState(() => kronorInput(answer.settings.lateInterest.minimumOre, lang));
  const id = useId();

  function send() {
    const reminderFeeOre = parseKronor(fee);
    if (reminderFeeOre === null) return submit.fail(t('backoffice.collectionSettings.badFee'), ['reminderFeeOre']);
    const reminderDaysAfterDue = parseReminderDays(days);
    if (reminderDaysAfterDue === null) return submit.fail(t('backoffice.collectionSettings.badDays'), ['reminderDaysAfterDue']);
    const minimumOre = parseKronor(interestMinimum);
    if (minimumOre === null) return submit.fail(t('backoffice.collectionSettings.badInterestMinimum'), ['lateInterest.minimumOre']);
    const body: CollectionSettingsBody = { reminderFeeOre, reminderDaysAfterDue, lateInterest: { charged: interestCharged, minimumOre }, accounts: Object.fromEntries(SETTINGS_ACCOUNTS.map((k) => [k, accounts[k].trim()])) as Accounts };
    return submit
      .run(() => apiPut<CollectionSettingsAnswer, CollectionSettingsBody>('/api/backoffice/settings/collections', body), (error: ApiError) => {
        const field = error.details?.field;
        return typeof field === 'string' ? [field as SettingsField] : [];
      })
      .then((saved) => {
        if (!saved) return;
        setFee(kronorInput(saved.settings.reminderFeeOre, lang));
        setDays(saved.settings.reminderDaysAfterDue.join(', '));
        setAccounts(saved.settings.accounts);
        setInterestCharged(saved.settings.lateInterest.charged);
        setInterestMinimum(kronorInput(saved.settings.lateInterest.minimumOre, lang));
        submit.setStatus(saved.changed.length > 0 ? t('backoffice.collectionSettings.saved') : t('backoffice.collectionSettings.unchanged'));
      });
  }

  return (
    <Form submit={submit} onSubmit={send} className="form narrow">
      <Section title={t('backoffice.collectionSettings.remindersHeading')}>
        <Field
          label={t('backoffice.collectionSettings.fee')}
          hint={t('backoffice.collectionSettings.feeHint', { max: kronorInput(answer.maxReminderFeeOre, lang) })}
          inputMode="decimal"
          autoComplete="off"
          maxLength={12}
          required
          {...submit.field('reminderFeeOre')}
          value={fee}
          onValueChange={setFee}
        />
        <Field
          label={t('backoffice.collectionSettings.days')}
          hint={t('backoffice.collectionSettings.daysHint', { max: MAX_REMINDER_LEVELS })}
          autoComplete="off"
          maxLength={40}
          required
          {...submit.field('reminderDaysAfterDue')}
          value={days}
          onValueChange={setDays}
        />
      </Section>
      <Section title={t('backoffice.collectionSettings.interestHeading')}>
        <div className="checkbox">
          <input
            id={`${id}-interest`}
            type="checkbox"
            checked={interestCharged}
            aria-describedby={`${id}-interest-hint`}
            onChange={(event) => {
              setInterestCharged(event.target.checked);
            }}
          />
          <label htmlFor={`${id}-interest`}>{t('backoffice.collectionSettings.interestCharged')}</label>
        </div>
        <p className="hint checkbox-hint" id={`${id}-interest-hint`}>
          {t('backoffice.collectionSettings.interestChargedHint')}
        </p>
        <Field
          label={t('backoffice.collectionSettings.interestMinimum')}
          hint={t('backoffice.collectionSettings.interestMinimumHint')}
          inputMode="decimal"
          autoComplete="off"
          maxLength={12}
          required
          {...submit.field('lateInterest.minimumOre')}
          value={interestMinimum}
          onValueChange={setInterestMinimum}
        />
      </Section>
      <Section title={t('backoffice.collectionSettings.accountsHeading')}>
        <p>{t('backoffice.collectionSettings.accountsIntro')}</p>
        {SETTINGS_ACCOUNTS.map((key) => (
          <Field
            key={key}
            label={t(`backoffice.collectionSettings.account.${key}`)}
            hint={t('backoffice.collectionSettings.basHint', { account: answer.basAccounts[key] })}
            inputMode="numeric"
            autoComplete="off"
            maxLength={4}
            required
            {...submit.field(`accounts.${key}`)}
            value={accounts[key]}
            onValueChange={(value) => setAccounts((was) => ({ ...was, [key]: value }))}
          />
        ))}
      </Section>
      <div className="button-row">
        <button type="submit" className="button button--primary">
          {t('backoffice.collectionSettings.submit')}
        </button>
      </div>
      <FormStatus>{submit.status}</FormStatus>
    </Form>
  );
}
