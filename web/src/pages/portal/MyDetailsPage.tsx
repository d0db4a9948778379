import { useTranslation } from 'react-i18next';
import { PageHeading } from '../../components/PageHeading';
import { AsyncContent } from '../../components/Status';
import { useApiData } from '../../hooks/useApiData';
import type { PortalMe } from '../../types';

export function MyDetailsPage() {
  const { t } = useTranslation();
  const me = useApiData<PortalMe>('/api/portal/me');
  const missing = t('common.missing');

  return (
    <>
      <PageHeading>{t('portal.me.title')}</PageHeading>
      <p>{t('portal.me.intro')}</p>
      <AsyncContent state={me}>
        {(details) => (
          <div className="card-grid">
            <section className="card" aria-labelledby="me-user">
              <h2 id="me-user">{t('portal.me.userHeading')}</h2>
              <dl className="details details--compact">
                <div>
                  <dt>{t('portal.me.username')}</dt>
                  <dd>{details.username}</dd>
                </div>
                <div>
                  <dt>{t('portal.me.name')}</dt>
                  <dd>{details.name ?? missing}</dd>
                </div>
                <div>
                  <dt>{t('portal.me.email')}</dt>
                  <dd>{details.email ?? missing}</dd>
                </div>
                <div>
                  <dt>{t('portal.me.mobile')}</dt>
                  <dd>{details.mobile ?? missing}</dd>
                </div>
              </dl>
            </section>
            <section className="card" aria-labelledby="me-customer">
              <h2 id="me-customer">{t('portal.me.customerHeading')}</h2>
              <dl className="details details--compact">
                <div>
                  <dt>{t('portal.me.name')}</dt>
                  <dd>{details.customer.name}</dd>
                </div>
                <div>
                  <dt>{t('portal.me.identityNumber')}</dt>
                  <dd>{details.customer.identityNumber}</dd>
                </div>
                <div>
                  <dt>{t('portal.me.email')}</dt>
                  <dd>{details.customer.email ?? missing}</dd>
                </div>
                <div>
                  <dt>{t('portal.me.mobile')}</dt>
                  <dd>{details.customer.mobile ?? missing}</dd>
                </div>
                <div>
                  <dt>{t('portal.me.address')}</dt>
                  <dd>
                    {details.customer.address.street}
                    <br />
                    {details.customer.address.postalCode} {details.customer.address.city}
                  </dd>
                </div>
              </dl>
            </section>
          </div>
        )}
      </AsyncContent>
    </>
  );
}
