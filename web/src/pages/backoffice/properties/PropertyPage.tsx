import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { CreatedNotice } from '../../../components/CreatedNotice';
import { Detail } from '../../../components/Detail';
import { PageHeading } from '../../../components/PageHeading';
import { Section } from '../../../components/Section';
import { AsyncContent, EmptyState } from '../../../components/Status';
import { useApiData } from '../../../hooks/useApiData';
import type { Managers, PropertyDetail, PropertyResponse } from '@api';
import { RentalObjectTable } from '../rental-objects/RentalObjectTable';
import { BuildingTable } from './BuildingTable';
import { AddBuildingForm, EditBuildingForm, PropertyEditForm } from './PropertyForms';

/** One property: its details, buildings and rental objects, and for finance and administrators the forms that change them. */
export function PropertyPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const state = useApiData<PropertyResponse>(`/api/backoffice/properties/${encodeURIComponent(id)}`);
  const property = state.data?.property;
  const heading = property && property.id === id ? property.designation : t('backoffice.properties.title');

  return (
    <>
      <p className="back-link">
        <Link to="/admin/fastigheter">{t('backoffice.property.back')}</Link>
      </p>
      <PageHeading>{heading}</PageHeading>
      <CreatedNotice text={(designation) => t('backoffice.property.created', { designation })} />
      <AsyncContent state={state}>{({ property: detail }) => <PropertyContent property={detail} onChanged={state.reload} />}</AsyncContent>
    </>
  );
}

function PropertyContent({ property, onChanged }: { property: PropertyDetail; onChanged: () => void }) {
  const { t } = useTranslation();
  const managers = useApiData<Managers>(property.canEdit ? '/api/backoffice/managers' : null);
  // A new object goes in the property's building when it has only one.
  const onlyBuilding = property.buildings.length === 1 ? property.buildings[0] : undefined;
  return (
    <>
      <Section title={t('backoffice.property.overview')}>
        <dl className="details">
          <Detail label={t('backoffice.propertyForm.designation')}>{property.designation}</Detail>
          <Detail label={t('backoffice.propertyForm.name')}>{property.name}</Detail>
          <Detail label={t('backoffice.propertyForm.propertyManager')}>{property.propertyManager?.name ?? t('common.missing')}</Detail>
        </dl>
      </Section>

      <Section title={t('backoffice.property.buildingsHeading')}>
        {property.buildings.length === 0 ? (
          <EmptyState title={t('backoffice.properties.noBuildings')} />
        ) : (
          <BuildingTable buildings={property.buildings} caption={t('backoffice.property.buildingsCaption')} />
        )}
      </Section>

      <Section title={t('backoffice.property.objectsHeading')}>
        {property.canEdit && property.buildings.length > 0 && (
          <p>
            <Link to={onlyBuilding ? `/admin/hyresobjekt/nytt?byggnad=${encodeURIComponent(onlyBuilding.id)}` : '/admin/hyresobjekt/nytt'} className="button button--secondary">
              {t('backoffice.property.newObject')}
            </Link>
          </p>
        )}
        {property.rentalObjects.length === 0 ? (
          <EmptyState title={t('backoffice.property.noObjects')} />
        ) : (
          <RentalObjectTable objects={property.rentalObjects} caption={t('backoffice.property.objectsCaption')} />
        )}
      </Section>

      {property.canEdit ? (
        <>
          {managers.data && <PropertyEditForm property={property} managers={managers.data} onChanged={onChanged} />}
          <AddBuildingForm property={property} onChanged={onChanged} />
          <EditBuildingForm property={property} onChanged={onChanged} />
        </>
      ) : (
        <p className="muted">{t('backoffice.property.readOnly')}</p>
      )}
    </>
  );
}
