import { useTranslation } from 'react-i18next';
import { NewRecordLink } from '../../components/NewRecordLink';
import { Link } from 'react-router';
import { BuildingTable } from './properties/BuildingTable';
import { PageHeading } from '../../components/PageHeading';
import { AsyncContent, EmptyState } from '../../components/Status';
import { useApiData } from '../../hooks/useApiData';
import { useStaffCan } from '../../session';
import type { PropertyList, PropertyRow } from '@api';

export function PropertiesPage() {
  const { t } = useTranslation();
  // From the session, so the button is there at first paint and nothing moves when the list arrives.
  const canEdit = useStaffCan('registers.edit');
  const properties = useApiData<PropertyList>('/api/backoffice/properties');

  return (
    <>
      <PageHeading>{t('backoffice.properties.title')}</PageHeading>
      <p>{t('backoffice.properties.intro')}</p>
      {canEdit && (
        <NewRecordLink to="/admin/fastigheter/ny">{t('backoffice.properties.newLink')}</NewRecordLink>
      )}
      <AsyncContent state={properties}>
        {({ properties: list }) =>
          list.length === 0 ? (
            <EmptyState title={t('backoffice.properties.empty')} />
          ) : (
            list.map((property) => <PropertySection key={property.id} property={property} />)
          )
        }
      </AsyncContent>
    </>
  );
}

function PropertySection({ property }: { property: PropertyRow }) {
  const { t } = useTranslation();
  const headingId = `property-${property.id}`;
  return (
    <section className="card property" aria-labelledby={headingId}>
      <h2 id={headingId}>
        <Link to={`/admin/fastigheter/${encodeURIComponent(property.id)}`}>{property.designation}</Link>
        {property.name && <span className="property__name"> – {property.name}</span>}
      </h2>
      <p>
        {t('backoffice.properties.propertyManager')}: {property.propertyManager ?? t('common.missing')}
      </p>
      {property.buildings.length === 0 ? (
        <p className="muted">{t('backoffice.properties.noBuildings')}</p>
      ) : (
        <BuildingTable buildings={property.buildings} caption={t('backoffice.properties.buildingsCaption', { designation: property.designation })} />
      )}
    </section>
  );
}
