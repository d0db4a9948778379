import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiPost, apiPut, type ApiError } from '../../../api';
import { Field } from '../../../components/Field';
import { Form, FormStatus } from '../../../components/Form';
import { SelectField } from '../../../components/SelectField';
import { TextAreaField } from '../../../components/TextAreaField';
import { useSubmit } from '../../../hooks/useSubmit';
import { currentLanguage } from '../../../i18n';
import { kronorInput, parseKronor } from '@domain/money';
import type { OptionCatalogueAdmin } from '@api';

type Fields = 'groupId' | 'name' | 'description' | 'monthly' | 'fee' | 'maxQuantity' | 'objectTypes';
type Option = OptionCatalogueAdmin['options'][number];
type OptionInput = Omit<Option, 'id' | 'retired' | 'pictures'>;
const spaceKinds = ['kitchen', 'bathroom', 'hall', 'office', 'room', 'storage', 'staff_room', 'shop', 'workshop'] as const;
const objectTypes = ['premises', 'apartment', 'parking', 'storage'] as const;

/**
 * An option's group, name, description, prices (kronor, VAT 25 %), unit and largest quantity, and where
 * it applies: a new one, or (given `option`) a change of one in the catalogue. A change keeps the
 * option's pictures, its VAT rates, objects and place in the catalogue; orders already made keep the
 * prices they were made with.
 */
export function OptionForm({ groups, option, onSaved, onCancel }: { groups: OptionCatalogueAdmin['groups']; option?: Option; onSaved: () => void; onCancel?: () => void }) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const submit = useSubmit<Fields>();
  const [groupId, setGroupId] = useState(option?.groupId ?? groups[0]?.id ?? '');
  const [name, setName] = useState(option?.name ?? '');
  const [description, setDescription] = useState(option?.description ?? '');
  const [monthly, setMonthly] = useState(option?.monthlyOre != null ? kronorInput(option.monthlyOre, lang) : '');
  const [fee, setFee] = useState(option?.feeOre != null ? kronorInput(option.feeOre, lang) : '');
  const [unit, setUnit] = useState<'piece' | 'other'>(option?.unit ?? 'other');
  const [maxQuantity, setMaxQuantity] = useState(String(option?.maxQuantity ?? 1));
  const [spaceKind, setSpaceKind] = useState<(typeof spaceKinds)[number]>((option?.spaceKind as (typeof spaceKinds)[number] | undefined) ?? 'kitchen');
  const [types, setTypes] = useState<string[]>(option?.objectTypes ?? ['premises']);
  const [saved, setSaved] = useState(false);
  const idPrefix = option ? `option-${option.id}` : 'new-option';

  function fieldsOf(error: ApiError): Fields[] {
    const field = String(error.details?.field ?? '');
    if (field === 'monthlyOre') return ['monthly', 'fee'];
    if (field === 'objectTypes' || field === 'objectIds') return ['objectTypes'];
    return (['groupId', 'name', 'description'] as const).filter((f) => f === field);
  }

  function add() {
    const monthlyOre = monthly.trim() ? parseKronor(monthly) : null;
    const feeOre = fee.trim() ? parseKronor(fee) : null;
    if ((monthly.trim() && monthlyOre === null) || (fee.trim() && feeOre === null)) return submit.fail(t('backoffice.tillval.badAmount'), [...(monthly.trim() && monthlyOre === null ? ['monthly' as const] : []), ...(fee.trim() && feeOre === null ? ['fee' as const] : [])]);
    setSaved(false);
    return submit.run(async () => {
      const fields: OptionInput = {
        groupId, name: name.trim(), description: description.trim(), monthlyOre, monthlyVatRatePercent: option?.monthlyVatRatePercent ?? 25, feeOre, feeVatRatePercent: option?.feeVatRatePercent ?? 25,
        unit, maxQuantity: unit === 'piece' ? Number(maxQuantity) || 1 : 1, spaceKind, objectTypes: types as OptionInput['objectTypes'], objectIds: option?.objectIds ?? [], sortOrder: option?.sortOrder ?? 0,
      };
      if (option) {
        await apiPut<unknown, OptionInput & { retired: boolean }>(`/api/backoffice/options/${option.id}`, { ...fields, retired: option.retired });
      } else {
        await apiPost<{ id: string }, OptionInput>('/api/backoffice/options', fields);
        setName(''); setDescription(''); setMonthly(''); setFee('');
      }
      setSaved(true);
      onSaved();
    }, fieldsOf);
  }

  return (
    <Form submit={submit} onSubmit={add} className="form narrow">
      <h3>{option ? t('backoffice.tillval.editOption', { name: option.name }) : t('backoffice.tillval.newOption')}</h3>
      <SelectField label={t('backoffice.tillval.group')} required {...submit.field('groupId')} value={groupId} onValueChange={setGroupId}>
        {groups.map((g) => <option key={g.id} value={g.id}>{g.name}</option>)}
      </SelectField>
      <Field label={t('backoffice.tillval.name')} required maxLength={200} {...submit.field('name')} value={name} onValueChange={setName} />
      <TextAreaField label={t('backoffice.tillval.description')} required maxLength={4000} rows={3} {...submit.field('description')} value={description} onValueChange={setDescription} />
      <Field label={t('backoffice.tillval.monthly')} inputMode="decimal" {...submit.field('monthly')} value={monthly} onValueChange={setMonthly} />
      <Field label={t('backoffice.tillval.fee')} inputMode="decimal" {...submit.field('fee')} value={fee} onValueChange={setFee} />
      <SelectField label={t('backoffice.tillval.unit')} value={unit} onValueChange={(v) => setUnit(v === 'piece' ? 'piece' : 'other')}>
        <option value="other">{t('backoffice.tillval.unitOther')}</option>
        <option value="piece">{t('backoffice.tillval.unitPiece')}</option>
      </SelectField>
      {unit === 'piece' && <Field label={t('backoffice.tillval.maxQuantity')} type="number" min={1} max={1000} {...submit.field('maxQuantity')} value={maxQuantity} onValueChange={setMaxQuantity} />}
      <SelectField label={t('backoffice.tillval.spaceKind')} value={spaceKind} onValueChange={(v) => setSpaceKind(v as (typeof spaceKinds)[number])}>
        {spaceKinds.map((k) => <option key={k} value={k}>{t(`spaceKind.${k}`)}</option>)}
      </SelectField>
      <fieldset className="checkbox-group" aria-invalid={submit.field('objectTypes').invalid || undefined}>
        <legend>{t('backoffice.tillval.objectTypes')}</legend>
        {objectTypes.map((type) => (
          <div className="checkbox" key={type}>
            <input id={`${idPrefix}-type-${type}`} type="checkbox" checked={types.includes(type)}
              onChange={(event) => setTypes(event.target.checked ? [...types, type] : types.filter((x) => x !== type))} />
            <label htmlFor={`${idPrefix}-type-${type}`}>{t(`objectType.${type}`)}</label>
          </div>
        ))}
      </fieldset>
      <div className="button-row">
        <button type="submit" className="button button--primary">{option ? t('backoffice.tillval.saveOption') : t('backoffice.tillval.addOption')}</button>
        {onCancel && <button type="button" className="button button--secondary" onClick={onCancel}>{t('backoffice.tillval.cancelEdit')}</button>}
      </div>
      {saved && <FormStatus>{t('backoffice.tillval.saved')}</FormStatus>}
    </Form>
  );
}
