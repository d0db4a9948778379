import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiPost } from '../../../api';
import { Form } from '../../../components/Form';
import { SelectField } from '../../../components/SelectField';
import { useApiData } from '../../../hooks/useApiData';
import { useSubmit } from '../../../hooks/useSubmit';
import { currentLanguage } from '../../../i18n';
import type { AssignPaymentBody, CustomerList, StaffPayment, StaffPaymentBooked } from '@api';
import { sendBooking } from './booking';
import { withCreditUsed } from './paymentWords';
import type { OnBooked } from './PaymentPage';

/**
 * "Ge till kund som tillgodo": a payment nobody's given to the customer staff know it is from; what
 * is left of it pays the customer's open invoices at once (the message says which), the rest is credit.
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
      .run(() => sendBooking(() => apiPost<StaffPaymentBooked, AssignPaymentBody>(`/api/backoffice/payments/${encodeURIComponent(payment.id)}/assignment`, body), onStale))
      .then((answer) => {
        if (answer) onBooked(answer.payment, withCreditUsed(t('backoffice.assign.done', { name }), answer.creditUsed, t, currentLanguage()));
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
