import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { apiDelete, apiPatch, apiPost, type ApiError } from '../../../api';
import { Field } from '../../../components/Field';
import { FieldError, Form, FormAlert } from '../../../components/Form';
import { PageHeading } from '../../../components/PageHeading';
import { Section } from '../../../components/Section';
import { AsyncContent, EmptyState } from '../../../components/Status';
import { TextAreaField } from '../../../components/TextAreaField';
import { objectName } from '../../../format';
import { useApiData } from '../../../hooks/useApiData';
import { useSubmit } from '../../../hooks/useSubmit';
import type { CartQuantityBody, OptionCartLine, OptionCheckout, OptionOrderBody, OptionOrderCreated } from '@api';
import { OptionPrices } from './OptionPrices';
import { QuantityStepper } from './QuantityStepper';

type CheckoutField = 'contactName' | 'contactPhone' | 'message' | 'wishedTime' | 'termsAccepted';
const FIELDS: readonly string[] = ['contactName', 'contactPhone', 'message', 'wishedTime', 'termsAccepted'];

/** "Till Kassa": the lines (quantity, remove), contact, message, wished time, the terms, "Skicka beställning", the receipt. */
export function OptionCheckoutPage() {
  const { t } = useTranslation();
  const { objectId = '' } = useParams();
  const page = useApiData<OptionCheckout>(`/api/portal/option-objects/${encodeURIComponent(objectId)}/checkout`);
  const [receipt, setReceipt] = useState<OptionOrderCreated['order'] | null>(null);
  if (receipt) return <Receipt order={receipt} />;
  return (
    <>
      <p className="back-link">
        <Link to={`/tillval/${encodeURIComponent(objectId)}`}>{t('portal.tillval.backToCategories')}</Link>
      </p>
      <PageHeading>{t('portal.tillval.checkout')}</PageHeading>
      <AsyncContent state={page}>
        {(data) => (
          <>
            <p>
              {t('portal.tillval.checkoutIntro')} {objectName({ type: data.object.type as 'premises', number: data.object.number }, t)}, {data.object.street}
            </p>
            {data.blocked && (
              <div className="alert" role="alert">
                <p>{data.blocked.message}</p>
              </div>
            )}
            {data.cart.lines.length === 0 ? (
              <EmptyState title={t('portal.tillval.emptyCart')}>
                <p>{t('portal.tillval.emptyCartHint')}</p>
              </EmptyState>
            ) : (
              <>
                <Lines lines={data.cart.lines} onChange={page.reload} />
                <CheckoutForm data={data} onSent={setReceipt} />
              </>
            )}
          </>
        )}
      </AsyncContent>
    </>
  );
}

function Lines({ lines, onChange }: { lines: OptionCartLine[]; onChange: () => void }) {
  const { t } = useTranslation();
  const submit = useSubmit();
  const change = (line: OptionCartLine, quantity: number) =>
    void submit.run(async () => { await apiPatch<OptionCheckout, CartQuantityBody>(`/api/portal/option-cart/${line.id}`, { quantity }); onChange(); });
  const remove = (line: OptionCartLine) => void submit.run(async () => { await apiDelete<OptionCheckout>(`/api/portal/option-cart/${line.id}`); onChange(); });
  return (
    <Section title={t('portal.tillval.lines')}>
      <FormAlert submit={submit} />
      <ul className="option-lines">
        {lines.map((line) => (
          <li key={line.id} className="option-line">
            <h3>{line.name}</h3>
            <p className="hint">{line.groupName} · {line.spaceName}</p>
            <OptionPrices monthlyOre={line.monthlyOre} feeOre={line.feeOre} quantity={line.quantity} />
            {line.changed && (
              <div className="alert alert--warning">
                <p>{t('portal.tillval.changed')}</p>
                <button type="button" className="button button--secondary" onClick={() => change(line, line.unit === 'piece' ? Math.min(line.quantity, line.maxQuantity) : 1)}>
                  {t('portal.tillval.confirmLine')}
                </button>
              </div>
            )}
            <div className="option-line__actions">
              {line.unit === 'piece' && <QuantityStepper value={line.quantity} max={line.maxQuantity} onChange={(n) => change(line, n)} label={line.name} disabled={submit.submitting} />}
              <button type="button" className="button button--secondary" aria-label={t('portal.tillval.removeLine', { name: line.name })} onClick={() => remove(line)} disabled={submit.submitting}>
                {t('portal.tillval.remove')}
              </button>
            </div>
          </li>
        ))}
      </ul>
    </Section>
  );
}

function CheckoutForm({ data, onSent }: { data: OptionCheckout; onSent: (order: OptionOrderCreated['order']) => void }) {
  const { t } = useTranslation();
  const submit = useSubmit<CheckoutField>();
  const termsId = useId();
  // One key per visit to the checkout: a double click or a retry sends the same order.
  const idempotencyKey = useMemo(() => crypto.randomUUID(), []);
  const [contactName, setContactName] = useState(data.contact.name);
  const [contactPhone, setContactPhone] = useState(data.contact.phone);
  const [message, setMessage] = useState('');
  const [wishedTime, setWishedTime] = useState('');
  const [accepted, setAccepted] = useState(false);
  const terms = submit.field('termsAccepted');

  function fieldsOf(error: ApiError): CheckoutField[] {
    const field = error.details?.field;
    return typeof field === 'string' && FIELDS.includes(field) ? [field as CheckoutField] : [];
  }

  function send() {
    if (!accepted) return submit.fail(t('portal.tillval.mustAccept'), ['termsAccepted']);
    return submit.run(async () => {
      const result = await apiPost<OptionOrderCreated, OptionOrderBody>('/api/portal/option-orders', {
        rentalObjectId: data.object.id, idempotencyKey, lines: data.cart.lines.map((l) => ({ id: l.id, quantity: l.quantity })),
        contactName: contactName.trim(), contactPhone: contactPhone.trim(), message: message.trim(), wishedTime: wishedTime.trim(), termsAccepted: true,
      });
      onSent(result.order);
    }, fieldsOf);
  }

  return (
    <Form submit={submit} onSubmit={send} className="form narrow">
      <Field label={t('portal.tillval.contactName')} required maxLength={200} autoComplete="name" {...submit.field('contactName')} value={contactName} onValueChange={setContactName} />
      <Field label={t('portal.tillval.contactPhone')} required maxLength={40} type="tel" autoComplete="tel" {...submit.field('contactPhone')} value={contactPhone} onValueChange={setContactPhone} />
      <Field label={t('portal.tillval.wishedTime')} hint={t('portal.tillval.wishedTimeHint')} maxLength={200} {...submit.field('wishedTime')} value={wishedTime} onValueChange={setWishedTime} />
      <TextAreaField label={t('portal.tillval.message')} hint={t('portal.tillval.messageHint')} maxLength={2000} rows={4} {...submit.field('message')} value={message} onValueChange={setMessage} />
      <details className="terms">
        <summary>{t('portal.tillval.showTerms')}</summary>
        <div id={termsId} className="terms__text">
          {data.terms.split(/\n{2,}/).map((paragraph, i) => <p key={i}>{paragraph}</p>)}
        </div>
      </details>
      <div className="checkbox">
        <input id={terms.id} type="checkbox" checked={accepted} aria-invalid={terms.invalid ? true : undefined}
          aria-describedby={terms.invalid ? `${terms.id}-message` : undefined}
          onChange={(event) => setAccepted(event.target.checked)} />
        <label htmlFor={terms.id}>{t('portal.tillval.acceptTerms')}</label>
      </div>
      {terms.invalid && terms.error && <FieldError id={`${terms.id}-message`} message={terms.error} />}
      <button type="submit" className="button button--primary" disabled={data.blocked !== null}>
        {t('portal.tillval.send')}
      </button>
    </Form>
  );
}

function Receipt({ order }: { order: OptionOrderCreated['order'] }) {
  const { t } = useTranslation();
  return (
    <>
      <PageHeading>{t('portal.tillval.receipt')}</PageHeading>
      <p>{t('portal.tillval.receiptText', { number: order.caseNumber })}</p>
      <p>
        <Link className="button button--primary" to={`/arenden/${encodeURIComponent(order.caseId)}`}>
          {t('portal.tillval.openCase', { number: order.caseNumber })}
        </Link>
      </p>
    </>
  );
}
