import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { TFunction } from 'i18next';
import { DataTable, type ListColumn } from '../../../components/DataTable';
import { formatNumber, objectName } from '../../../format';
import { currentLanguage } from '../../../i18n';
import type { RegisterObject } from '@api';

/** The leases an object is let on now or will be, in words: "100101 (Café Lunden AB)"; '' when it is free. */
function letText(object: RegisterObject, t: TFunction): string {
  return object.leases
    .filter((lease) => lease.status !== 'terminated')
    .map((lease) => t('backoffice.rentalObjects.leaseText', { number: lease.number, customer: lease.customer }))
    .join('; ');
}

function propertyColumn(t: TFunction): ListColumn<RegisterObject> {
  return {
    label: t('backoffice.rentalObjects.property'),
    sort: (object) => object.property,
    cell: (object) => <Link to={`/admin/fastigheter/${encodeURIComponent(object.propertyId)}`}>{object.property}</Link>,
  };
}

interface Props {
  objects: readonly RegisterObject[];
  caption: string;
  /** The property column, for a list of several properties' objects. */
  withProperty?: boolean;
}

/** Rental objects, each by name with a link to its page: address, floor, area and the lease it is on (or "Ledigt"). */
export function RentalObjectTable({ objects, caption, withProperty = false }: Props) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const columns: ListColumn<RegisterObject>[] = [
    {
      label: t('backoffice.rentalObjects.object'),
      nowrap: true,
      sort: (object) => object.number,
      cell: (object) => <Link to={`/admin/hyresobjekt/${encodeURIComponent(object.id)}`}>{objectName(object, t)}</Link>,
    },
    { label: t('backoffice.rentalObjects.address'), sort: (object) => object.address, cell: (object) => object.address },
    ...(withProperty ? [propertyColumn(t)] : []),
    { label: t('backoffice.rentalObjects.floor'), numeric: true, sort: (object) => object.floor, cell: (object) => object.floor },
    {
      label: t('backoffice.rentalObjects.area'),
      numeric: true,
      sort: (object) => object.areaSqm,
      cell: (object) => (object.areaSqm === null ? null : t('backoffice.lease.areaValue', { value: formatNumber(object.areaSqm, lang) })),
    },
    {
      label: t('backoffice.rentalObjects.lease'),
      sort: (object) => letText(object, t),
      cell: (object) => letText(object, t) || <span className="muted">{t('backoffice.rentalObjects.free')}</span>,
    },
  ];
  return <DataTable caption={caption} className="table table--compact" rows={objects} rowKey={(object) => object.id} columns={columns} />;
}
