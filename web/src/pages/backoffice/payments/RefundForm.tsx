import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiPost } from '../../../api';
import { Field } from '../../../components/Field';
import { Form } from '../../../components/Form';
import { formatMoney } from '../../../format';
import { useSubmit } from '../../../hooks/useSubmit';
import { currentLanguage } from '../../../i18n';
import type { RefundPaymentBody, StaffPayment, StaffPaymentResponse } from '@api';
import { kronorInput, parseKronor } from '@domain/money';
import { sendBooking } from './booking';
import type { OnBooked } from './PaymentPage';

type RefundField = 'amountOre' | 'to' | 'note';
const NOTE_MAX = 300;

/**
 * "Betala tillbaka": book that what is left of the payment (or part of it) was paid back, to the
 * customer or to whoever paid, after a confirmation that says how much. A refund cannot be removed.
 */
export function RefundForm({ payment, onBooked, onStale }: { payment: StaffPayment; onBooked: OnBooked; onStale: () => void }) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const id = useId();
  const submit = useSubmit<RefundField>();
  const [amount, setAmount] = useState(() => kronorInput(payment.leftOre, lang));
  const [to, setTo] = useState<RefundPaymentBody['to']>(payment.customer ? 'customer' : 'payer');
  const [note, setNote] = useState('');
  const [planned, setPlanned] = useState<RefundPaymentBody>();
  const confirmRef = useRef<HTMLButtonElement>(null);
  const money = (ore: number) => formatMoney(ore, lang);

  useEffect(() => {
    if (planned) confirmRef.current?.focus();
  }, [planned]);

  function plan() {
    const amountOre = parseKronor(amount);
    if (amountOre === null) return submit.fail(t('backoffice.refund.badAmount'), ['amountOre']);
    if (amountOre <= 0) return submit.fail(t('backoffice.refund.zeroAmount'), ['amountOre']);
    if (amountOre > payment.leftOre) return submit.fail(t('backoffice.refund.tooMuch', { max: money(payment.leftOre) }), ['amountOre']);
    submit.clearError();
    setPlanned({ amountOre, to, note: note.trim() || null, expectedLeftOre: payment.leftOre });
  }

  function confirm(body: RefundPaymentBody) {
    void submit
      .run(() => sendBooking(() => apiPost<StaffPaymentResponse, RefundPaymentBody>(`/api/backoffice/payments/${encodeURIComponent(payment.id)}/refunds`, body), onStale))
      .then((answer) => {
        setPlanned(undefined);
        if (answer) onBooked(answer.payment, t('backoffice.refund.done', { amount: money(body.amountOre ?? 0) }));
      });
  }

  const change = () => {
    setPlanned(undefined);
  };
  return (
    <>
      <p>{t('backoffice.refund.intro')}</p>
      <Form submit={submit} onSubmit={plan} className="form narrow">
        <Field
          label={t('backoffice.refund.amount')}
          hint={t('backoffice.refund.amountHint', { max: money(payment.leftOre) })}
          inputMode="decimal"
          autoComplete="off"
          maxLength={20}
          required
          {...submit.field('amountOre')}
          value={amount}
          onValueChange={(value) => {
            setAmount(value);
            change();
          }}
        />
        <fieldset className="field radio-group radio-group--stacked">
          <legend>{t('backoffice.refund.to')}</legend>
          {payment.customer && (
            <label className="radio">
              <input type="radio" name={`${id}-to`} value="customer" checked={to === 'customer'} onChange={() => { setTo('customer'); change(); }} />
              {t('backoffice.refund.toCustomer', { name: payment.customer.name })}
            </label>
          )}
          <label className="radio">
            <input type="radio" name={`${id}-to`} value="payer" checked={to === 'payer'} onChange={() => { setTo('payer'); change(); }} />
            {payment.payerName ? t('backoffice.refund.toPayer', { name: payment.payerName }) : t('backoffice.refund.toPayerUnnamed')}
          </label>
        </fieldset>
        <Field
          label={t('backoffice.refund.note')}
          hint={t('backoffice.refund.noteHint')}
          maxLength={NOTE_MAX}
          autoComplete="off"
          {...submit.field('note')}
          value={note}
          onValueChange={(value) => {
            setNote(value);
            change();
          }}
        />
        {planned ? (
          <div>
            <p id={`${id}-confirm`}>{t('backoffice.refund.confirmText', { amount: money(planned.amountOre ?? 0) })}</p>
            <div className="button-row">
              <button
                ref={confirmRef}
                type="button"
                className="button button--danger"
                aria-describedby={`${id}-confirm`}
                aria-disabled={submit.submitting ? true : undefined}
                onClick={() => {
                  if (!submit.submitting) confirm(planned);
                }}
              >
                {t('backoffice.refund.confirm')}
              </button>
              <button type="button" className="button button--ghost" onClick={change}>
                {t('common.cancel')}
              </button>
            </div>
          </div>
        ) : (
          <button type="submit" className="button button--primary">
            {t('backoffice.refund.submit')}
          </button>
        )}
      </Form>
    </>
  );
}
