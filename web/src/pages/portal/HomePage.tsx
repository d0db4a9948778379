import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { CaseStatusBadge } from '../../components/cases/CaseBadges';
import { PageHeading } from '../../components/PageHeading';
import { Section } from '../../components/Section';
import { AsyncContent, EmptyState, Loading } from '../../components/Status';
import { leaseName } from '../../format';
import { useApiData } from '../../hooks/useApiData';
import { useTenant } from '../../session';
import type { Balance, CaseList, CaseSummary, InvoiceList, LeaseList } from '@api';
import { InvoicesCard } from './InvoicesCard';

/** Overview of the portal: the same functions as the menu, with what needs attention. */
export function HomePage() {
  const { t } = useTranslation();
  const tenant = useTenant();
  const leases = useApiData<LeaseList>('/api/portal/leases');
  const cases = useApiData<CaseList>('/api/portal/cases?view=current');
  const invoices = useApiData<InvoiceList>('/api/portal/invoices?unpaid=true');
  const balance = useApiData<Balance>('/api/portal/balance');
  // The cards appear together once every list has answered: one card filling in first would push
  // the others down (layout shift).
  const answered = [leases, cases, invoices, balance].every((state) => state.data !== undefined || state.error !== undefined);

  return (
    <>
      <PageHeading>{t('portal.nav.home')}</PageHeading>
      <p className="lead">{t('portal.home.welcome', { name: tenant.name ?? tenant.customer.name })}</p>
      <p>{t('portal.home.intro')}</p>
      <p>
        <Link to="/arenden/nytt" className="button button--primary">
          {t('portal.newCaseButton')}
        </Link>
      </p>
      {answered && cases.data && <NeedsAction cases={cases.data.cases} />}

      {!answered ? (
        <Loading />
      ) : (
        <div className="card-grid">
          <HomeCard title={t('portal.home.leasesHeading')} to="/avtal" linkLabel={t('portal.home.allLeases')}>
            <AsyncContent state={leases}>
              {({ leases: list }) =>
                list.length === 0 ? (
                  <p>{t('portal.home.noLeases')}</p>
                ) : (
                  <>
                    <p>{t('portal.home.leaseCount', { count: list.length })}</p>
                    <ul className="plain-list">
                      {list.map((lease) => (
                        <li key={lease.id}>
                          <Link to={`/avtal/${lease.id}`}>{leaseName(lease, t)}</Link>
                        </li>
                      ))}
                    </ul>
                  </>
                )
              }
            </AsyncContent>
          </HomeCard>
          <HomeCard title={t('portal.home.invoicesHeading')} to="/avier" linkLabel={t('portal.home.allInvoices')}>
            <AsyncContent state={invoices}>{({ invoices: list }) => <InvoicesCard invoices={list} creditOre={balance.data?.creditOre ?? 0} />}</AsyncContent>
          </HomeCard>
          <HomeCard title={t('portal.home.casesHeading')} to="/arenden" linkLabel={t('portal.home.allCases')}>
            <AsyncContent state={cases}>{({ cases: list }) => <CurrentCases cases={list} />}</AsyncContent>
          </HomeCard>
        </div>
      )}
    </>
  );
}

const LATEST_CASES = 3;

/**
 * The cases that wait for the tenant's reply, first on the page: a region with a heading that
 * says how many, and a link to each. Nothing when no case waits.
 */
function NeedsAction({ cases }: { cases: CaseSummary[] }) {
  const { t } = useTranslation();
  const waiting = cases.filter((item) => item.status === 'waiting_for_tenant');
  if (waiting.length === 0) return null;
  return (
    <Section className="card needs-action" title={t('portal.home.needsActionHeading', { count: waiting.length })}>
      <p>{t('portal.home.needsActionIntro', { count: waiting.length })}</p>
      <ul className="plain-list">
        {waiting.map((item) => (
          <li key={item.id}>
            <Link to={`/arenden/${encodeURIComponent(item.id)}`}>{item.title}</Link>{' '}
            <span className="muted nowrap">{item.number}</span> <CaseStatusBadge status={item.status} />
          </li>
        ))}
      </ul>
    </Section>
  );
}

/** How many cases are open, and the ones that changed last. */
function CurrentCases({ cases }: { cases: CaseSummary[] }) {
  const { t } = useTranslation();
  if (cases.length === 0) return <EmptyState title={t('portal.home.noCurrentCases')} />;
  const latest = [...cases].sort((a, b) => Date.parse(b.updatedAt) - Date.parse(a.updatedAt)).slice(0, LATEST_CASES);
  return (
    <>
      <p>{t('portal.home.caseCount', { count: cases.length })}</p>
      <ul className="plain-list" aria-label={t('portal.home.latestCases')}>
        {latest.map((item) => (
          <li key={item.id}>
            <Link to={`/arenden/${encodeURIComponent(item.id)}`}>{item.title}</Link> <CaseStatusBadge status={item.status} />
          </li>
        ))}
      </ul>
    </>
  );
}

/** One part of the overview, with the way to the whole of it. */
function HomeCard({ title, to, linkLabel, children }: { title: string; to: string; linkLabel: string; children: ReactNode }) {
  return (
    <Section className="card" title={title}>
      {children}
      <p className="card__footer">
        <Link to={to}>{linkLabel}</Link>
      </p>
    </Section>
  );
}
