import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DataTable } from '../../components/DataTable';
import { PageHeading } from '../../components/PageHeading';
import { Section } from '../../components/Section';
import { AsyncContent, EmptyState } from '../../components/Status';
import { formatMoney, formatNumber } from '../../format';
import { useApiData } from '../../hooks/useApiData';
import { currentLanguage } from '../../i18n';
import type { BackofficeSummary } from '@api';
import { useStaffCaseColumns, WAITING_COLUMN } from './cases/StaffCaseColumns';

/**
 * What waits for the logged-in staff member, one section per kind of work (cases; the unmatched
 * payments for those who book payments; option orders for those who process them), then a few
 * counts of the register.
 */
export function OverviewPage() {
  const { t } = useTranslation();
  const summary = useApiData<BackofficeSummary>('/api/backoffice/summary');

  return (
    <>
      <PageHeading>{t('backoffice.overview.title')}</PageHeading>
      <AsyncContent state={summary}>
        {(data) => (
          <>
            <WaitingCases work={data.work.cases} />
            {data.work.payments && <WaitingPayments queue={data.work.payments} />}
            {data.work.options && <WaitingOptionOrders orders={data.work.options} />}
            <RegisterCounts data={data} />
          </>
        )}
      </AsyncContent>
    </>
  );
}

function WaitingCases({ work }: { work: BackofficeSummary['work']['cases'] }) {
  const { t } = useTranslation();
  const columns = useStaffCaseColumns();
  return (
    <Section title={t('backoffice.overview.casesHeading')}>
      <p>{t('backoffice.overview.casesIntro')}</p>
      {work.items.length === 0 ? (
        <EmptyState title={t('backoffice.overview.noCases')} />
      ) : (
        <DataTable
          caption={t('backoffice.overview.casesCaption')}
          dense
          rows={work.items}
          rowKey={(item) => item.id}
          columns={columns}
          initialSort={{ column: WAITING_COLUMN, direction: 'ascending' }}
        />
      )}
      {work.more && <p>{t('backoffice.overview.moreCases')}</p>}
      <p>
        <Link to="/admin/arenden">{t('backoffice.overview.toInbox')}</Link>
      </p>
    </Section>
  );
}

/** A kind of work that has a page of its own: a sentence of what waits, and a link to that page. */
function WorkCount({ title, text, to, linkText }: { title: string; text: string; to: string; linkText: string }) {
  return (
    <Section title={title}>
      <p>{text}</p>
      <p>
        <Link to={to}>{linkText}</Link>
      </p>
    </Section>
  );
}

function WaitingPayments({ queue }: { queue: NonNullable<BackofficeSummary['work']['payments']> }) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const text = queue.count === 0
    ? t('backoffice.overview.noPayments')
    : t('backoffice.overview.paymentsWaiting', { count: queue.count, amount: formatMoney(queue.leftOre, lang), since: queue.oldestPaidOn });
  return <WorkCount title={t('backoffice.overview.paymentsHeading')} text={text} to="/admin/inbetalningar/oparade" linkText={t('backoffice.overview.toPaymentQueue')} />;
}

function WaitingOptionOrders({ orders }: { orders: NonNullable<BackofficeSummary['work']['options']> }) {
  const { t } = useTranslation();
  const waiting = orders.received === 0
    ? t('backoffice.overview.noNewOptionOrders')
    : t('backoffice.overview.optionOrdersWaiting', { count: orders.received, since: orders.oldestReceivedOn });
  const text = `${waiting} ${t('backoffice.overview.optionOrdersOpen', { count: orders.open })}`;
  return <WorkCount title={t('backoffice.overview.optionsHeading')} text={text} to="/admin/tillval" linkText={t('backoffice.overview.toOptionOrders')} />;
}

function RegisterCounts({ data }: { data: BackofficeSummary }) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const figures = [
    [t('backoffice.overview.customers'), data.customers],
    [t('backoffice.overview.properties'), data.properties],
    [t('backoffice.overview.rentalObjects'), data.rentalObjects],
    [t('backoffice.overview.activeLeases'), data.activeLeases],
    [t('backoffice.overview.tenantUsers'), data.tenantUsers],
  ] as const;
  return (
    <Section title={t('backoffice.overview.registerHeading')}>
      <dl className="stat-grid">
        {figures.map(([label, value]) => (
          <div key={label} className="stat">
            <dt className="stat__label">{label}</dt>
            <dd className="stat__value">{formatNumber(value, lang)}</dd>
          </div>
        ))}
      </dl>
    </Section>
  );
}
