import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { LeaseStatusBadge } from '../../components/LeaseStatusBadge';
import { Money } from '../../components/Money';
import { PageHeading } from '../../components/PageHeading';
import { AsyncContent } from '../../components/Status';
import { TableRegion } from '../../components/TableRegion';
import { formatNumber } from '../../format';
import { useApiData } from '../../hooks/useApiData';
import { currentLanguage } from '../../i18n';
import type { LeaseDetail } from '../../types';

export function LeaseDetailPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const state = useApiData<{ lease: LeaseDetail }>(`/api/portal/leases/${encodeURIComponent(id)}`);
  const lease = state.data?.lease;
  const heading = lease && lease.id === id ? t('portal.lease.title', { number: lease.number }) : t('portal.leases.title');

  return (
    <>
      <p className="back-link">
        <Link to="/avtal">{t('portal.lease.back')}</Link>
      </p>
      <PageHeading>{heading}</PageHeading>
      <AsyncContent state={state}>{({ lease: detail }) => <LeaseDetails lease={detail} />}</AsyncContent>
    </>
  );
}

function LeaseDetails({ lease }: { lease: LeaseDetail }) {
  const { t } = useTranslation();
  return (
    <>
      <section aria-labelledby="lease-overview">
        <h2 id="lease-overview">{t('portal.lease.overview')}</h2>
        <dl className="details">
          <div>
            <dt>{t('portal.leases.status')}</dt>
            <dd>
              <LeaseStatusBadge status={lease.status} />
            </dd>
          </div>
          <div>
            <dt>{t('portal.leases.start')}</dt>
            <dd>{lease.startDate}</dd>
          </div>
          <div>
            <dt>{t('portal.leases.end')}</dt>
            <dd>{lease.endDate ?? t('common.untilFurtherNotice')}</dd>
          </div>
          <div>
            <dt>{t('portal.lease.noticePeriodLabel')}</dt>
            <dd>{t('portal.lease.noticePeriod', { count: lease.noticePeriodMonths })}</dd>
          </div>
          <div>
            <dt>{t('portal.lease.billingPeriodLabel')}</dt>
            <dd>{t(`billingPeriod.${lease.billingPeriod}`)}</dd>
          </div>
          <div>
            <dt>{t('portal.leases.yearlyRent')}</dt>
            <dd>
              <Money ore={lease.yearlyRentOre} />
            </dd>
          </div>
          <div>
            <dt>{t('portal.lease.signingLabel')}</dt>
            <dd>{t(`signing.${lease.signing}`)}</dd>
          </div>
        </dl>
        <p>{lease.signing === 'manual' ? t('portal.lease.manualCopy') : t('portal.lease.digitalCopy')}</p>
      </section>

      <section aria-labelledby="lease-rent">
        <h2 id="lease-rent">{t('portal.lease.rentHeading')}</h2>
        <TableRegion label={t('portal.lease.rentCaption')}>
          <table className="table">
            <caption>{t('portal.lease.rentCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('portal.lease.rentKind')}</th>
                <th scope="col">{t('portal.lease.rentDescription')}</th>
                <th scope="col" className="numeric">
                  {t('portal.lease.rentAmount')}
                </th>
                <th scope="col">{t('portal.lease.rentPer')}</th>
                <th scope="col" className="numeric">
                  {t('portal.lease.rentVat')}
                </th>
              </tr>
            </thead>
            <tbody>
              {lease.rentRows.map((row, index) => (
                <tr key={`${row.kind}-${String(index)}`}>
                  <th scope="row">{t(`rentKind.${row.kind}`)}</th>
                  <td>{row.description}</td>
                  <td className="numeric nowrap">
                    <Money ore={row.amountOre} />
                  </td>
                  <td className="nowrap">{t(`rentPer.${row.per}`)}</td>
                  <td className="numeric nowrap">{t('vat', { rate: row.vatRatePercent })}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableRegion>
      </section>

      <section aria-labelledby="lease-objects">
        <h2 id="lease-objects">{t('portal.lease.objectsHeading')}</h2>
        <div className="card-grid">
          {lease.objects.map((object) => (
            <article key={object.id} className="card" aria-labelledby={`object-${object.id}`}>
              <h3 id={`object-${object.id}`}>
                {t('portal.lease.objectHeading', { type: t(`objectType.${object.type}`), number: object.number })}
              </h3>
              <dl className="details details--compact">
                <div>
                  <dt>{t('portal.lease.objectAddress')}</dt>
                  <dd>{object.address}</dd>
                </div>
                {object.areaSqm !== null && (
                  <div>
                    <dt>{t('portal.lease.objectArea')}</dt>
                    <dd>{t('portal.lease.areaValue', { value: formatNumber(object.areaSqm, currentLanguage()) })}</dd>
                  </div>
                )}
              </dl>
              <h4>{t('portal.lease.spaces')}</h4>
              {object.spaces.length === 0 ? (
                <p className="muted">{t('portal.lease.noSpaces')}</p>
              ) : (
                <ul className="tag-list">
                  {object.spaces.map((space) => (
                    <li key={space.id}>{space.name}</li>
                  ))}
                </ul>
              )}
            </article>
          ))}
        </div>
      </section>
    </>
  );
}
