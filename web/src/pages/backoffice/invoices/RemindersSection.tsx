import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { apiPost } from '../../../api';
import { DataTable } from '../../../components/DataTable';
import { Detail } from '../../../components/Detail';
import { FormAlert, FormStatus } from '../../../components/Form';
import { Money } from '../../../components/Money';
import { Section } from '../../../components/Section';
import { AsyncContent } from '../../../components/Status';
import { formatMoney, formatNumber } from '../../../format';
import { useApiData } from '../../../hooks/useApiData';
import { useSubmit } from '../../../hooks/useSubmit';
import { currentLanguage } from '../../../i18n';
import { useStaffCan } from '../../../session';
import type { InvoiceCollection, SentReminder } from '@api';
import { staffInvoiceHref } from './links';

/**
 * An invoice's collection on its back-office page: the reminders sent (with the fee's own invoice),
 * the accrued late-payment interest while it is overdue (shown, not invoiced), and for staff who may
 * edit billing "Skicka påminnelse", which sends the next level now.
 */
export function RemindersSection({ invoiceId }: { invoiceId: string }) {
  const { t } = useTranslation();
  const state = useApiData<InvoiceCollection>(`/api/backoffice/invoices/${encodeURIComponent(invoiceId)}/collection`);
  return (
    <>
      <Section title={t('backoffice.reminders.heading')}>
        <p>{t('backoffice.reminders.auto')}</p>
        <AsyncContent state={state}>{(found) => <Reminders invoiceId={invoiceId} collection={found} onSent={state.reload} />}</AsyncContent>
      </Section>
      {state.data?.interest && <InterestSection interest={state.data.interest} />}
      {state.data?.interestInvoice && (
        <Section title={t('backoffice.reminders.interestInvoiceHeading')}>
          <p>
            <Link to={staffInvoiceHref(state.data.interestInvoice.id)}>
              {t('backoffice.reminders.interestInvoice', { number: state.data.interestInvoice.number, amount: formatMoney(state.data.interestInvoice.totalOre, currentLanguage()) })}
            </Link>
          </p>
        </Section>
      )}
    </>
  );
}

function Reminders({ invoiceId, collection, onSent }: { invoiceId: string; collection: InvoiceCollection; onSent: () => void }) {
  const { t } = useTranslation();
  const canEdit = useStaffCan('billing.edit');
  const action = useSubmit();
  const next = collection.nextReminder;

  function send() {
    if (action.submitting) return undefined;
    return action.run(async () => {
      const { reminder } = await apiPost<SentReminder>(`/api/backoffice/invoices/${encodeURIComponent(invoiceId)}/reminders`);
      action.setStatus(t('backoffice.reminders.sent', { level: reminder.level }));
      onSent();
    });
  }

  return (
    <>
      {collection.reminders.length === 0 ? (
        <p>{t('backoffice.reminders.none')}</p>
      ) : (
        <DataTable
          caption={t('backoffice.reminders.caption')}
          rows={collection.reminders}
          rowKey={(r) => r.id}
          columns={[
            { label: t('backoffice.reminders.level'), nowrap: true, cell: (r) => t('backoffice.reminders.levelNumber', { level: r.level }) },
            { label: t('backoffice.reminders.sentOn'), nowrap: true, cell: (r) => r.sentOn },
            {
              label: t('backoffice.reminders.fee'),
              cell: (r) =>
                r.feeInvoice ? (
                  <>
                    <Money ore={r.feeInvoice.totalOre} />{' '}
                    <Link to={staffInvoiceHref(r.feeInvoice.id)}>{t('backoffice.reminders.feeInvoice', { number: r.feeInvoice.number })}</Link>
                  </>
                ) : (
                  t('backoffice.reminders.noFee')
                ),
            },
          ]}
        />
      )}
      {canEdit && next && (
        <>
          <p>
            {t('backoffice.reminders.next', { level: next.level })}{' '}
            {next.feeOre > 0 ? t('backoffice.reminders.withFee', { amount: formatMoney(next.feeOre, currentLanguage()) }) : t('backoffice.reminders.withoutFee')}
          </p>
          <p>
            <button type="button" className="button button--secondary" aria-describedby={action.error ? action.errorId : undefined} onClick={() => void send()}>
              {t('backoffice.reminders.send')}
            </button>
          </p>
        </>
      )}
      <FormAlert submit={action} />
      <FormStatus>{action.status}</FormStatus>
    </>
  );
}

function InterestSection({ interest }: { interest: NonNullable<InvoiceCollection['interest']> }) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  return (
    <Section title={t('backoffice.reminders.interestHeading')}>
      <dl className="details">
        <Detail label={t('backoffice.reminders.interest')}>
          <Money ore={interest.interestOre} />
        </Detail>
      </dl>
      <p>{t(interest.charged ? 'backoffice.reminders.interestTextCharged' : 'backoffice.reminders.interestText', { principal: formatMoney(interest.principalOre, lang), from: interest.from, to: interest.to })}</p>
      <ul>
        {interest.periods.map((p) => (
          <li key={p.from}>{t('backoffice.reminders.ratePeriods', { rate: formatNumber(p.rateBp / 100, lang), from: p.from, to: p.to, days: p.days })}</li>
        ))}
      </ul>
    </Section>
  );
}
