import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { Field } from '../../../components/Field';
import { SelectField } from '../../../components/SelectField';
import type { FieldState } from '../../../hooks/useSubmit';
import type { RegisterLease } from '@api';

/** A lease's terms as its fields hold them. */
export interface TermsDraft {
  startDate: string;
  endDate: string;
  noticePeriodMonths: string;
  billingPeriod: RegisterLease['billingPeriod'];
  signing: RegisterLease['signing'];
  voluntaryVat: boolean;
}

export type TermsField = 'startDate' | 'endDate' | 'noticePeriodMonths' | 'billingPeriod' | 'signing' | 'voluntaryVat';

export function termsOf(lease: RegisterLease): TermsDraft {
  return {
    startDate: lease.startDate,
    endDate: lease.endDate ?? '',
    noticePeriodMonths: String(lease.noticePeriodMonths),
    billingPeriod: lease.billingPeriod,
    signing: lease.signing,
    voluntaryVat: lease.voluntaryVat,
  };
}

export const NEW_TERMS: TermsDraft = { startDate: '', endDate: '', noticePeriodMonths: '3', billingPeriod: 'quarterly', signing: 'digital', voluntaryVat: false };

/** What the form can see is wrong with the terms before sending (an end before the start, a notice period that is not months). */
export function termsProblems(draft: TermsDraft, t: TFunction): Partial<Record<TermsField, string>> {
  const problems: Partial<Record<TermsField, string>> = {};
  if (draft.endDate && draft.startDate && draft.endDate < draft.startDate) problems.endDate = t('backoffice.leaseForm.endBeforeStart');
  if (!/^\d{1,3}$/.test(draft.noticePeriodMonths.trim()) || Number(draft.noticePeriodMonths) > 120) {
    problems.noticePeriodMonths = t('form.check', { field: t('backoffice.leaseForm.noticePeriod').toLocaleLowerCase() });
  }
  return problems;
}

interface Props {
  draft: TermsDraft;
  onChange: (draft: TermsDraft) => void;
  field: (name: TermsField) => FieldState;
}

/** Start, end (empty: until further notice), notice period, billing period, signing and voluntary VAT. */
export function LeaseTermsFields({ draft, onChange, field }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const set = <K extends keyof TermsDraft>(key: K) => (value: TermsDraft[K]) => {
    onChange({ ...draft, [key]: value });
  };
  const vat = field('voluntaryVat');
  return (
    <>
      <div className="field-grid">
        <Field type="date" label={t('backoffice.leaseForm.start')} required {...field('startDate')} value={draft.startDate} onValueChange={set('startDate')} />
        <Field type="date" label={t('backoffice.leaseForm.end')} hint={t('backoffice.leaseForm.endHint')} {...field('endDate')} value={draft.endDate} onValueChange={set('endDate')} />
        <Field
          label={t('backoffice.leaseForm.noticePeriod')}
          required
          inputMode="numeric"
          autoComplete="off"
          {...field('noticePeriodMonths')}
          value={draft.noticePeriodMonths}
          onValueChange={set('noticePeriodMonths')}
        />
        <SelectField
          label={t('backoffice.leaseForm.billingPeriod')}
          required
          {...field('billingPeriod')}
          value={draft.billingPeriod}
          onValueChange={(value) => {
            set('billingPeriod')(value === 'monthly' ? 'monthly' : 'quarterly');
          }}
        >
          <option value="monthly">{t('billingPeriod.monthly')}</option>
          <option value="quarterly">{t('billingPeriod.quarterly')}</option>
        </SelectField>
        <SelectField
          label={t('backoffice.leaseForm.signing')}
          required
          {...field('signing')}
          value={draft.signing}
          onValueChange={(value) => {
            set('signing')(value === 'manual' ? 'manual' : 'digital');
          }}
        >
          <option value="digital">{t('signing.digital')}</option>
          <option value="manual">{t('signing.manual')}</option>
        </SelectField>
      </div>
      <div className="checkbox">
        <input
          id={vat.id}
          type="checkbox"
          checked={draft.voluntaryVat}
          aria-describedby={`${id}-vat-hint`}
          aria-invalid={vat.invalid ? true : undefined}
          onChange={(event) => {
            set('voluntaryVat')(event.target.checked);
          }}
        />
        <label htmlFor={vat.id}>{t('backoffice.leaseForm.voluntaryVat')}</label>
      </div>
      <p className="hint checkbox-hint" id={`${id}-vat-hint`}>
        {t('backoffice.leaseForm.voluntaryVatHint')}
      </p>
    </>
  );
}
