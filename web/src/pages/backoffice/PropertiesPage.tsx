import { useTranslation } from 'react-i18next';
import { DataTable } from '../../components/DataTable';
import { PageHeading } from '../../components/PageHeading';
import { AsyncContent, EmptyState } from '../../components/Status';
import { useApiData } from '../../hooks/useApiData';
import type { PropertyList, PropertyRow } from '@api';

export function PropertiesPage() {
  const { t } = useTranslation();
  const properties = useApiData<PropertyList>('/api/backoffice/properties');

  return (
    <>
      <PageHeading>{t('backoffice.properties.title')}</PageHeading>
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
        {property.designation}
        {property.name && <span className="property__name"> – {property.name}</span>}
      </h2>
      <p>
        {t('backoffice.properties.propertyManager')}: {property.propertyManager ?? t('common.missing')}
      </p>
      {property.buildings.length === 0 ? (
        <p className="muted">{t('backoffice.properties.noBuildings')}</p>
      ) : (
        <DataTable
          caption={t('backoffice.properties.buildingsCaption', { designation: property.designation })}
          rows={property.buildings}
          rowKey={(building) => building.id}
          columns={[
            { label: t('backoffice.properties.building'), cell: (building) => building.name },
            { label: t('backoffice.properties.address'), cell: (building) => building.address },
            { label: t('backoffice.properties.rentalObjects'), numeric: true, cell: (building) => building.rentalObjectCount },
          ]}
        />
      )}
    </section>
  );
}
