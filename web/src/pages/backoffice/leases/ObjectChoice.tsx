import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '../../../components/Field';
import { FieldError } from '../../../components/Form';
import { objectName } from '../../../format';
import type { RegisterObject } from '@api';
import { periodsOverlap } from '@domain/leases';
import { periodText } from './leaseWords';

interface Props {
  objects: readonly RegisterObject[];
  chosen: ReadonlySet<string>;
  onChange: (chosen: ReadonlySet<string>) => void;
  /** The lease's dates so far: objects let over some of them are marked as taken. */
  period: { startDate: string; endDate: string | null } | null;
  id: string;
  invalid: boolean;
  error: string | undefined;
  errorId: string;
}

/**
 * The rental objects of the register as checkboxes, narrowed by a filter, each saying whether it is
 * free or let (and taken over the chosen dates); chosen objects stay chosen when hidden.
 */
export function ObjectChoice({ objects, chosen, onChange, period, id: fieldsetId, invalid, error, errorId }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const [filter, setFilter] = useState('');
  const messageId = invalid && error ? `${id}-message` : undefined;
  const countId = `${id}-count`;
  const needle = filter.trim().toLocaleLowerCase('sv');
  const shown = needle
    ? objects.filter((o) => `${objectName(o, t)} ${o.number} ${o.street}`.toLocaleLowerCase('sv').includes(needle))
    : objects;

  function toggle(objectId: string, on: boolean) {
    const next = new Set(chosen);
    if (on) next.add(objectId);
    else next.delete(objectId);
    onChange(next);
  }

  function state(object: RegisterObject): string {
    if (object.leases.length === 0) return t('backoffice.leaseForm.objectFree');
    const taken = period ? object.leases.filter((lease) => periodsOverlap(lease, period)) : [];
    const words = (list: RegisterObject['leases']) =>
      list.map((lease) => t('backoffice.leaseForm.objectLease', { number: lease.number, customer: lease.customer, period: periodText(lease, t) })).join('; ');
    if (taken.length > 0) return t('backoffice.leaseForm.objectTaken', { leases: words(taken) });
    return t('backoffice.leaseForm.objectLet', { leases: words(object.leases) });
  }

  return (
    <fieldset id={fieldsetId} tabIndex={-1} className="field customer-choice" aria-describedby={invalid ? `${messageId ?? errorId} ${countId}` : countId}>
      <legend>{t('backoffice.leaseForm.objects')}</legend>
      {messageId && <FieldError id={messageId} message={error} />}
      <Field type="search" label={t('backoffice.leaseForm.objectsFilter')} hint={t('backoffice.leaseForm.objectsFilterHint')} autoComplete="off" value={filter} onValueChange={setFilter} />
      <p id={countId} className="hint">
        {t('backoffice.leaseForm.selected', { count: chosen.size })}
      </p>
      {shown.length === 0 ? (
        <p className="muted">{t('backoffice.leaseForm.noObjectMatch')}</p>
      ) : (
        <ul className="customer-choice__list">
          {shown.map((object) => (
            <li key={object.id} className="checkbox">
              <input
                id={`${id}-${object.id}`}
                type="checkbox"
                checked={chosen.has(object.id)}
                onChange={(event) => {
                  toggle(object.id, event.target.checked);
                }}
              />
              <label htmlFor={`${id}-${object.id}`}>
                {objectName(object, t)}, {object.street}{' '}
                <span className="muted">
                  ({state(object)})
                </span>
              </label>
            </li>
          ))}
        </ul>
      )}
    </fieldset>
  );
}
