import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { apiPost } from '../../../api';
import { Detail } from '../../../components/Detail';
import { Field } from '../../../components/Field';
import { Form, FormStatus } from '../../../components/Form';
import { Money } from '../../../components/Money';
import { PageHeading } from '../../../components/PageHeading';
import { SelectField } from '../../../components/SelectField';
import { leaseName } from '../../../format';
import { useApiData } from '../../../hooks/useApiData';
import { useSubmit } from '../../../hooks/useSubmit';
import { useStaffCan, useToday } from '../../../session';
import type { CustomerList, CustomerResponse, IssuedInvoiceResponse, OneOffInvoiceBody } from '@api';
import { oneOffDueDate } from '@domain/billing/one-off';
import { parseKronor } from '@domain/money';
import { vatOre } from '@domain/billing/vat';
import type { InvoiceIssuedState } from './InvoicePage';
import { staffInvoiceHref } from './links';

type VatRate = 0 | 25;
interface Row {
  key: number;
  description: string;
  amount: string;
  vatRatePercent: VatRate;
}
type RowField = 'description' | 'netOre' | 'vatRatePercent';
type InvoiceField = 'customerId' | 'leaseId' | 'text' | 'dueDate' | `rows.${number}.${RowField}`;

const TEXT_MAX = 200;
const VAT_RATES: readonly VatRate[] = [25, 0];

let nextKey = 1;
const newRow = (): Row => ({ key: nextKey++, description: '', amount: '', vatRatePercent: 25 });

/**
 * "Ny faktura" (/admin/fakturor/ny): a one-off invoice to a customer, optionally about one of its
 * leases: a text, rows (description, amount excluding VAT, 25 % or 0 % VAT; add and remove), and a
 * due date (30 days on, on a banking day, when left empty). The field names are the API's, so the
 * server's refusal marks its field.
 */
export function NewInvoicePage() {
  const { t } = useTranslation();
  const canEdit = useStaffCan('billing.edit');
  return (
    <>
      <p className="back-link">
        <Link to="/admin/fakturor">{t('backoffice.newInvoice.back')}</Link>
      </p>
      <PageHeading>{t('backoffice.newInvoice.title')}</PageHeading>
      <p>{t('backoffice.newInvoice.intro')}</p>
      {canEdit ? <NewInvoiceForm /> : <p>{t('backoffice.newInvoice.notAllowed')}</p>}
    </>
  );
}

function NewInvoiceForm() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [searchParams] = useSearchParams();
  const submit = useSubmit<InvoiceField>();
  const customers = useApiData<CustomerList>('/api/backoffice/customers');
  const [customerId, setCustomerId] = useState(searchParams.get('kund') ?? '');
  const customer = useApiData<CustomerResponse>(customerId ? `/api/backoffice/customers/${encodeURIComponent(customerId)}` : null);
  const [leaseId, setLeaseId] = useState('');
  const [text, setText] = useState('');
  const [rows, setRows] = useState<Row[]>(() => [newRow()]);
  const [dueDate, setDueDate] = useState('');
  const [rowStatus, setRowStatus] = useState('');
  // Where focus goes once the rows have changed: a new row's first field (its id), or the add button.
  const focusRow = useRef<string | null>(null);
  const addRef = useRef<HTMLButtonElement>(null);
  const defaultDue = oneOffDueDate(useToday());

  const leases = customer.data?.customer.id === customerId ? customer.data.customer.leases : [];

  useEffect(() => {
    const target = focusRow.current;
    focusRow.current = null;
    if (target === 'add') addRef.current?.focus();
    else if (target !== null) document.getElementById(target)?.focus();
  }, [rows]);

  const amounts = rows.map((row) => parseKronor(row.amount));
  const totals = rows.reduce(
    (sum, row, index) => {
      const net = amounts[index];
      if (net === null || net === undefined) return sum;
      const vat = vatOre(net, row.vatRatePercent);
      return { net: sum.net + net, vat: sum.vat + vat };
    },
    { net: 0, vat: 0 },
  );

  function changeRow(key: number, change: Partial<Row>) {
    setRows((previous) => previous.map((row) => (row.key === key ? { ...row, ...change } : row)));
  }

  function addRow() {
    focusRow.current = submit.fieldId(`rows.${rows.length}.description`);
    setRows((previous) => [...previous, newRow()]);
    setRowStatus(t('backoffice.newInvoice.rowAdded', { number: rows.length + 1 }));
  }

  function removeRow(key: number) {
    focusRow.current = 'add';
    setRows((previous) => previous.filter((row) => row.key !== key));
    setRowStatus(t('backoffice.newInvoice.rowRemoved'));
    submit.clearError();
  }

  function send() {
    const problems: Partial<Record<InvoiceField, string>> = {};
    rows.forEach((row, index) => {
      const net = amounts[index];
      if (net === null || net === undefined) problems[`rows.${index}.netOre`] = t('backoffice.newInvoice.badAmount');
      else if (net <= 0) problems[`rows.${index}.netOre`] = t('backoffice.newInvoice.zeroAmount');
    });
    const first = Object.values(problems)[0];
    if (first !== undefined) return submit.fail(first, problems);
    const body: OneOffInvoiceBody = {
      customerId,
      leaseId: leaseId || null,
      text: text.trim(),
      rows: rows.map((row, index) => ({ description: row.description.trim(), netOre: amounts[index] ?? 0, vatRatePercent: row.vatRatePercent })),
      dueDate: dueDate || null,
    };
    return submit.run(async () => {
      const { invoice } = await apiPost<IssuedInvoiceResponse, OneOffInvoiceBody>('/api/backoffice/invoices', body);
      const state: InvoiceIssuedState = { issued: invoice.number };
      // Replace: going back should not return to a form that has already been sent.
      void navigate(staffInvoiceHref(invoice.id), { replace: true, state });
    });
  }

  const customerList = customers.data?.customers ?? [];
  return (
    <Form submit={submit} onSubmit={send} className="form narrow">
      <SelectField
        label={t('backoffice.newInvoice.customer')}
        required
        {...submit.field('customerId')}
        value={customerId}
        onValueChange={(value) => {
          setCustomerId(value);
          setLeaseId('');
        }}
      >
        <option value="">{t('backoffice.newInvoice.chooseCustomer')}</option>
        {customerId && !customerList.some((c) => c.id === customerId) && customer.data && (
          <option value={customerId}>{customer.data.customer.name}</option>
        )}
        {customerList.map((c) => (
          <option key={c.id} value={c.id}>
            {`${c.name} (${c.identityNumber})`}
          </option>
        ))}
      </SelectField>
      <SelectField
        label={t('backoffice.newInvoice.lease')}
        hint={t('backoffice.newInvoice.leaseHint')}
        {...submit.field('leaseId')}
        value={leaseId}
        onValueChange={setLeaseId}
        disabled={!customerId}
      >
        <option value="">{t('backoffice.newInvoice.noLease')}</option>
        {leases.map((lease) => (
          <option key={lease.id} value={lease.id}>
            {leaseName(lease, t)}
          </option>
        ))}
      </SelectField>
      <Field
        label={t('backoffice.newInvoice.text')}
        hint={t('backoffice.newInvoice.textHint')}
        required
        maxLength={TEXT_MAX}
        autoComplete="off"
        {...submit.field('text')}
        value={text}
        onValueChange={setText}
      />

      <h2>{t('backoffice.newInvoice.rowsHeading')}</h2>
      {rows.map((row, index) => (
        <fieldset key={row.key} className="field">
          <legend>{t('backoffice.newInvoice.row', { number: index + 1 })}</legend>
          <Field
            label={t('backoffice.newInvoice.description')}
            required
            maxLength={TEXT_MAX}
            autoComplete="off"
            {...submit.field(`rows.${index}.description`)}
            value={row.description}
            onValueChange={(value) => {
              changeRow(row.key, { description: value });
            }}
          />
          <Field
            label={t('backoffice.newInvoice.amount')}
            hint={t('backoffice.newInvoice.amountHint')}
            required
            inputMode="decimal"
            autoComplete="off"
            maxLength={20}
            data-missing={t('backoffice.newInvoice.missingAmount')}
            {...submit.field(`rows.${index}.netOre`)}
            value={row.amount}
            onValueChange={(value) => {
              changeRow(row.key, { amount: value });
            }}
          />
          <SelectField
            label={t('backoffice.newInvoice.vatRate')}
            {...submit.field(`rows.${index}.vatRatePercent`)}
            value={String(row.vatRatePercent)}
            onValueChange={(value) => {
              changeRow(row.key, { vatRatePercent: value === '0' ? 0 : 25 });
            }}
          >
            {VAT_RATES.map((rate) => (
              <option key={rate} value={String(rate)}>
                {t('backoffice.newInvoice.vatOption', { rate })}
              </option>
            ))}
          </SelectField>
          {rows.length > 1 && (
            <button
              type="button"
              className="button button--secondary button--small"
              onClick={() => {
                removeRow(row.key);
              }}
            >
              {t('backoffice.newInvoice.removeRow', { number: index + 1 })}
            </button>
          )}
        </fieldset>
      ))}
      <p>
        <button ref={addRef} type="button" className="button button--secondary" onClick={addRow}>
          {t('backoffice.newInvoice.addRow')}
        </button>
      </p>
      <FormStatus>{rowStatus}</FormStatus>

      <dl className="details invoice-totals">
        <Detail label={t('backoffice.newInvoice.net')}>
          <Money ore={totals.net} />
        </Detail>
        <Detail label={t('backoffice.newInvoice.vat')}>
          <Money ore={totals.vat} />
        </Detail>
        <Detail label={t('backoffice.newInvoice.total')}>
          <strong>
            <Money ore={totals.net + totals.vat} />
          </strong>
        </Detail>
      </dl>

      <Field
        label={t('backoffice.newInvoice.dueDate')}
        hint={t('backoffice.newInvoice.dueDateHint', { date: defaultDue })}
        type="date"
        {...submit.field('dueDate')}
        value={dueDate}
        onValueChange={setDueDate}
      />
      <button type="submit" className="button button--primary">
        {t('backoffice.newInvoice.submit')}
      </button>
    </Form>
  );
}
