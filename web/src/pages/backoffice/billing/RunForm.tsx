import { useId, useMemo, useRef, useState, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { apiPost, type ApiError } from '../../../api';
import { DataTable } from '../../../components/DataTable';
import { Form } from '../../../components/Form';
import { Money } from '../../../components/Money';
import { Section } from '../../../components/Section';
import { SelectField } from '../../../components/SelectField';
import { EmptyState } from '../../../components/Status';
import { formatMoney } from '../../../format';
import { useSubmit } from '../../../hooks/useSubmit';
import { currentLanguage } from '../../../i18n';
import type { InvoiceRun, InvoiceRunBody, InvoiceRunPreview, InvoiceRunResponse } from '@api';
import { useToday } from '../../../session';
import { monthOf, periodChoices, periodKey, periodLabel, type PeriodKind } from './periods';

type RunField = 'period';

const KINDS: readonly PeriodKind[] = ['month', 'quarter'];

/** The refusals of a period (a bad key, already run, nothing to invoice) are about the period. */
function fieldsOfError(error: ApiError): RunField[] {
  return ['PERIOD_ALREADY_RUN', 'NOTHING_TO_INVOICE', 'RUN_IN_PROGRESS', 'INVALID_PERIOD', 'VALIDATION'].includes(error.code) ? ['period'] : [];
}

/**
 * The form of a new run: a month or a quarter, "Förhandsgranska" (what the run would make and which
 * leases it skips, and why), then "Kör aviseringen för april 2026". Both report a refusal in the
 * form's error summary, with the period marked. Without `canRun` (billing.edit) there is no run button.
 */
export function RunForm({ canRun, onStarted }: { canRun: boolean; onStarted: (run: InvoiceRun) => void }) {
  const { t } = useTranslation();
  const id = useId();
  const lang = currentLanguage();
  const submit = useSubmit<RunField>();
  const [kind, setKind] = useState<PeriodKind>('month');
  // The periods are around the server's today; computed once, so that the choice does not move under the user.
  const serverToday = useToday();
  const [today] = useState(() => monthOf(serverToday));
  const options = useMemo(() => periodChoices(kind, today), [kind, today]);
  const [chosen, setChosen] = useState<Record<PeriodKind, string>>(() => ({
    month: periodKey(periodChoices('month', today).coming),
    quarter: periodKey(periodChoices('quarter', today).coming),
  }));
  const [preview, setPreview] = useState<InvoiceRunPreview>();
  const previewRef = useRef<HTMLHeadingElement>(null);
  const period = chosen[kind];
  const current = preview?.period.key === period ? preview : undefined;

  function runPreview() {
    return submit.run(async () => {
      const result = await apiPost<InvoiceRunPreview, InvoiceRunBody>('/api/backoffice/invoice-runs/preview', { period });
      setPreview(result);
      // The answer is below the form: take keyboard and screen-reader users there.
      requestAnimationFrame(() => previewRef.current?.focus());
    }, fieldsOfError);
  }

  function start() {
    if (submit.submitting) return undefined;
    if (!current) return submit.fail(t('backoffice.invoiceRun.previewFirst'), ['period']);
    return submit.run(async () => {
      const { run } = await apiPost<InvoiceRunResponse, InvoiceRunBody>('/api/backoffice/invoice-runs', { period });
      setPreview(undefined);
      onStarted(run);
    }, fieldsOfError);
  }

  return (
    <Section title={t('backoffice.invoiceRun.formHeading')}>
      <Form submit={submit} onSubmit={runPreview} className="form narrow">
        <fieldset className="field radio-group">
          <legend>{t('backoffice.invoiceRun.kindLabel')}</legend>
          {KINDS.map((value) => (
            <label key={value} className="radio">
              <input
                type="radio"
                name={`${id}-kind`}
                value={value}
                checked={kind === value}
                onChange={() => {
                  setKind(value);
                  submit.clearError();
                }}
              />
              {t(`backoffice.invoiceRun.kind.${value}`)}
            </label>
          ))}
        </fieldset>
        <SelectField
          label={t('backoffice.invoiceRun.period')}
          required
          {...submit.field('period')}
          value={period}
          onValueChange={(value) => {
            setChosen((was) => ({ ...was, [kind]: value }));
            submit.clearError();
          }}
        >
          {options.choices.map((title) => {
            const key = periodKey(title);
            return (
              <option key={key} value={key}>
                {periodLabel(title, t, lang)}
              </option>
            );
          })}
        </SelectField>
        <div className="button-row">
          <button type="submit" className="button button--secondary">
            {t('backoffice.invoiceRun.preview')}
          </button>
        </div>
      </Form>
      {current && <PreviewResult preview={current} headingRef={previewRef} onRun={canRun ? () => void start() : undefined} running={submit.submitting} />}
    </Section>
  );
}

function PreviewResult({
  preview,
  headingRef,
  onRun,
  running,
}: {
  preview: InvoiceRunPreview;
  headingRef: Ref<HTMLHeadingElement>;
  /** Starts the run; none for staff who may not. */
  onRun: (() => void) | undefined;
  running: boolean;
}) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const id = useId();
  const title = periodLabel(preview.period.title ?? preview.period.key, t, lang);
  const inText = periodLabel(preview.period.title ?? preview.period.key, t, lang, true);
  const hintId = `${id}-hint`;
  return (
    <Section title={t('backoffice.invoiceRun.previewHeading', { period: title })} headingRef={headingRef} className="run-preview">
      <p className="run-preview__summary">
        {t('backoffice.invoiceRun.previewSummary', { count: preview.count, total: formatMoney(preview.totalOre, lang) })}
      </p>
      {preview.invoices.length === 0 ? (
        <EmptyState title={t('backoffice.invoiceRun.noInvoices')} />
      ) : (
        <>
          <DataTable
            caption={t('backoffice.invoiceRun.invoicesCaption', { period: inText })}
            rows={preview.invoices}
            rowKey={(invoice) => `${invoice.leaseId}-${invoice.periodKey}`}
            columns={[
              { label: t('backoffice.invoiceRun.customer'), cell: (invoice) => invoice.customerName },
              { label: t('backoffice.invoiceRun.lease'), nowrap: true, cell: (invoice) => invoice.leaseNumber },
              { label: t('backoffice.invoiceRun.invoicePeriod'), nowrap: true, cell: (invoice) => periodLabel(invoice.periodKey, t, lang) },
              { label: t('backoffice.invoiceRun.amount'), numeric: true, cell: (invoice) => <Money ore={invoice.totalOre} /> },
              { label: t('backoffice.invoiceRun.dueDate'), nowrap: true, cell: (invoice) => invoice.dueDate },
            ]}
          />
          {preview.count > preview.invoices.length && (
            <p className="hint">{t('backoffice.invoiceRun.firstOnly', { shown: preview.invoices.length, count: preview.count })}</p>
          )}
        </>
      )}
      {preview.skippedCount > 0 && (
        <>
          <h3>{t('backoffice.invoiceRun.skippedHeading')}</h3>
          <DataTable
            caption={t('backoffice.invoiceRun.skippedCaption', { period: inText })}
            rows={preview.skipped}
            rowKey={(lease) => lease.leaseId}
            columns={[
              { label: t('backoffice.invoiceRun.customer'), cell: (lease) => lease.customerName },
              { label: t('backoffice.invoiceRun.lease'), nowrap: true, cell: (lease) => lease.leaseNumber },
              { label: t('backoffice.invoiceRun.reason'), cell: (lease) => t(`backoffice.invoiceRun.skipReason.${lease.reason}`) },
            ]}
          />
          {preview.skippedCount > preview.skipped.length && (
            <p className="hint">{t('backoffice.invoiceRun.firstOnly', { shown: preview.skipped.length, count: preview.skippedCount })}</p>
          )}
        </>
      )}
      {onRun && (
        <>
          <div className="button-row">
            <button type="button" className="button button--primary" aria-describedby={hintId} aria-disabled={running ? true : undefined} onClick={onRun}>
              {t('backoffice.invoiceRun.run', { period: inText })}
            </button>
          </div>
          <p id={hintId} className="hint">
            {t('backoffice.invoiceRun.runHint')}
          </p>
        </>
      )}
    </Section>
  );
}
