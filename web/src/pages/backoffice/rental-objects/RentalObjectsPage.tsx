import { useTranslation } from 'react-i18next';
import { NewRecordLink } from '../../../components/NewRecordLink';
import { PageHeading } from '../../../components/PageHeading';
import { SearchForm } from '../../../components/SearchForm';
import { AsyncContent, EmptyState, ResultCount } from '../../../components/Status';
import { objectName } from '../../../format';
import { useApiData } from '../../../hooks/useApiData';
import { useStaffCan } from '../../../session';
import { useSearchFilters } from '../../../hooks/useSearchFilters';
import type { RegisterObjectList } from '@api';
import { RentalObjectTable } from './RentalObjectTable';

const FILTERS = ['q'] as const;

/** "Hyresobjekt": every rental object of the register, narrowed by number, street or property (the filter is in the address). */
export function RentalObjectsPage() {
  const { t } = useTranslation();
  // From the session, so the button is there at first paint and nothing moves when the list arrives.
  const canEdit = useStaffCan('registers.edit');
  const { values, update } = useSearchFilters(FILTERS);
  const { q } = values;
  const objects = useApiData<RegisterObjectList>('/api/backoffice/rental-objects');
  const needle = q.trim().toLocaleLowerCase('sv');
  const shown = objects.data?.rentalObjects.filter(
    (o) => !needle || `${objectName(o, t)} ${o.address} ${o.property} ${o.building}`.toLocaleLowerCase('sv').includes(needle),
  );

  return (
    <>
      <PageHeading>{t('backoffice.rentalObjects.title')}</PageHeading>
      <p>{t('backoffice.rentalObjects.intro')}</p>
      {canEdit && (
        <NewRecordLink to="/admin/hyresobjekt/nytt">{t('backoffice.rentalObjects.newLink')}</NewRecordLink>
      )}
      <SearchForm
        query={q}
        onSearch={(text) => {
          update({ q: text });
        }}
        maxLength={100}
        label={t('backoffice.rentalObjects.filter')}
        buttonLabel={t('backoffice.leases.searchButton')}
        hint={t('backoffice.rentalObjects.filterHint')}
      />
      <ResultCount count={shown?.length} loading={objects.loading}>{(n) => t('backoffice.rentalObjects.count', { count: n })}</ResultCount>
      <AsyncContent state={objects}>
        {() =>
          !shown || shown.length === 0 ? (
            <EmptyState title={t(needle ? 'backoffice.rentalObjects.noMatch' : 'backoffice.rentalObjects.empty')} />
          ) : (
            <RentalObjectTable objects={shown} caption={t('backoffice.rentalObjects.caption')} withProperty />
          )
        }
      </AsyncContent>
    </>
  );
}
