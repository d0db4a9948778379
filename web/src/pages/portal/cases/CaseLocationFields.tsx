import { useTranslation } from 'react-i18next';
import { SelectField } from '../../../components/SelectField';
import type { FieldState } from '../../../hooks/useSubmit';
import { AsyncContent } from '../../../components/Status';
import { useApiData } from '../../../hooks/useApiData';
import { leaseName, objectName } from '../../../format';
import type { LeaseDetail, LeaseResponse, LeaseSummary } from '@api';

export interface CaseLocation {
  leaseId: string;
  rentalObjectId: string;
  spaceId: string;
}

export type LocationField = 'lease' | 'rentalObject' | 'space';

interface Props {
  leases: LeaseSummary[];
  value: CaseLocation;
  onChange: (value: CaseLocation) => void;
  field: (field: LocationField) => FieldState;
}

/**
 * What a new case concerns, all optional: a lease, then one of its rental objects and a space
 * (e.g. Kök). The space list shows every space of the lease until an object is chosen, so a
 * space can be picked directly; picking one also picks its object.
 */
export function CaseLocationFields({ leases, value, onChange, field }: Props) {
  const { t } = useTranslation();
  const lease = leases.find((item) => item.id === value.leaseId);
  const detail = useApiData<LeaseResponse>(lease ? `/api/portal/leases/${encodeURIComponent(lease.id)}` : null);

  if (leases.length === 0) return null;
  return (
    <>
      <SelectField
        label={t('portal.newCase.lease')}
        hint={t('portal.newCase.leaseHint')}
        {...field('lease')}
        value={lease ? lease.id : ''}
        onValueChange={(leaseId) => {
          onChange({ leaseId, rentalObjectId: '', spaceId: '' });
        }}
      >
        <option value="">{t('portal.newCase.noLease')}</option>
        {leases.map((item) => (
          <option key={item.id} value={item.id}>
            {leaseName(item, t)}
          </option>
        ))}
      </SelectField>
      {lease && (
        <AsyncContent state={detail}>
          {({ lease: chosen }) =>
            chosen.id === lease.id && <ObjectAndSpace lease={chosen} value={value} onChange={onChange} field={field} />
          }
        </AsyncContent>
      )}
    </>
  );
}

function ObjectAndSpace({ lease, value, onChange, field }: Omit<Props, 'leases'> & { lease: LeaseDetail }) {
  const { t } = useTranslation();
  const objectLabel = (object: LeaseDetail['objects'][number]) =>
    t('portal.newCase.objectOption', { object: objectName(object, t), street: object.street });
  const chosenObject = lease.objects.find((object) => object.id === value.rentalObjectId);
  const spaceObjects = (chosenObject ? [chosenObject] : lease.objects).filter((object) => object.spaces.length > 0);
  // With several objects to choose from, the spaces are grouped under their object.
  const grouped = spaceObjects.length > 1;
  const spaceOptions = (object: LeaseDetail['objects'][number]) =>
    object.spaces.map((space) => (
      <option key={space.id} value={space.id}>
        {space.name}
      </option>
    ));

  return (
    <>
      <SelectField
        label={t('portal.newCase.rentalObject')}
        {...field('rentalObject')}
        value={chosenObject ? chosenObject.id : ''}
        onValueChange={(rentalObjectId) => {
          const keepsSpace = lease.objects.some((object) => object.id === rentalObjectId && object.spaces.some((space) => space.id === value.spaceId));
          onChange({ ...value, rentalObjectId, spaceId: keepsSpace ? value.spaceId : '' });
        }}
      >
        <option value="">{t('portal.newCase.noRentalObject')}</option>
        {lease.objects.map((object) => (
          <option key={object.id} value={object.id}>
            {objectLabel(object)}
          </option>
        ))}
      </SelectField>
      {spaceObjects.length > 0 && (
        <SelectField
          label={t('portal.newCase.space')}
          hint={t('portal.newCase.spaceHint')}
          {...field('space')}
          value={spaceObjects.some((object) => object.spaces.some((space) => space.id === value.spaceId)) ? value.spaceId : ''}
          onValueChange={(spaceId) => {
            const owner = lease.objects.find((object) => object.spaces.some((space) => space.id === spaceId));
            onChange({ ...value, spaceId, rentalObjectId: owner ? owner.id : value.rentalObjectId });
          }}
        >
          <option value="">{t('portal.newCase.noSpace')}</option>
          {grouped
            ? spaceObjects.map((object) => (
                <optgroup key={object.id} label={objectLabel(object)}>
                  {spaceOptions(object)}
                </optgroup>
              ))
            : spaceOptions(spaceObjects[0]!)}
        </SelectField>
      )}
    </>
  );
}
