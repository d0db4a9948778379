import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiPost, type ApiError } from '../../../api';
import { queryString } from '../../../cases';
import { DataTable } from '../../../components/DataTable';
import { Field } from '../../../components/Field';
import { Form } from '../../../components/Form';
import { InvoiceStatusBadge } from '../../../components/InvoiceStatusBadge';
import { Money } from '../../../components/Money';
import { SearchForm } from '../../../components/SearchForm';
import { AsyncContent, EmptyState } from '../../../components/Status';
import { formatMoney } from '../../../format';
import { useApiData } from '../../../hooks/useApiData';
import { useSubmit } from '../../../hooks/useSubmit';
import { currentLanguage } from '../../../i18n';
import { invoiceHeading } from '../../../invoices';
import type { AllocatePaymentBody, StaffInvoiceList, StaffInvoiceSummary, StaffPayment, StaffPaymentBooked } from '@api';
import { kronorInput, parseKronor } from '@domain/money';
import { sendBooking } from './booking';
import type { OnBooked } from './PaymentPage';
import { withCreditUsed } from './paymentWords';

type Rest = 'queue' | 'credit';
type AllocateField = `lines.${number}.amountOre`;
interface Line {
  invoice: StaffInvoiceSummary;
  amount: string;
}
interface Search {
  q: string;
  amountOre: number | null;
}

/** The longest search the API takes. */
const SEARCH_MAX = 100;

/** What a return can take back from an invoice: what was paid on it (its total less what is left). */
const paidOn = (invoice: StaffInvoiceSummary) => Math.max(0, invoice.totalOre - invoice.remainingOre);

/**
 * "Fördela på fakturor": search invoices (by number, OCR, customer or amount; only the payment's own
 * customer's when it has one), add them to the allocation, give an amount for each (filled in with what
 * fits), and for a payment nobody's choose whether the rest stays queued or becomes the customer's
 * credit. The server refuses more than is left of the payment or of an invoice, naming the line.
 */
export function AllocateForm({ payment, onBooked, onStale }: { payment: StaffPayment; onBooked: OnBooked; onStale: () => void }) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const id = useId();
  const submit = useSubmit<AllocateField>();
  const money = (ore: number) => formatMoney(ore, lang);
  const moneyOut = payment.leftOre < 0;
  const leftAbs = Math.abs(payment.leftOre);
  // A payment nobody's is searched first by its own amount: the invoice it pays often has it.
  const [search, setSearch] = useState<Search>(() => ({ q: '', amountOre: payment.customer ? null : leftAbs }));
  const [amountFilter, setAmountFilter] = useState(() => (payment.customer ? '' : kronorInput(leftAbs, lang)));
  const [filterError, setFilterError] = useState('');
  const [lines, setLines] = useState<Line[]>([]);
  const [rest, setRest] = useState<Rest>('queue');
  const [lineStatus, setLineStatus] = useState('');
  const focusLine = useRef<string | null>(null);

  const results = useApiData<StaffInvoiceList>(
    `/api/backoffice/payments/invoices${queryString({ q: search.q, amountOre: search.amountOre === null ? '' : String(search.amountOre), customerId: payment.customer?.id ?? '' })}`,
  );

  useEffect(() => {
    const target = focusLine.current;
    focusLine.current = null;
    if (target !== null) document.getElementById(target)?.focus();
  }, [lines]);

  const amounts = lines.map((line) => parseKronor(line.amount));
  const total = amounts.reduce<number>((sum, amount) => sum + (amount ?? 0), 0);
  const mayCredit = payment.customer === null && payment.kind === 'payment';

  function add(invoice: StaffInvoiceSummary) {
    const free = Math.max(0, leftAbs - total);
    const fits = Math.min(free, moneyOut ? paidOn(invoice) : invoice.remainingOre);
    focusLine.current = submit.fieldId(`lines.${lines.length}.amountOre`);
    setLines((previous) => [...previous, { invoice, amount: fits > 0 ? kronorInput(fits, lang) : '' }]);
    setLineStatus(t('backoffice.allocate.lineAdded', { number: invoice.number }));
  }

  function remove(index: number) {
    const removed = lines[index]!;
    focusLine.current = lines.length > 1 ? submit.fieldId(`lines.${index === 0 ? 1 : 0}.amountOre`) : `${id}-search-heading`;
    setLines((previous) => previous.filter((_, i) => i !== index));
    setLineStatus(t('backoffice.allocate.removed', { number: removed.invoice.number }));
    submit.clearError();
  }

  function fieldsOf(error: ApiError): AllocateField[] {
    const field = error.details?.field;
    if (field === 'lines') return lines.map((_, index): AllocateField => `lines.${index}.amountOre`);
    const index = typeof field === 'string' ? /^lines\.(\d+)\./.exec(field)?.[1] : undefined;
    return index === undefined ? [] : [`lines.${Number(index)}.amountOre`];
  }

  function send() {
    if (lines.length === 0) return submit.fail(t('backoffice.allocate.noLines'));
    const problems: Partial<Record<AllocateField, string>> = {};
    amounts.forEach((amount, index) => {
      if (amount === null) problems[`lines.${index}.amountOre`] = t('backoffice.allocate.badAmount');
      else if (amount <= 0) problems[`lines.${index}.amountOre`] = t('backoffice.allocate.zeroAmount');
    });
    const first = Object.values(problems)[0];
    if (first !== undefined) return submit.fail(first, problems);
    if (total > leftAbs) {
      return submit.fail(t('backoffice.allocate.tooMuch', { left: money(leftAbs) }), lines.map((_, index): AllocateField => `lines.${index}.amountOre`));
    }
    const body: AllocatePaymentBody = {
      lines: lines.map((line, index) => ({ invoiceId: line.invoice.id, amountOre: amounts[index]! })),
      rest: mayCredit ? rest : 'queue',
      expectedLeftOre: payment.leftOre,
    };
    return submit
      .run(() => sendBooking(() => apiPost<StaffPaymentBooked, AllocatePaymentBody>(`/api/backoffice/payments/${encodeURIComponent(payment.id)}/allocations`, body), onStale), fieldsOf)
      .then((answer) => {
        if (!answer) return;
        setLines([]);
        setLineStatus('');
        onBooked(answer.payment, withCreditUsed(t('backoffice.allocate.done', { amount: money(total) }), answer.creditUsed, t, lang));
      });
  }

  return (
    <>
      <p>{moneyOut ? t('backoffice.allocate.introReturn') : t('backoffice.allocate.intro')}</p>
      {payment.customer && <p>{t('backoffice.allocate.customerOnly', { name: payment.customer.name })}</p>}
      <h3 id={`${id}-search-heading`} tabIndex={-1} className="visually-hidden">
        {t('backoffice.allocate.search')}
      </h3>
      <SearchForm
        query={search.q}
        onSearch={(text) => {
          const typed = amountFilter.trim();
          const amountOre = typed === '' ? null : parseKronor(typed);
          if (amountOre === null && typed !== '') {
            setFilterError(t('backoffice.allocate.badAmountFilter'));
            return;
          }
          setFilterError('');
          setSearch({ q: text, amountOre: amountOre && amountOre > 0 ? amountOre : null });
        }}
        maxLength={SEARCH_MAX}
        label={t('backoffice.allocate.search')}
        buttonLabel={t('backoffice.allocate.searchButton')}
        hint={t('backoffice.allocate.searchHint')}
      >
        <Field
          label={t('backoffice.allocate.amountFilter')}
          hint={t('backoffice.allocate.amountFilterHint')}
          inputMode="decimal"
          autoComplete="off"
          maxLength={20}
          invalid={filterError !== ''}
          error={filterError || undefined}
          value={amountFilter}
          onValueChange={setAmountFilter}
        />
      </SearchForm>
      <AsyncContent state={results}>
        {(found) =>
          found.invoices.length === 0 ? (
            <EmptyState title={t('backoffice.allocate.noMatch')} />
          ) : (
            <Results invoices={found.invoices} chosen={lines.map((line) => line.invoice.id)} onAdd={add} />
          )
        }
      </AsyncContent>
      <p role="status" className="visually-hidden">
        {lineStatus}
      </p>
      <Form submit={submit} onSubmit={send} className="form narrow">
        {lines.length > 0 && (
          <fieldset className="field">
            <legend>{t('backoffice.allocate.linesLegend')}</legend>
            {lines.map((line, index) => (
              <div key={line.invoice.id}>
                <Field
                  label={t('backoffice.allocate.lineAmount', { number: line.invoice.number, customer: line.invoice.customer.name })}
                  hint={moneyOut ? t('backoffice.allocate.lineHintReturn', { paid: money(paidOn(line.invoice)) }) : t('backoffice.allocate.lineHint', { remaining: money(line.invoice.remainingOre) })}
                  inputMode="decimal"
                  autoComplete="off"
                  maxLength={20}
                  required
                  {...submit.field(`lines.${index}.amountOre`)}
                  value={line.amount}
                  onValueChange={(value) => {
                    setLines((previous) => previous.map((l, i) => (i === index ? { ...l, amount: value } : l)));
                  }}
                />
                <button
                  type="button"
                  className="button button--ghost button--small"
                  onClick={() => {
                    remove(index);
                  }}
                >
                  {t('backoffice.allocate.remove', { number: line.invoice.number })}
                </button>
              </div>
            ))}
          </fieldset>
        )}
        {lines.length > 0 && mayCredit && (
          <fieldset className="field radio-group radio-group--stacked">
            <legend>{t('backoffice.allocate.restLegend')}</legend>
            {(['queue', 'credit'] as const).map((value) => (
              <label key={value} className="radio">
                <input
                  type="radio"
                  name={`${id}-rest`}
                  value={value}
                  checked={rest === value}
                  onChange={() => {
                    setRest(value);
                  }}
                />
                {value === 'queue' ? t('backoffice.allocate.restQueue') : t('backoffice.allocate.restCredit')}
              </label>
            ))}
          </fieldset>
        )}
        {lines.length > 0 && <p>{t('backoffice.allocate.sum', { amount: money(total), left: money(Math.max(0, leftAbs - total)) })}</p>}
        {lines.length === 0 && <p>{t('backoffice.allocate.searchFirst')}</p>}
        <button type="submit" className="button button--primary">
          {t('backoffice.allocate.submit')}
        </button>
      </Form>
    </>
  );
}

function Results({ invoices, chosen, onAdd }: { invoices: StaffInvoiceSummary[]; chosen: string[]; onAdd: (invoice: StaffInvoiceSummary) => void }) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const rowId = (invoice: StaffInvoiceSummary) => `allocate-invoice-${invoice.id}`;
  return (
    <DataTable
      caption={t('backoffice.allocate.resultsCaption')}
      rows={invoices}
      rowKey={(invoice) => invoice.id}
      rowHeaderId={rowId}
      columns={[
        {
          label: t('backoffice.payment.invoice'),
          nowrap: true,
          cell: (invoice) => <span id={rowId(invoice)}>{invoice.number}</span>,
        },
        { label: t('backoffice.payment.customerOfInvoice'), cell: (invoice) => invoice.customer.name },
        { label: t('backoffice.invoices.heading'), cell: (invoice) => invoiceHeading(invoice, t, lang) },
        { label: t('backoffice.payment.dueDate'), nowrap: true, cell: (invoice) => invoice.dueDate },
        { label: t('backoffice.allocate.remaining'), numeric: true, cell: (invoice) => <Money ore={invoice.remainingOre} /> },
        { label: t('backoffice.invoices.status'), cell: (invoice) => <InvoiceStatusBadge status={invoice.status} kind={invoice.kind} /> },
        {
          label: t('backoffice.allocate.add'),
          cell: (invoice) =>
            chosen.includes(invoice.id) ? (
              t('backoffice.allocate.added')
            ) : (
              <button
                type="button"
                className="button button--secondary button--small"
                aria-label={t('backoffice.allocate.addTo', { number: invoice.number })}
                onClick={() => {
                  onAdd(invoice);
                }}
              >
                {t('backoffice.allocate.add')}
              </button>
            ),
        },
      ]}
    />
  );
}
