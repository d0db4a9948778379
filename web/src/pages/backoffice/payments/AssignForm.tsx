import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiPost } from '../../../api';
import { Form } from '../../../components/Form';
import { SelectField } from '../../../components/SelectField';
import { formatMoney } from '../../../format';
import { useApiData } from '../../../hooks/useApiData';
import { useSubmit } from '../../../hooks/useSubmit';
import { currentLanguage } from '../../../i18n';
import type { AssignPaymentBody, CustomerList, MovePaymentBody, StaffPayment, StaffPaymentBooked, StaffPaymentMoved } from '@api';
import { sendBooking } from './booking';
import { withCreditUsed } from './paymentWords';
import type { OnBooked } from './PaymentPage';

type Mode = 'assign' | 'move';

/**
 * "Ge till kund som tillgodo": a payment nobody's given to the customer staff know it is from; what
 * is left of it pays the customer's open invoices at once (the message says which), the rest is credit.
 */
export function AssignForm(props: { payment: StaffPayment; onBooked: OnBooked; onStale: () => void }) {
  return <CustomerForm mode="assign" {...props} />;
}

/**
 * "Flytta till annan kund" (decision 0025): a payment its OCR gave to the wrong customer moved to the one
 * it came from; what it paid on the first one's invoices is undone (the message says which).
 */
export function MoveForm(props: { payment: StaffPayment; onBooked: OnBooked; onStale: () => void }) {
  return <CustomerForm mode="move" {...props} />;
}

function CustomerForm({ mode, payment, onBooked, onStale }: { mode: Mode; payment: StaffPayment; onBooked: OnBooked; onStale: () => void }) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const submit = useSubmit<'customerId'>();
  const customers = useApiData<CustomerList>('/api/backoffice/customers');
  const [customerId, setCustomerId] = useState('');
  const choices = (customers.data?.customers ?? []).filter((c) => mode === 'assign' || c.id !== payment.customer?.id);

  function send() {
    const body: AssignPaymentBody & MovePaymentBody = { customerId, expectedLeftOre: payment.leftOre };
    const name = customers.data?.customers.find((c) => c.id === customerId)?.name ?? '';
    const url = `/api/backoffice/payments/${encodeURIComponent(payment.id)}/${mode === 'assign' ? 'assignment' : 'move'}`;
    return submit
      .run(() => sendBooking(() => apiPost<StaffPaymentBooked & Partial<Pick<StaffPaymentMoved, 'undone'>>, AssignPaymentBody>(url, body), onStale))
      .then((answer) => {
        if (!answer) return;
        const undone = (answer.undone ?? []).map((u) => t('backoffice.move.undoneItem', { number: u.invoice.number, amount: formatMoney(u.amountOre, lang) }));
        const message = [t(`backoffice.${mode}.done`, { name }), undone.length > 0 ? t('backoffice.move.undone', { list: new Intl.ListFormat(lang, { type: 'conjunction' }).format(undone) }) : '']
          .filter(Boolean).join(' ');
        onBooked(answer.payment, withCreditUsed(message, answer.creditUsed, t, lang));
      });
  }

  return (
    <>
      <p>{mode === 'assign' ? t('backoffice.assign.intro') : t('backoffice.move.intro', { name: payment.customer?.name ?? '' })}</p>
      <Form submit={submit} onSubmit={send} className="form narrow">
        <SelectField label={t(`backoffice.${mode}.customer`)} required {...submit.field('customerId')} value={customerId} onValueChange={setCustomerId}>
          <option value="">{t(`backoffice.${mode}.chooseCustomer`)}</option>
          {choices.map((c) => (
            <option key={c.id} value={c.id}>
              {`${c.name} (${c.identityNumber})`}
            </option>
          ))}
        </SelectField>
        <button type="submit" className="button button--primary">
          {t(`backoffice.${mode}.submit`)}
        </button>
      </Form>
    </>
  );
}
