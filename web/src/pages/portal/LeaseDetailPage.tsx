import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { Link, useParams } from 'react-router';
import { DataTable } from '../../components/DataTable';
import { Detail } from '../../components/Detail';
import { LeaseStatusBadge } from '../../components/LeaseStatusBadge';
import { Money } from '../../components/Money';
import { PageHeading } from '../../components/PageHeading';
import { AsyncContent } from '../../components/Status';
import { Section } from '../../components/Section';
import { formatNumber, leaseName, objectName } from '../../format';
import { useApiData } from '../../hooks/useApiData';
import { currentLanguage } from '../../i18n';
import type { LeaseDetail, LeaseResponse } from '@api';
import { LeaseCasesSection } from './cases/LeaseCasesSection';
import { LeaseCopy } from './LeaseCopy';

/** "Bottenvåning", "Källare", "Våning 3": the floor as the tenant says it. */
function floorName(floor: number, t: TFunction): string {
  if (floor === 0) return t('portal.lease.floorGround');
  if (floor < 0) return t('portal.lease.floorBasement');
  return t('portal.lease.floorNumber', { floor });
}

export function LeaseDetailPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const state = useApiData<LeaseResponse>(`/api/portal/leases/${encodeURIComponent(id)}`);
  const lease = state.data?.lease;
  const heading = lease && lease.id === id ? t('portal.lease.title', { name: leaseName(lease, t) }) : t('portal.leases.title');

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
      <Section title={t('portal.lease.overview')}>
        <dl className="details">
          <Detail label={t('portal.leases.status')}>
            <LeaseStatusBadge status={lease.status} />
          </Detail>
          <Detail label={t('portal.leases.start')}>{lease.startDate}</Detail>
          <Detail label={t('portal.leases.end')}>{lease.endDate ?? t('common.untilFurtherNotice')}</Detail>
          <Detail label={t('portal.lease.noticePeriodLabel')}>{t('portal.lease.noticePeriod', { count: lease.noticePeriodMonths })}</Detail>
          <Detail label={t('portal.lease.billingPeriodLabel')}>{t(`billingPeriod.${lease.billingPeriod}`)}</Detail>
          <Detail label={t('portal.leases.yearlyRent')}>
            <Money ore={lease.yearlyRentOre} />
          </Detail>
          <Detail label={t('portal.lease.monthlyRent')}>
            <Money ore={lease.monthlyRentOre} />
          </Detail>
          <Detail label={t('portal.lease.signingLabel')}>{t(`signing.${lease.signing}`)}</Detail>
        </dl>
        <LeaseCopy lease={lease} />
      </Section>

      <Section title={t('portal.lease.rentHeading')}>
        <DataTable
          caption={t('portal.lease.rentCaption', { period: t(`periodName.${lease.billingPeriod}`) })}
          visibleCaption
          rows={lease.rentRows.map((row, index) => ({ ...row, key: `${row.kind}-${String(index)}` }))}
          rowKey={(row) => row.key}
          columns={[
            { label: t('portal.lease.rentKind'), cell: (row) => t(`rentKind.${row.kind}`) },
            { label: t('portal.lease.rentDescription'), cell: (row) => row.description },
            { label: t('portal.lease.rentYearly'), numeric: true, cell: (row) => <Money ore={row.yearlyOre} /> },
            { label: t(`portal.lease.rentPeriod.${lease.billingPeriod}`), numeric: true, cell: (row) => <Money ore={row.periodOre} /> },
            { label: t('portal.lease.rentVat'), numeric: true, cell: (row) => t('vat', { rate: row.vatRatePercent }) },
          ]}
        />
      </Section>

      <Section title={t('portal.lease.objectsHeading')}>
        <div className="card-grid">
          {lease.objects.map((object) => (
            <article key={object.id} className="card" aria-labelledby={`object-${object.id}`}>
              <h3 id={`object-${object.id}`}>
                {objectName(object, t)}
              </h3>
              <dl className="details details--compact">
                <Detail label={t('portal.lease.objectType')}>{t(`objectType.${object.type}`)}</Detail>
                <Detail label={t('portal.lease.objectAddress')}>{object.address}</Detail>
                {object.floor !== null && (
                  <Detail label={t('portal.lease.objectFloor')}>{floorName(object.floor, t)}</Detail>
                )}
                {object.areaSqm !== null && (
                  <Detail label={t('portal.lease.objectArea')}>
                    {t('portal.lease.areaValue', { value: formatNumber(object.areaSqm, currentLanguage()) })}
                  </Detail>
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
      </Section>

      <LeaseCasesSection leaseId={lease.id} />
    </>
  );
}
