import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiPatch } from '../../../api';
import { addressProblems } from '../../../components/AddressFields';
import { Form, FormStatus } from '../../../components/Form';
import { Section } from '../../../components/Section';
import { useApiData } from '../../../hooks/useApiData';
import { useSubmit } from '../../../hooks/useSubmit';
import type { CustomerChangesBody, CustomerDetail, CustomerResponse, Managers } from '@api';
import { differences } from '@domain/registers';
import { customerBody, customerDraftOf, CustomerFields, type CustomerDraft, type CustomerField } from './CustomerFields';

/** "Ändra kunduppgifter" for finance and administrators: only what differs is sent. */
export function EditCustomerSection({ customer, onChanged }: { customer: CustomerDetail; onChanged: () => void }) {
  const managers = useApiData<Managers>('/api/backoffice/managers');
  if (!managers.data) return null;
  return <EditCustomerForm customer={customer} managers={managers.data} onChanged={onChanged} />;
}

function EditCustomerForm({ customer, managers, onChanged }: { customer: CustomerDetail; managers: Managers; onChanged: () => void }) {
  const { t } = useTranslation();
  const submit = useSubmit<CustomerField>();
  const [draft, setDraft] = useState<CustomerDraft>(() => customerDraftOf(customer));

  function save() {
    const problems = addressProblems(draft, t);
    const first = Object.values(problems)[0];
    if (first !== undefined) return submit.fail(first, problems);
    const changed = differences(customerBody(customerDraftOf(customer)), customerBody(draft));
    if (!changed) {
      submit.setStatus(t('backoffice.customer.nothingChanged'));
      return undefined;
    }
    return submit.run(async () => {
      const result = await apiPatch<CustomerResponse, CustomerChangesBody>(`/api/backoffice/customers/${encodeURIComponent(customer.id)}`, changed.after);
      setDraft(customerDraftOf(result.customer));
      submit.setStatus(t('backoffice.customer.saved'));
      onChanged();
    });
  }

  return (
    <Section className="card" title={t('backoffice.customer.editHeading')}>
      <p>{t('backoffice.customer.editIntro')}</p>
      <Form submit={submit} onSubmit={save} className="form form--compact">
        <CustomerFields draft={draft} onChange={setDraft} field={(name) => submit.field(name)} managers={managers} />
        <button type="submit" className="button button--primary">
          {t('backoffice.customer.save')}
        </button>
        <FormStatus>{submit.status}</FormStatus>
      </Form>
    </Section>
  );
}
