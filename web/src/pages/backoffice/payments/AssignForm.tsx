import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiPost } from '../../../api';
import { Form } from '../../../components/Form';
import { SelectField } from '../../../components/SelectField';
import { useApiData } from '../../../hooks/useApiData';
import { useSubmit } from '../../../hooks/useSubmit';
import type { AssignPaymentBody, CustomerList, StaffPayment, StaffPaymentResponse } from '@api';
import { sendBooking } from './booking';
import type { OnBooked } from './PaymentPage';

/**
 * "Ge till kund som tillgodo": a payment nobody's given to the customer staff know it is from; what
 * is left of it becomes that customer's credit, used on its next invoice.
 */
export function AssignForm({ payment, onBooked, onStale }: { payment: StaffPayment; onBooked: OnBooked; onStale: () => void }) {
  const { t } = useTranslation();
  const submit = useSubmit<'customerId'>();
  const customers = useApiData<CustomerList>('/api/backoffice/customers');
  const [customerId, setCustomerId] = useState('');

  function send() {
    const body: AssignPaymentBody = { customerId, expectedLeftOre: payment.leftOre };
    const name = customers.data?.customers.find((c) => c.id === customerId)?.name ?? '';
    return submit
      .run(() => sendBooking(() => apiPost<StaffPaymentResponse, AssignPaymentBody>(`/api/backoffice/payments/${encodeURIComponent(payment.id)}/assignment`, body), onStale))
      .then((answer) => {
        if (answer) onBooked(answer.payment, t('backoffice.assign.done', { name }));
      });
  }

  return (
    <>
      <p>{t('backoffice.assign.intro')}</p>
      <Form submit={submit} onSubmit={send} className="form narrow">
        <SelectField label={t('backoffice.assign.customer')} required {...submit.field('customerId')} value={customerId} onValueChange={setCustomerId}>
          <option value="">{t('backoffice.assign.chooseCustomer')}</option>
          {(customers.data?.customers ?? []).map((c) => (
            <option key={c.id} value={c.id}>
              {`${c.name} (${c.identityNumber})`}
            </option>
          ))}
        </SelectField>
        <button type="submit" className="button button--primary">
          {t('backoffice.assign.submit')}
        </button>
      </Form>
    </>
  );
}
