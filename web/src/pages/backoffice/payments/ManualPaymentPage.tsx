import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { apiPost } from '../../../api';
import { Field } from '../../../components/Field';
import { Form } from '../../../components/Form';
import { PageHeading } from '../../../components/PageHeading';
import { SelectField } from '../../../components/SelectField';
import { useApiData } from '../../../hooks/useApiData';
import { useSubmit } from '../../../hooks/useSubmit';
import { useStaffCan, useToday } from '../../../session';
import { currentLanguage } from '../../../i18n';
import type { CustomerList, ManualPaymentBody, StaffPaymentBooked } from '@api';
import { parseKronor } from '@domain/money';
import type { PaymentRecordedState } from './PaymentPage';
import { paymentQueueHref, staffPaymentHref } from './links';
import { withCreditUsed } from './paymentWords';

type ManualField = 'paidOn' | 'amountOre' | 'reference' | 'payerName' | 'customerId' | 'note';

const TEXT_MAX = 200;
const REFERENCE_MAX = 100;
const NOTE_MAX = 300;

/**
 * "Registrera inbetalning" (/admin/inbetalningar/ny): a payment that came another way than the bank's
 * files. The form makes an idempotency key once, so sending it twice (a double click, a retry after a
 * lost answer) records one payment; the payment's page opens when it is recorded.
 */
export function ManualPaymentPage() {
  const { t } = useTranslation();
  const canEdit = useStaffCan('billing.edit');
  return (
    <>
      <p className="back-link">
        <Link to={paymentQueueHref}>{t('backoffice.manualPayment.back')}</Link>
      </p>
      <PageHeading>{t('backoffice.manualPayment.title')}</PageHeading>
      <p>{t('backoffice.manualPayment.intro')}</p>
      {canEdit ? <ManualPaymentForm /> : <p>{t('backoffice.manualPayment.notAllowed')}</p>}
    </>
  );
}

function ManualPaymentForm() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [searchParams] = useSearchParams();
  const today = useToday();
  const submit = useSubmit<ManualField>();
  const customers = useApiData<CustomerList>('/api/backoffice/customers');
  const [key] = useState(() => crypto.randomUUID());
  const [paidOn, setPaidOn] = useState(today);
  const [amount, setAmount] = useState('');
  const [reference, setReference] = useState('');
  const [payerName, setPayerName] = useState('');
  const [customerId, setCustomerId] = useState(searchParams.get('kund') ?? '');
  const [note, setNote] = useState('');

  function send() {
    const amountOre = parseKronor(amount);
    if (amountOre === null) return submit.fail(t('backoffice.manualPayment.badAmount'), ['amountOre']);
    if (amountOre <= 0) return submit.fail(t('backoffice.manualPayment.zeroAmount'), ['amountOre']);
    const body: ManualPaymentBody = {
      key,
      paidOn,
      amountOre,
      reference: reference.trim() || null,
      payerName: payerName.trim(),
      customerId: customerId || null,
      note: note.trim() || null,
    };
    return submit.run(async () => {
      const { payment, creditUsed } = await apiPost<StaffPaymentBooked, ManualPaymentBody>('/api/backoffice/payments', body);
      const state: PaymentRecordedState = { recorded: payment.id, message: withCreditUsed(t('backoffice.manualPayment.recorded'), creditUsed, t, currentLanguage()) };
      // Replace: going back should not return to a form that has already been sent.
      void navigate(staffPaymentHref(payment.id), { replace: true, state });
    });
  }

  return (
    <Form submit={submit} onSubmit={send} className="form narrow">
      <Field label={t('backoffice.manualPayment.paidOn')} type="date" required max={today} {...submit.field('paidOn')} value={paidOn} onValueChange={setPaidOn} />
      <Field
        label={t('backoffice.manualPayment.amount')}
        hint={t('backoffice.manualPayment.amountHint')}
        inputMode="decimal"
        autoComplete="off"
        maxLength={20}
        required
        {...submit.field('amountOre')}
        value={amount}
        onValueChange={setAmount}
      />
      <Field
        label={t('backoffice.manualPayment.reference')}
        hint={t('backoffice.manualPayment.referenceHint')}
        inputMode="numeric"
        autoComplete="off"
        maxLength={REFERENCE_MAX}
        {...submit.field('reference')}
        value={reference}
        onValueChange={setReference}
      />
      <Field
        label={t('backoffice.manualPayment.payer')}
        hint={t('backoffice.manualPayment.payerHint')}
        autoComplete="off"
        maxLength={TEXT_MAX}
        required
        {...submit.field('payerName')}
        value={payerName}
        onValueChange={setPayerName}
      />
      <SelectField
        label={t('backoffice.manualPayment.customer')}
        hint={t('backoffice.manualPayment.customerHint')}
        {...submit.field('customerId')}
        value={customerId}
        onValueChange={setCustomerId}
      >
        <option value="">{t('backoffice.manualPayment.noCustomer')}</option>
        {(customers.data?.customers ?? []).map((c) => (
          <option key={c.id} value={c.id}>
            {`${c.name} (${c.identityNumber})`}
          </option>
        ))}
      </SelectField>
      <Field
        label={t('backoffice.manualPayment.note')}
        hint={t('backoffice.manualPayment.noteHint')}
        autoComplete="off"
        maxLength={NOTE_MAX}
        {...submit.field('note')}
        value={note}
        onValueChange={setNote}
      />
      <button type="submit" className="button button--primary">
        {t('backoffice.manualPayment.submit')}
      </button>
    </Form>
  );
}
