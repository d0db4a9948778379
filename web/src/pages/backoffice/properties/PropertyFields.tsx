import { useTranslation } from 'react-i18next';
import { Field } from '../../../components/Field';
import { ManagerField } from '../../../components/ManagerField';
import type { FieldState } from '../../../hooks/useSubmit';
import type { Managers, NewPropertyBody, PropertyDetail } from '@api';

/** A property as its fields hold it. */
export interface PropertyDraft {
  designation: string;
  name: string;
  propertyManagerId: string;
}

export type PropertyField = keyof PropertyDraft;

export const NEW_PROPERTY: PropertyDraft = { designation: '', name: '', propertyManagerId: '' };

export function propertyDraftOf(property: PropertyDetail): PropertyDraft {
  return { designation: property.designation, name: property.name, propertyManagerId: property.propertyManager?.id ?? '' };
}

/** The draft as the API takes it: trimmed, no one as null. */
export function propertyBody(draft: PropertyDraft): NewPropertyBody {
  return { designation: draft.designation.trim(), name: draft.name.trim(), propertyManagerId: draft.propertyManagerId || null };
}

interface Props {
  draft: PropertyDraft;
  onChange: (draft: PropertyDraft) => void;
  field: (name: PropertyField) => FieldState;
  managers: Managers;
}

/** Designation, name and property manager. */
export function PropertyFields({ draft, onChange, field, managers }: Props) {
  const { t } = useTranslation();
  const set = (key: PropertyField) => (value: string) => {
    onChange({ ...draft, [key]: value });
  };
  return (
    <div className="field-grid">
      <Field
        label={t('backoffice.propertyForm.designation')}
        hint={t('backoffice.propertyForm.designationHint')}
        required
        maxLength={120}
        autoComplete="off"
        {...field('designation')}
        value={draft.designation}
        onValueChange={set('designation')}
      />
      <Field
        label={t('backoffice.propertyForm.name')}
        hint={t('backoffice.propertyForm.nameHint')}
        required
        maxLength={200}
        autoComplete="off"
        {...field('name')}
        value={draft.name}
        onValueChange={set('name')}
      />
      <ManagerField
        label={t('backoffice.propertyForm.propertyManager')}
        hint={t('backoffice.propertyForm.propertyManagerHint')}
        none={t('backoffice.propertyForm.noManager')}
        managers={managers.propertyManagers}
        {...field('propertyManagerId')}
        value={draft.propertyManagerId}
        onValueChange={set('propertyManagerId')}
      />
    </div>
  );
}
