import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { Field } from '../../../components/Field';
import { SelectField } from '../../../components/SelectField';
import { TextAreaField } from '../../../components/TextAreaField';
import type { FieldState } from '../../../hooks/useSubmit';
import { currentLanguage } from '../../../i18n';
import type { NewRentalObjectBody, ObjectType, PropertyRow, RentalObjectDetail } from '@api';
import { parseDecimal } from '@domain/money';
import { validArea, validFloor } from '@domain/registers';

const OBJECT_TYPES: readonly ObjectType[] = ['premises', 'apartment', 'parking', 'storage'];

/** A rental object as its fields hold it: numbers as typed ("142,5", "-1"). */
export interface ObjectDraft {
  buildingId: string;
  number: string;
  type: ObjectType | '';
  areaSqm: string;
  floor: string;
  description: string;
}

export type ObjectField = keyof ObjectDraft;

export const newObjectDraft = (buildingId = ''): ObjectDraft => ({ buildingId, number: '', type: '', areaSqm: '', floor: '', description: '' });

export function objectDraftOf(object: RentalObjectDetail): ObjectDraft {
  // As typed, without thousands separators: "1450,5" in Swedish, "1450.5" in English.
  const decimal = currentLanguage() === 'sv' ? ',' : '.';
  return {
    buildingId: object.buildingId,
    number: object.number,
    type: object.type,
    areaSqm: object.areaSqm === null ? '' : String(object.areaSqm).replace('.', decimal),
    floor: object.floor === null ? '' : String(object.floor),
    description: object.description ?? '',
  };
}

/** The draft as the API takes it, or what is wrong with it in words per field. */
export function objectBody(draft: ObjectDraft, t: TFunction): { body: NewRentalObjectBody } | { problems: Partial<Record<ObjectField, string>> } {
  const problems: Partial<Record<ObjectField, string>> = {};
  const area = draft.areaSqm.trim() === '' ? null : parseDecimal(draft.areaSqm, 1);
  if (area !== null ? !validArea(area) : draft.areaSqm.trim() !== '') problems.areaSqm = t('backoffice.objectForm.areaInvalid');
  const floorText = draft.floor.trim().replace('\u2212', '-');
  const floor = floorText === '' ? null : /^-?\d{1,3}$/.test(floorText) ? Number(floorText) : Number.NaN;
  if (floor !== null && !validFloor(floor)) problems.floor = t('backoffice.objectForm.floorInvalid');
  if (Object.keys(problems).length > 0 || draft.type === '') return { problems };
  return {
    body: { buildingId: draft.buildingId, number: draft.number.trim(), type: draft.type, areaSqm: area, floor, description: draft.description.trim() || null },
  };
}

interface Props {
  draft: ObjectDraft;
  onChange: (draft: ObjectDraft) => void;
  field: (name: ObjectField) => FieldState;
  /** The properties with their buildings, to choose the object's building (its address) from. */
  properties: readonly PropertyRow[];
  /** The object has leases: its type and building stay (the server refuses to change them). */
  inUse?: boolean;
}

/** Building (its address), number, type, area, floor and description. */
export function ObjectFields({ draft, onChange, field, properties, inUse = false }: Props) {
  const { t } = useTranslation();
  const set = (key: ObjectField) => (value: string) => {
    onChange({ ...draft, [key]: value });
  };
  const keptHint = inUse ? t('backoffice.rentalObject.inUse') : undefined;
  return (
    <>
      <SelectField label={t('backoffice.objectForm.building')} hint={keptHint} required disabled={inUse} {...field('buildingId')} value={draft.buildingId} onValueChange={set('buildingId')}>
        <option value="">{t('backoffice.objectForm.chooseBuilding')}</option>
        {properties.map((property) => (
          <optgroup key={property.id} label={property.designation}>
            {property.buildings.map((building) => (
              <option key={building.id} value={building.id}>
                {t('backoffice.objectForm.buildingOption', { name: building.name, address: building.address })}
              </option>
            ))}
          </optgroup>
        ))}
      </SelectField>
      <div className="field-grid">
        <Field
          label={t('backoffice.objectForm.number')}
          hint={t('backoffice.objectForm.numberHint')}
          required
          maxLength={20}
          autoComplete="off"
          {...field('number')}
          value={draft.number}
          onValueChange={set('number')}
        />
        <SelectField label={t('backoffice.objectForm.type')} hint={keptHint} required disabled={inUse} {...field('type')} value={draft.type} onValueChange={set('type')}>
          <option value="">{t('backoffice.objectForm.chooseType')}</option>
          {OBJECT_TYPES.map((type) => (
            <option key={type} value={type}>
              {t(`objectType.${type}`)}
            </option>
          ))}
        </SelectField>
        <Field
          label={t('backoffice.objectForm.area')}
          hint={t('backoffice.objectForm.areaHint')}
          inputMode="decimal"
          autoComplete="off"
          {...field('areaSqm')}
          value={draft.areaSqm}
          onValueChange={set('areaSqm')}
        />
        <Field
          label={t('backoffice.objectForm.floor')}
          hint={t('backoffice.objectForm.floorHint')}
          autoComplete="off"
          {...field('floor')}
          value={draft.floor}
          onValueChange={set('floor')}
        />
      </div>
      <TextAreaField label={t('backoffice.objectForm.description')} maxLength={500} rows={2} {...field('description')} value={draft.description} onValueChange={set('description')} />
    </>
  );
}
