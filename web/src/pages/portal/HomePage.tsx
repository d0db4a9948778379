import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageHeading } from '../../components/PageHeading';
import { AsyncContent, EmptyState } from '../../components/Status';
import { useApiData } from '../../hooks/useApiData';
import { useTenant } from '../../session';
import type { LeaseSummary } from '../../types';

/** Overview of the portal: the same functions as the menu, with what needs attention. */
export function HomePage() {
  const { t } = useTranslation();
  const tenant = useTenant();
  const leases = useApiData<{ leases: LeaseSummary[] }>('/api/portal/leases');

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

      <div className="card-grid">
        <section className="card" aria-labelledby="home-leases">
          <h2 id="home-leases">{t('portal.home.leasesHeading')}</h2>
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
                        <Link to={`/avtal/${lease.id}`}>{lease.number}</Link>{' '}
                        <span className="muted">{[...new Set(lease.objects.map((object) => object.address))].join('; ')}</span>
                      </li>
                    ))}
                  </ul>
                </>
              )
            }
          </AsyncContent>
          <p className="card__footer">
            <Link to="/avtal">{t('portal.home.allLeases')}</Link>
          </p>
        </section>

        <section className="card" aria-labelledby="home-invoices">
          <h2 id="home-invoices">{t('portal.home.invoicesHeading')}</h2>
          <EmptyState title={t('portal.invoices.emptyUnpaid')} />
          <p className="card__footer">
            <Link to="/avier">{t('portal.home.allInvoices')}</Link>
          </p>
        </section>

        <section className="card" aria-labelledby="home-cases">
          <h2 id="home-cases">{t('portal.home.casesHeading')}</h2>
          <EmptyState title={t('portal.cases.empty')} />
          <p className="card__footer">
            <Link to="/arenden">{t('portal.home.allCases')}</Link>
          </p>
        </section>
      </div>
    </>
  );
}
