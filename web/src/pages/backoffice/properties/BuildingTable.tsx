import { useTranslation } from 'react-i18next';
import { DataTable } from '../../../components/DataTable';
import type { Building } from '@api';

/** A property's buildings: name, address and how many rental objects each has. */
export function BuildingTable({ buildings, caption }: { buildings: readonly Building[]; caption: string }) {
  const { t } = useTranslation();
  return (
    <DataTable
      caption={caption}
      rows={buildings}
      rowKey={(building) => building.id}
      columns={[
        { label: t('backoffice.properties.building'), cell: (building) => building.name },
        { label: t('backoffice.properties.address'), cell: (building) => building.address },
        { label: t('backoffice.properties.rentalObjects'), numeric: true, cell: (building) => building.rentalObjectCount },
      ]}
    />
  );
}
