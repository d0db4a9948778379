import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DataTable } from '../../components/DataTable';
import { PageHeading } from '../../components/PageHeading';
import { Section } from '../../components/Section';
import { AsyncContent, EmptyState } from '../../components/Status';
import { formatNumber } from '../../format';
import { useApiData } from '../../hooks/useApiData';
import { currentLanguage } from '../../i18n';
import type { BackofficeSummary } from '@api';
import { useStaffCaseColumns, WAITING_COLUMN } from './cases/StaffCaseColumns';

/**
 * What waits for the logged-in staff member, one section per kind of work (cases now; unmatched
 * payments and option orders later, as sections of their own), then a few counts of the register.
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
