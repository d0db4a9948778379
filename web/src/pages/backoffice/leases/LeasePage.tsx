import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { CreatedNotice } from '../../../components/CreatedNotice';
import { DataTable } from '../../../components/DataTable';
import { Detail } from '../../../components/Detail';
import { LeaseStatusBadge } from '../../../components/LeaseStatusBadge';
import { Money } from '../../../components/Money';
import { PageHeading } from '../../../components/PageHeading';
import { Section } from '../../../components/Section';
import { AsyncContent, EmptyState } from '../../../components/Status';
import { StatusBadge } from '../../../components/StatusBadge';
import { formatNumber, leaseName, objectName } from '../../../format';
import { useApiData } from '../../../hooks/useApiData';
import { currentLanguage } from '../../../i18n';
import type { RegisterLease, RegisterLeaseResponse, RegisterRentRow } from '@api';
import { LeaseDocumentSection } from './LeaseDocumentSection';
import { AddRentRowForm, EndRentRowForm, IndexRowForm, LeaseTermsForm } from './LeaseForms';
import { formatKpi, validityText } from './leaseWords';

/** One lease in the register: its terms, objects, rent rows and signed document, and for finance and administrators the forms that change them. */
export function LeasePage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const state = useApiData<RegisterLeaseResponse>(`/api/backoffice/leases/${encodeURIComponent(id)}`);
  const lease = state.data?.lease;
  const heading = lease && lease.id === id ? t('backoffice.lease.title', { name: leaseName(lease, t) }) : t('backoffice.leases.title');

  return (
    <>
      <p className="back-link">
        <Link to="/admin/avtal">{t('backoffice.lease.back')}</Link>
      </p>
      <PageHeading>{heading}</PageHeading>
      <CreatedNotice text={(number) => t('backoffice.lease.created', { number })} />
      <AsyncContent state={state}>{({ lease: detail }) => <LeaseContent lease={detail} onChanged={state.reload} />}</AsyncContent>
    </>
  );
}

function LeaseContent({ lease, onChanged }: { lease: RegisterLease; onChanged: () => void }) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  return (
    <>
      <Section title={t('backoffice.lease.overview')}>
        <dl className="details">
          <Detail label={t('backoffice.lease.customer')}>
            <Link to={`/admin/kunder/${encodeURIComponent(lease.customer.id)}`}>{lease.customer.name}</Link> ({lease.customer.identityNumber})
          </Detail>
          <Detail label={t('backoffice.leases.status')}>
            <LeaseStatusBadge status={lease.status} />
          </Detail>
          <Detail label={t('backoffice.leaseForm.start')}>{lease.startDate}</Detail>
          <Detail label={t('backoffice.leaseForm.end')}>{lease.endDate ?? t('common.untilFurtherNotice')}</Detail>
          <Detail label={t('backoffice.leaseForm.noticePeriod')}>{t('backoffice.lease.noticePeriod', { count: lease.noticePeriodMonths })}</Detail>
          <Detail label={t('backoffice.leaseForm.billingPeriod')}>{t(`billingPeriod.${lease.billingPeriod}`)}</Detail>
          <Detail label={t('backoffice.leaseForm.signing')}>{t(`signing.${lease.signing}`)}</Detail>
          <Detail label={t('backoffice.lease.voluntaryVat')}>{t(lease.voluntaryVat ? 'backoffice.lease.voluntaryVatYes' : 'backoffice.lease.voluntaryVatNo')}</Detail>
          <Detail label={t('backoffice.lease.yearlyRent')}>
            <Money ore={lease.yearlyRentOre} />
          </Detail>
          <Detail label={t(`backoffice.lease.periodRent.${lease.billingPeriod}`)}>
            <Money ore={lease.periodRentOre} />
          </Detail>
        </dl>
        <p className="hint">{t('backoffice.lease.rentDate', { date: lease.rentDate })}</p>
      </Section>

      <Section title={t('backoffice.lease.objectsHeading')}>
        <DataTable
          caption={t('backoffice.lease.objectsCaption')}
          rows={lease.objects}
          rowKey={(object) => object.id}
          columns={[
            { label: t('backoffice.lease.object'), nowrap: true, cell: (object) => objectName(object, t) },
            { label: t('backoffice.lease.objectAddress'), cell: (object) => object.address },
            { label: t('backoffice.lease.objectFloor'), numeric: true, cell: (object) => object.floor },
            {
              label: t('backoffice.lease.objectArea'),
              numeric: true,
              cell: (object) => (object.areaSqm === null ? null : t('backoffice.lease.areaValue', { value: formatNumber(object.areaSqm, lang) })),
            },
          ]}
        />
      </Section>

      <Section title={t('backoffice.lease.rentHeading')}>
        {lease.rentRows.length === 0 ? <EmptyState title={t('backoffice.lease.noRentRows')} /> : <RentRowTable lease={lease} />}
      </Section>

      <LeaseDocumentSection lease={lease} onChanged={onChanged} />

      {lease.canEdit ? (
        <>
          <LeaseTermsForm lease={lease} onChanged={onChanged} />
          <AddRentRowForm lease={lease} onChanged={onChanged} />
          <IndexRowForm lease={lease} onChanged={onChanged} />
          <EndRentRowForm lease={lease} onChanged={onChanged} />
        </>
      ) : (
        <p className="muted">{t('backoffice.lease.readOnly')}</p>
      )}
    </>
  );
}

function rowState(row: RegisterRentRow, rentDate: string): 'ended' | 'coming' | null {
  if (row.inForce) return null;
  return row.validTo !== null && row.validTo < rentDate ? 'ended' : 'coming';
}

function RentRowTable({ lease }: { lease: RegisterLease }) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  return (
    <DataTable
      caption={t('backoffice.lease.rentCaption', { period: t(`periodName.${lease.billingPeriod}`) })}
      visibleCaption
      rows={lease.rentRows}
      rowKey={(row) => row.id}
      columns={[
        {
          label: t('backoffice.lease.rentDescription'),
          cell: (row) => {
            const state = rowState(row, lease.rentDate);
            return (
              <>
                {row.description}
                {state && (
                  <>
                    {' '}
                    <StatusBadge tone="neutral">{t(`backoffice.lease.rowState.${state}`)}</StatusBadge>
                  </>
                )}
                {row.kpiBase !== null && row.kpiCurrent !== null && (
                  <span className="cell-note">{t('backoffice.lease.kpiValues', { base: formatKpi(row.kpiBase, lang), current: formatKpi(row.kpiCurrent, lang) })}</span>
                )}
              </>
            );
          },
        },
        { label: t('backoffice.lease.rentKind'), cell: (row) => t(`rentKind.${row.kind}`) },
        { label: t('backoffice.lease.rentYearly'), numeric: true, cell: (row) => <Money ore={row.yearlyOre} /> },
        { label: t(`backoffice.lease.rentPeriod.${lease.billingPeriod}`), numeric: true, cell: (row) => <Money ore={row.periodOre} /> },
        { label: t('backoffice.lease.rentVat'), numeric: true, cell: (row) => t('vat', { rate: row.vatRatePercent }) },
        { label: t('backoffice.lease.rentValidity'), nowrap: true, cell: (row) => validityText(row, t) },
      ]}
    />
  );
}
