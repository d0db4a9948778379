import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { FieldState } from '../hooks/useSubmit';
import type { Address } from '@api';
import { normalizePostalCode } from '@domain/registers';
import { Field } from './Field';

/** An address as its fields hold it: a building's or a customer's. */
export type AddressDraft = Address;
export type AddressField = keyof Address;

export const EMPTY_ADDRESS: AddressDraft = { street: '', postalCode: '', city: '' };

/** What the form can see is wrong before sending: a postal code that is not five digits (the server checks again). */
export function addressProblems(draft: AddressDraft, t: TFunction): Partial<Record<AddressField, string>> {
  return draft.postalCode.trim() !== '' && normalizePostalCode(draft.postalCode) === null ? { postalCode: t('backoffice.addressForm.postalCodeInvalid') } : {};
}

interface Props {
  draft: AddressDraft;
  onChange: (draft: AddressDraft) => void;
  field: (name: AddressField) => FieldState;
}

/** Street, postal code and town, each required. Staff type other people's addresses: no autofill of their own. */
export function AddressFields({ draft, onChange, field }: Props) {
  const { t } = useTranslation();
  const set = (key: AddressField) => (value: string) => {
    onChange({ ...draft, [key]: value });
  };
  return (
    <div className="field-grid">
      <Field label={t('backoffice.addressForm.street')} required maxLength={200} autoComplete="off" {...field('street')} value={draft.street} onValueChange={set('street')} />
      <Field
        label={t('backoffice.addressForm.postalCode')}
        hint={t('backoffice.addressForm.postalCodeHint')}
        required
        maxLength={20}
        inputMode="numeric"
        autoComplete="off"
        {...field('postalCode')}
        value={draft.postalCode}
        onValueChange={set('postalCode')}
      />
      <Field label={t('backoffice.addressForm.city')} required maxLength={100} autoComplete="off" {...field('city')} value={draft.city} onValueChange={set('city')} />
    </div>
  );
}
