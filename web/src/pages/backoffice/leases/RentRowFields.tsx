import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { Field } from '../../../components/Field';
import { SelectField } from '../../../components/SelectField';
import type { FieldState } from '../../../hooks/useSubmit';
import type { NewRentRowBody, RentKind } from '@api';
import { parseKronor } from '@domain/money';

/** The kinds of a rent row entered with an amount (an index row is computed, in its own form). */
export const AMOUNT_KINDS: readonly Exclude<RentKind, 'index'>[] = ['base_rent', 'property_tax', 'heating', 'parking', 'service'];

/** A rent row as its fields hold it: text as typed (the amount in kronor with a Swedish comma). */
export interface RentRowDraft {
  kind: Exclude<RentKind, 'index'>;
  description: string;
  amount: string;
  per: 'year' | 'month';
  vat: '' | '0' | '25';
  validFrom: string;
  validTo: string;
}

export type RentRowField = 'kind' | 'description' | 'amountOre' | 'per' | 'vatRatePercent' | 'validFrom' | 'validTo';

export function emptyRentRow(vat: RentRowDraft['vat']): RentRowDraft {
  return { kind: 'base_rent', description: '', amount: '', per: 'year', vat, validFrom: '', validTo: '' };
}

/**
 * The draft as the API takes it, or a message for each field the form itself can see is wrong (an
 * amount that is not kronor, validity backwards). Missing values are the fields' `required`.
 */
export function rentRowBody(draft: RentRowDraft, t: TFunction): { body: NewRentRowBody } | { problems: Partial<Record<RentRowField, string>> } {
  const amountOre = parseKronor(draft.amount);
  const problems: Partial<Record<RentRowField, string>> = {};
  if (amountOre === null) problems.amountOre = t('backoffice.leaseForm.amountInvalid');
  if (draft.validFrom && draft.validTo && draft.validTo < draft.validFrom) problems.validTo = t('backoffice.leaseForm.validToBeforeFrom');
  if (amountOre === null || Object.keys(problems).length > 0) return { problems };
  return {
    body: {
      kind: draft.kind,
      description: draft.description.trim(),
      amountOre,
      per: draft.per,
      vatRatePercent: draft.vat === '' ? null : Number(draft.vat),
      validFrom: draft.validFrom || null,
      validTo: draft.validTo || null,
    },
  };
}

interface Props {
  draft: RentRowDraft;
  onChange: (draft: RentRowDraft) => void;
  /** The props of each field from the form's state (its id, invalid, message). */
  field: (name: RentRowField) => FieldState;
  /** The rates the lease allows (housing alone: 0 %). */
  vatRates: readonly number[];
}

/** The fields of one rent row with an amount: kind, description, amount a year or a month, VAT rate, validity. */
export function RentRowFields({ draft, onChange, field, vatRates }: Props) {
  const { t } = useTranslation();
  const set = <K extends keyof RentRowDraft>(key: K) => (value: string) => {
    onChange({ ...draft, [key]: value });
  };
  return (
    <div className="field-grid">
      <SelectField label={t('backoffice.leaseForm.rowKind')} required {...field('kind')} value={draft.kind} onValueChange={set('kind')}>
        {AMOUNT_KINDS.map((kind) => (
          <option key={kind} value={kind}>
            {t(`rentKind.${kind}`)}
          </option>
        ))}
      </SelectField>
      <Field
        label={t('backoffice.leaseForm.rowDescription')}
        hint={t('backoffice.leaseForm.rowDescriptionHint')}
        required
        maxLength={200}
        autoComplete="off"
        {...field('description')}
        value={draft.description}
        onValueChange={set('description')}
      />
      <Field
        label={t('backoffice.leaseForm.rowAmount')}
        hint={t('backoffice.leaseForm.rowAmountHint')}
        required
        inputMode="decimal"
        autoComplete="off"
        {...field('amountOre')}
        value={draft.amount}
        onValueChange={set('amount')}
      />
      <SelectField label={t('backoffice.leaseForm.rowPer')} required {...field('per')} value={draft.per} onValueChange={set('per')}>
        <option value="year">{t('rentPer.year')}</option>
        <option value="month">{t('rentPer.month')}</option>
      </SelectField>
      <SelectField label={t('backoffice.leaseForm.rowVat')} required {...field('vatRatePercent')} value={draft.vat} onValueChange={set('vat')}>
        <option value="">{t('backoffice.leaseForm.chooseVat')}</option>
        {vatRates.map((rate) => (
          <option key={rate} value={String(rate)}>
            {t('vat', { rate })}
          </option>
        ))}
      </SelectField>
      <Field type="date" label={t('backoffice.leaseForm.rowValidFrom')} hint={t('backoffice.leaseForm.rowValidHint')} {...field('validFrom')} value={draft.validFrom} onValueChange={set('validFrom')} />
      <Field type="date" label={t('backoffice.leaseForm.rowValidTo')} hint={t('backoffice.leaseForm.rowValidHint')} {...field('validTo')} value={draft.validTo} onValueChange={set('validTo')} />
    </div>
  );
}
