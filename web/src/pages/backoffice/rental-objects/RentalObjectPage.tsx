import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { CreatedNotice } from '../../../components/CreatedNotice';
import { DataTable } from '../../../components/DataTable';
import { Detail } from '../../../components/Detail';
import { LeaseStatusBadge } from '../../../components/LeaseStatusBadge';
import { PageHeading } from '../../../components/PageHeading';
import { Section } from '../../../components/Section';
import { AsyncContent, EmptyState } from '../../../components/Status';
import { formatNumber, objectName } from '../../../format';
import { useApiData } from '../../../hooks/useApiData';
import { currentLanguage } from '../../../i18n';
import type { PropertyList, RentalObjectDetail, RentalObjectResponse } from '@api';
import { AddSpaceForm, EditSpaceForm, RentalObjectEditForm } from './RentalObjectForms';

/** One rental object: its details, spaces and leases, and for finance and administrators the forms that change them. */
export function RentalObjectPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const state = useApiData<RentalObjectResponse>(`/api/backoffice/rental-objects/${encodeURIComponent(id)}`);
  const object = state.data?.rentalObject;
  const heading = object && object.id === id ? t('backoffice.rentalObject.title', { name: objectName(object, t), street: object.street }) : t('backoffice.rentalObjects.title');

  return (
    <>
      <p className="back-link">
        <Link to="/admin/hyresobjekt">{t('backoffice.rentalObject.back')}</Link>
      </p>
      <PageHeading>{heading}</PageHeading>
      <CreatedNotice text={(number) => t('backoffice.rentalObject.created', { number })} />
      <AsyncContent state={state}>{({ rentalObject }) => <RentalObjectContent rentalObject={rentalObject} onChanged={state.reload} />}</AsyncContent>
    </>
  );
}

function RentalObjectContent({ rentalObject, onChanged }: { rentalObject: RentalObjectDetail; onChanged: () => void }) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const properties = useApiData<PropertyList>(rentalObject.canEdit ? '/api/backoffice/properties' : null);
  const missing = t('common.missing');
  return (
    <>
      <Section title={t('backoffice.rentalObject.overview')}>
        <dl className="details">
          <Detail label={t('backoffice.objectForm.type')}>{t(`objectType.${rentalObject.type}`)}</Detail>
          <Detail label={t('backoffice.objectForm.number')}>{rentalObject.number}</Detail>
          <Detail label={t('backoffice.rentalObject.address')}>{rentalObject.address}</Detail>
          <Detail label={t('backoffice.rentalObject.property')}>
            <Link to={`/admin/fastigheter/${encodeURIComponent(rentalObject.propertyId)}`}>{rentalObject.property}</Link> ({rentalObject.propertyName})
          </Detail>
          <Detail label={t('backoffice.rentalObject.building')}>{rentalObject.building}</Detail>
          <Detail label={t('backoffice.objectForm.floor')}>{rentalObject.floor ?? missing}</Detail>
          <Detail label={t('backoffice.rentalObjects.area')}>
            {rentalObject.areaSqm === null ? missing : t('backoffice.lease.areaValue', { value: formatNumber(rentalObject.areaSqm, lang) })}
          </Detail>
          <Detail label={t('backoffice.objectForm.description')}>{rentalObject.description ?? missing}</Detail>
        </dl>
      </Section>

      <Section title={t('backoffice.rentalObject.spacesHeading')}>
        {rentalObject.spaces.length === 0 ? (
          <EmptyState title={t('backoffice.rentalObject.noSpaces')} />
        ) : (
          <DataTable
            caption={t('backoffice.rentalObject.spacesCaption')}
            rows={rentalObject.spaces}
            rowKey={(space) => space.id}
            columns={[
              { label: t('backoffice.rentalObject.spaceName'), cell: (space) => space.name },
              { label: t('backoffice.rentalObject.spaceKind'), cell: (space) => t(`spaceKind.${space.kind}`) },
            ]}
          />
        )}
      </Section>

      <Section title={t('backoffice.rentalObject.leasesHeading')}>
        {rentalObject.leases.length === 0 ? (
          <EmptyState title={t('backoffice.rentalObject.noLeases')} />
        ) : (
          <DataTable
            caption={t('backoffice.rentalObject.leasesCaption')}
            rows={rentalObject.leases}
            rowKey={(lease) => lease.id}
            columns={[
              { label: t('backoffice.leases.number'), nowrap: true, cell: (lease) => <Link to={`/admin/avtal/${encodeURIComponent(lease.id)}`}>{lease.number}</Link> },
              { label: t('backoffice.leases.customer'), cell: (lease) => lease.customer },
              { label: t('backoffice.leases.start'), nowrap: true, cell: (lease) => lease.startDate },
              { label: t('backoffice.leases.end'), nowrap: true, cell: (lease) => lease.endDate ?? t('common.untilFurtherNotice') },
              { label: t('backoffice.leases.status'), cell: (lease) => <LeaseStatusBadge status={lease.status} /> },
            ]}
          />
        )}
      </Section>

      {rentalObject.canEdit ? (
        <>
          {properties.data && <RentalObjectEditForm rentalObject={rentalObject} properties={properties.data.properties} onChanged={onChanged} />}
          <AddSpaceForm rentalObject={rentalObject} onChanged={onChanged} />
          <EditSpaceForm rentalObject={rentalObject} onChanged={onChanged} />
        </>
      ) : (
        <p className="muted">{t('backoffice.rentalObject.readOnly')}</p>
      )}
    </>
  );
}
