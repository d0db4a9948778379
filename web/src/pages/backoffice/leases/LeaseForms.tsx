import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiPatch, apiPost } from '../../../api';
import { Field } from '../../../components/Field';
import { Form, FormStatus } from '../../../components/Form';
import { Section } from '../../../components/Section';
import { SelectField } from '../../../components/SelectField';
import { formatMoney } from '../../../format';
import { useSubmit } from '../../../hooks/useSubmit';
import { currentLanguage } from '../../../i18n';
import type { LeaseChangesBody, NewRentRowBody, RegisterLease, RegisterLeaseResponse, RentRowChangesBody } from '@api';
import { parseDecimal } from '@domain/money';
import { LeaseTermsFields, termsOf, termsProblems, type TermsDraft, type TermsField } from './LeaseTermsFields';
import { emptyRentRow, rentRowBody, RentRowFields, type RentRowDraft, type RentRowField } from './RentRowFields';
import { validityText } from './leaseWords';

interface FormProps {
  lease: RegisterLease;
  /** Reloads the lease after a change. */
  onChanged: () => void;
}

const leaseUrl = (lease: RegisterLease) => `/api/backoffice/leases/${encodeURIComponent(lease.id)}`;

/** The changes of the terms against the lease as it is: only what differs is sent. */
function changesOf(lease: RegisterLease, draft: TermsDraft): LeaseChangesBody {
  const was = termsOf(lease);
  const changes: LeaseChangesBody = {};
  if (draft.startDate !== was.startDate) changes.startDate = draft.startDate;
  if (draft.endDate !== was.endDate) changes.endDate = draft.endDate || null;
  if (draft.noticePeriodMonths.trim() !== was.noticePeriodMonths) changes.noticePeriodMonths = Number(draft.noticePeriodMonths);
  if (draft.billingPeriod !== was.billingPeriod) changes.billingPeriod = draft.billingPeriod;
  if (draft.signing !== was.signing) changes.signing = draft.signing;
  if (draft.voluntaryVat !== was.voluntaryVat) changes.voluntaryVat = draft.voluntaryVat;
  return changes;
}

/** "Ändra avtalet": dates, notice period, billing period, signing and voluntary VAT. */
export function LeaseTermsForm({ lease, onChanged }: FormProps) {
  const { t } = useTranslation();
  const submit = useSubmit<TermsField>();
  const [draft, setDraft] = useState<TermsDraft>(() => termsOf(lease));

  function save() {
    const problems = termsProblems(draft, t);
    const first = Object.values(problems)[0];
    if (first !== undefined) return submit.fail(first, problems);
    const changes = changesOf(lease, draft);
    if (Object.keys(changes).length === 0) {
      submit.setStatus(t('backoffice.lease.nothingChanged'));
      return undefined;
    }
    return submit.run(async () => {
      const result = await apiPatch<RegisterLeaseResponse, LeaseChangesBody>(leaseUrl(lease), changes);
      setDraft(termsOf(result.lease));
      submit.setStatus(t('backoffice.lease.termsSaved'));
      onChanged();
    });
  }

  return (
    <Section className="card" title={t('backoffice.lease.termsHeading')}>
      <Form submit={submit} onSubmit={save} className="form form--compact">
        <LeaseTermsFields draft={draft} onChange={setDraft} field={(name) => submit.field(name)} />
        <button type="submit" className="button button--primary">
          {t('backoffice.lease.saveTerms')}
        </button>
        <FormStatus>{submit.status}</FormStatus>
      </Form>
    </Section>
  );
}

/** "Lägg till hyresrad": a row with an amount, its VAT rate starting from the lease's default. */
export function AddRentRowForm({ lease, onChanged }: FormProps) {
  const { t } = useTranslation();
  const submit = useSubmit<RentRowField>();
  const fresh = () => emptyRentRow(String(lease.defaultVatRatePercent) as '0' | '25');
  const [draft, setDraft] = useState<RentRowDraft>(fresh);

  function save() {
    const result = rentRowBody(draft, t);
    if ('problems' in result) {
      const first = Object.values(result.problems)[0];
      return submit.fail(first ?? '', result.problems);
    }
    return submit.run(async () => {
      await apiPost<RegisterLeaseResponse, NewRentRowBody>(`${leaseUrl(lease)}/rent-rows`, result.body);
      setDraft(fresh());
      submit.setStatus(t('backoffice.lease.rowAdded'));
      onChanged();
    });
  }

  return (
    <Section className="card" title={t('backoffice.lease.addRowHeading')}>
      <Form submit={submit} onSubmit={save} className="form form--compact">
        <RentRowFields draft={draft} onChange={setDraft} field={(name) => submit.field(name)} vatRates={lease.vatRates} />
        <button type="submit" className="button button--primary">
          {t('backoffice.lease.addRow')}
        </button>
        <FormStatus>{submit.status}</FormStatus>
      </Form>
    </Section>
  );
}

type IndexField = 'description' | 'kpiBase' | 'kpiCurrent' | 'vatRatePercent' | 'validFrom' | 'validTo';

/** "Lägg till indexrad": base and current KPI, the yearly amount computed by the server from the base rent. */
export function IndexRowForm({ lease, onChanged }: FormProps) {
  const { t } = useTranslation();
  const submit = useSubmit<IndexField>();
  const fresh = () => ({
    description: t('backoffice.lease.indexDescription'), kpiBase: '', kpiCurrent: '', vat: String(lease.defaultVatRatePercent), validFrom: '', validTo: '',
  });
  const [draft, setDraft] = useState(fresh);
  const set = (key: keyof ReturnType<typeof fresh>) => (value: string) => {
    setDraft((d) => ({ ...d, [key]: value }));
  };

  function save() {
    const kpiBase = parseDecimal(draft.kpiBase, 2);
    const kpiCurrent = parseDecimal(draft.kpiCurrent, 2);
    const problems: Partial<Record<IndexField, string>> = {};
    if (kpiBase === null || kpiBase <= 0) problems.kpiBase = t('backoffice.leaseForm.kpiInvalid');
    if (kpiCurrent === null || kpiCurrent <= 0) problems.kpiCurrent = t('backoffice.leaseForm.kpiInvalid');
    if (draft.validFrom && draft.validTo && draft.validTo < draft.validFrom) problems.validTo = t('backoffice.leaseForm.validToBeforeFrom');
    const first = Object.values(problems)[0];
    if (first !== undefined || kpiBase === null || kpiCurrent === null) return submit.fail(first ?? '', problems);
    return submit.run(async () => {
      const result = await apiPost<RegisterLeaseResponse, NewRentRowBody>(`${leaseUrl(lease)}/rent-rows`, {
        kind: 'index',
        description: draft.description.trim(),
        kpiBase,
        kpiCurrent,
        vatRatePercent: draft.vat === '' ? null : Number(draft.vat),
        validFrom: draft.validFrom || null,
        validTo: draft.validTo || null,
      });
      // The newest index row is the one just added: the one whose id the lease did not have.
      const known = new Set(lease.rentRows.map((row) => row.id));
      const added = result.lease.rentRows.find((row) => !known.has(row.id));
      setDraft(fresh());
      submit.setStatus(t('backoffice.lease.indexAdded', { amount: formatMoney(added?.yearlyOre ?? 0, currentLanguage()) }));
      onChanged();
    });
  }

  return (
    <Section className="card" title={t('backoffice.lease.indexHeading')}>
      <p>{t('backoffice.lease.indexIntro')}</p>
      <Form submit={submit} onSubmit={save} className="form form--compact">
        <div className="field-grid">
          <Field label={t('backoffice.leaseForm.rowDescription')} required maxLength={200} autoComplete="off" {...submit.field('description')} value={draft.description} onValueChange={set('description')} />
          <Field label={t('backoffice.leaseForm.kpiBase')} hint={t('backoffice.leaseForm.kpiHint')} required inputMode="decimal" autoComplete="off" {...submit.field('kpiBase')} value={draft.kpiBase} onValueChange={set('kpiBase')} />
          <Field label={t('backoffice.leaseForm.kpiCurrent')} hint={t('backoffice.leaseForm.kpiHint')} required inputMode="decimal" autoComplete="off" {...submit.field('kpiCurrent')} value={draft.kpiCurrent} onValueChange={set('kpiCurrent')} />
          <SelectField label={t('backoffice.leaseForm.rowVat')} required {...submit.field('vatRatePercent')} value={draft.vat} onValueChange={set('vat')}>
            <option value="">{t('backoffice.leaseForm.chooseVat')}</option>
            {lease.vatRates.map((rate) => (
              <option key={rate} value={String(rate)}>
                {t('vat', { rate })}
              </option>
            ))}
          </SelectField>
          <Field type="date" label={t('backoffice.leaseForm.rowValidFrom')} hint={t('backoffice.leaseForm.rowValidHint')} {...submit.field('validFrom')} value={draft.validFrom} onValueChange={set('validFrom')} />
          <Field type="date" label={t('backoffice.leaseForm.rowValidTo')} hint={t('backoffice.leaseForm.rowValidHint')} {...submit.field('validTo')} value={draft.validTo} onValueChange={set('validTo')} />
        </div>
        <button type="submit" className="button button--primary">
          {t('backoffice.lease.addIndex')}
        </button>
        <FormStatus>{submit.status}</FormStatus>
      </Form>
    </Section>
  );
}

type EndField = 'row' | 'validTo';

/** "Avsluta hyresrad": the last day a row is in force (its validTo); the audit log keeps before and after. */
export function EndRentRowForm({ lease, onChanged }: FormProps) {
  const { t } = useTranslation();
  const submit = useSubmit<EndField>();
  // Rows that have not ended yet (an ended row may still be moved, from the API).
  const open = lease.rentRows.filter((row) => row.validTo === null || row.validTo >= lease.rentDate);
  const [rowId, setRowId] = useState('');
  const [date, setDate] = useState('');

  function save() {
    const row = open.find((r) => r.id === rowId);
    if (row?.validFrom && date && date < row.validFrom) return submit.fail(t('backoffice.leaseForm.validToBeforeFrom'), ['validTo']);
    return submit.run(async () => {
      await apiPatch<RegisterLeaseResponse, RentRowChangesBody>(`${leaseUrl(lease)}/rent-rows/${encodeURIComponent(rowId)}`, { validTo: date });
      setRowId('');
      setDate('');
      submit.setStatus(t('backoffice.lease.rowEnded', { date }));
      onChanged();
    });
  }

  return (
    <Section className="card" title={t('backoffice.lease.endHeading')}>
      <p>{t('backoffice.lease.endIntro')}</p>
      {open.length === 0 ? (
        <p className="muted">{t('backoffice.lease.noRowsToEnd')}</p>
      ) : (
        <Form submit={submit} onSubmit={save} className="form form--compact">
          <div className="field-grid">
            <SelectField label={t('backoffice.lease.endRow')} required {...submit.field('row')} value={rowId} onValueChange={setRowId}>
              <option value="">{t('backoffice.lease.chooseRow')}</option>
              {open.map((row) => (
                <option key={row.id} value={row.id}>
                  {row.description} · {formatMoney(row.yearlyOre, currentLanguage())} · {validityText(row, t)}
                </option>
              ))}
            </SelectField>
            <Field type="date" label={t('backoffice.lease.endDate')} required {...submit.field('validTo')} value={date} onValueChange={setDate} />
          </div>
          <button type="submit" className="button button--primary">
            {t('backoffice.lease.endSubmit')}
          </button>
          <FormStatus>{submit.status}</FormStatus>
        </Form>
      )}
    </Section>
  );
}
