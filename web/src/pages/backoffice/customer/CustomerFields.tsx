import { useTranslation } from 'react-i18next';
import { AddressFields, type AddressDraft, type AddressField } from '../../../components/AddressFields';
import { Field } from '../../../components/Field';
import { ManagerField } from '../../../components/ManagerField';
import type { FieldState } from '../../../hooks/useSubmit';
import type { CustomerChangesBody, CustomerDetail, Managers } from '@api';

/** A customer's register details as their fields hold them (its e-mail and mobile are its contact details). */
export interface CustomerDraft extends AddressDraft {
  name: string;
  identityNumber: string;
  customerManagerId: string;
}

export type CustomerField = 'name' | 'identityNumber' | 'customerManagerId' | AddressField;

export const NEW_CUSTOMER: CustomerDraft = { name: '', identityNumber: '', street: '', postalCode: '', city: '', customerManagerId: '' };

export function customerDraftOf(customer: CustomerDetail): CustomerDraft {
  return { name: customer.name, identityNumber: customer.identityNumber, ...customer.address, customerManagerId: customer.customerManagerId ?? '' };
}

/** The draft as the API takes it: trimmed, no one as null. */
export function customerBody(draft: CustomerDraft): Required<CustomerChangesBody> {
  return {
    name: draft.name.trim(), identityNumber: draft.identityNumber.trim(),
    street: draft.street.trim(), postalCode: draft.postalCode.trim(), city: draft.city.trim(),
    customerManagerId: draft.customerManagerId || null,
  };
}

interface Props {
  draft: CustomerDraft;
  onChange: (draft: CustomerDraft) => void;
  field: (name: CustomerField) => FieldState;
  managers: Managers;
}

/** Name, organisationsnummer (or personnummer), postal address and customer manager. */
export function CustomerFields({ draft, onChange, field, managers }: Props) {
  const { t } = useTranslation();
  const set = (key: 'name' | 'identityNumber' | 'customerManagerId') => (value: string) => {
    onChange({ ...draft, [key]: value });
  };
  return (
    <>
      <div className="field-grid">
        <Field label={t('backoffice.customerForm.name')} required maxLength={200} autoComplete="off" {...field('name')} value={draft.name} onValueChange={set('name')} />
        <Field
          label={t('backoffice.customerForm.identityNumber')}
          hint={t('backoffice.customerForm.identityNumberHint')}
          required
          maxLength={20}
          autoComplete="off"
          {...field('identityNumber')}
          value={draft.identityNumber}
          onValueChange={set('identityNumber')}
        />
      </div>
      <AddressFields draft={draft} onChange={(address) => { onChange({ ...draft, ...address }); }} field={field} />
      <ManagerField
        label={t('backoffice.customerForm.customerManager')}
        none={t('backoffice.customerForm.noManager')}
        managers={managers.customerManagers}
        {...field('customerManagerId')}
        value={draft.customerManagerId}
        onValueChange={set('customerManagerId')}
      />
    </>
  );
}
