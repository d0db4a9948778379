import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { apiPost, type ApiError } from '../../../api';
import { Field } from '../../../components/Field';
import { Form, FormStatus } from '../../../components/Form';
import { formatMoney } from '../../../format';
import { useSubmit } from '../../../hooks/useSubmit';
import { currentLanguage } from '../../../i18n';
import type { CreditInvoiceBody, CreditedInvoiceResponse, StaffInvoiceDetail } from '@api';
import { parseKronor } from '@domain/money';
import { vatOre } from '@domain/billing/vat';
import { withCreditUsed } from '../payments/paymentWords';
import { staffInvoiceHref } from './links';

type Scope = 'all' | 'part';
type CreditField = 'reason' | `credit.${number}`;

const REASON_MAX = 500;

/** What the form would send, and how much it credits including VAT (as the confirmation says). */
interface Planned {
  body: CreditInvoiceBody;
  totalOre: number;
  /** The invoice row's position of each part sent, by its index in `body.rows`. */
  positions: number[];
}

/**
 * "Kreditera": credit the whole invoice (what is left of it) or amounts of its rows, with a reason,
 * after a confirmation that says how much. The server refuses more than is left (CREDIT_TOO_LARGE),
 * naming the row, which is marked here.
 */
export function CreditForm({ invoice, onCredited }: { invoice: StaffInvoiceDetail; onCredited: () => void }) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const id = useId();
  const submit = useSubmit<CreditField>();
  const [scope, setScope] = useState<Scope>('all');
  const [amounts, setAmounts] = useState<Record<number, string>>({});
  const [reason, setReason] = useState('');
  const [planned, setPlanned] = useState<Planned>();
  const [done, setDone] = useState<CreditedInvoiceResponse>();
  const confirmRef = useRef<HTMLButtonElement>(null);
  const money = (ore: number) => formatMoney(ore, lang);
  const rows = invoice.creditable.filter((row) => row.maxNetOre > 0);

  useEffect(() => {
    if (planned) confirmRef.current?.focus();
  }, [planned]);

  function plan(): Planned | undefined {
    const text = reason.trim();
    if (scope === 'all') return { body: { reason: text }, totalOre: invoice.uncreditedOre, positions: [] };
    const problems: Partial<Record<CreditField, string>> = {};
    const parts: { position: number; netOre: number }[] = [];
    let totalOre = 0;
    for (const row of rows) {
      const typed = (amounts[row.position] ?? '').trim();
      if (typed === '') continue;
      const netOre = parseKronor(typed);
      if (netOre === null) problems[`credit.${row.position}`] = t('backoffice.credit.badAmount');
      else if (netOre > row.maxNetOre) problems[`credit.${row.position}`] = t('backoffice.credit.tooLarge', { max: money(row.maxNetOre) });
      else if (netOre > 0) {
        parts.push({ position: row.position, netOre });
        totalOre += netOre + vatOre(netOre, row.vatRatePercent);
      }
    }
    const first = Object.values(problems)[0];
    if (first !== undefined) {
      submit.fail(first, problems);
      return undefined;
    }
    if (parts.length === 0) {
      submit.fail(
        t('backoffice.credit.missingAmount'),
        rows.map((row): CreditField => `credit.${row.position}`),
      );
      return undefined;
    }
    return { body: { reason: text, rows: parts }, totalOre, positions: parts.map((part) => part.position) };
  }

  function fieldsOf(positions: number[]) {
    return (error: ApiError): CreditField[] => {
      const field = error.details?.field;
      if (typeof field !== 'string') return [];
      if (field === 'reason') return ['reason'];
      const index = /^rows\.(\d+)\./.exec(field)?.[1];
      const position = index === undefined ? undefined : positions[Number(index)];
      return position === undefined ? [] : [`credit.${position}`];
    };
  }

  function confirm(current: Planned) {
    void submit
      .run(async () => {
        return apiPost<CreditedInvoiceResponse, CreditInvoiceBody>(`/api/backoffice/invoices/${encodeURIComponent(invoice.id)}/credit`, current.body);
      }, fieldsOf(current.positions))
      .then((answer) => {
        setPlanned(undefined);
        if (!answer) return;
        setDone(answer);
        setAmounts({});
        setReason('');
        setScope('all');
        onCredited();
      });
  }

  // The status line stays in place (a live region), whether the form is still there or not.
  const status = <FormStatus>{done && <Done answer={done} />}</FormStatus>;
  if (invoice.uncreditedOre <= 0) {
    return (
      <>
        {status}
        <p>{t('backoffice.credit.nothingLeft')}</p>
      </>
    );
  }

  return (
    <>
      {status}
      <p>{t('backoffice.credit.intro')}</p>
      <Form
        submit={submit}
        className="form narrow"
        onSubmit={() => {
          setDone(undefined);
          const next = plan();
          if (next) setPlanned(next);
        }}
      >
        <fieldset className="field radio-group radio-group--stacked">
          <legend>{t('backoffice.credit.scope')}</legend>
          {(['all', 'part'] as const).map((value) => (
            <label key={value} className="radio">
              <input
                type="radio"
                name={`${id}-scope`}
                value={value}
                checked={scope === value}
                onChange={() => {
                  setScope(value);
                  setPlanned(undefined);
                  submit.clearError();
                }}
              />
              {value === 'all' ? t('backoffice.credit.all', { amount: money(invoice.uncreditedOre) }) : t('backoffice.credit.part')}
            </label>
          ))}
        </fieldset>
        {scope === 'part' && (
          <fieldset className="field">
            <legend>{t('backoffice.credit.rowsLegend')}</legend>
            {rows.map((row) => (
              <Field
                key={row.position}
                label={t('backoffice.credit.rowAmount', { description: row.description })}
                hint={t('backoffice.credit.rowHint', { max: money(row.maxNetOre), rate: row.vatRatePercent })}
                inputMode="decimal"
                autoComplete="off"
                maxLength={20}
                {...submit.field(`credit.${row.position}`)}
                value={amounts[row.position] ?? ''}
                onValueChange={(value) => {
                  setAmounts((previous) => ({ ...previous, [row.position]: value }));
                  setPlanned(undefined);
                }}
              />
            ))}
          </fieldset>
        )}
        <Field
          label={t('backoffice.credit.reason')}
          hint={t('backoffice.credit.reasonHint')}
          required
          maxLength={REASON_MAX}
          autoComplete="off"
          {...submit.field('reason')}
          value={reason}
          onValueChange={(value) => {
            setReason(value);
            setPlanned(undefined);
          }}
        />
        {planned ? (
          <div>
            <p id={`${id}-confirm`}>{t('backoffice.credit.confirmText', { amount: money(planned.totalOre), number: invoice.number })}</p>
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
                {t('backoffice.credit.confirm')}
              </button>
              <button
                type="button"
                className="button button--ghost"
                onClick={() => {
                  setPlanned(undefined);
                }}
              >
                {t('common.cancel')}
              </button>
            </div>
          </div>
        ) : (
          <button type="submit" className="button button--primary">
            {t('backoffice.credit.submit')}
          </button>
        )}
      </Form>
    </>
  );
}

/** The credit note issued, and, for an invoice that was paid, the money that went back to the customer's credit and what it paid. */
function Done({ answer }: { answer: CreditedInvoiceResponse }) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const { invoice: issued, releasedOre, creditUsed } = answer;
  return (
    <>
      <Link to={staffInvoiceHref(issued.id)}>{t('backoffice.credit.done', { number: issued.number, amount: formatMoney(issued.totalOre, lang) })}</Link>
      {releasedOre > 0 && <> {withCreditUsed(t('backoffice.credit.released', { amount: formatMoney(releasedOre, lang) }), creditUsed, t, lang)}</>}
    </>
  );
}
