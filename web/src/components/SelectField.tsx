import { useId, type ReactNode, type SelectHTMLAttributes } from 'react';
import { FieldError, useDescribedBy } from './Form';

type SelectProps = Omit<SelectHTMLAttributes<HTMLSelectElement>, 'id' | 'value' | 'onChange' | 'aria-describedby' | 'aria-invalid' | 'children'>;

interface Props extends SelectProps {
  label: string;
  value: string;
  onValueChange: (value: string) => void;
  hint?: string;
  /** Marks the select invalid; the alert of its form then describes it. */
  invalid?: boolean;
  /** The message under the invalid field (see useSubmit's `field`). */
  error?: string;
  /** By default an id of its own. */
  id?: string;
  /** The <option>s (and <optgroup>s). */
  children: ReactNode;
}

/** A labelled select with an optional hint, the counterpart of <Field> for a choice from a list. */
export function SelectField({ id: givenId, label, value, onValueChange, hint, invalid, error, children, ...select }: Props) {
  const ownId = useId();
  const id = givenId ?? ownId;
  const hintId = hint ? `${id}-hint` : undefined;
  const messageId = invalid && error ? `${id}-message` : undefined;
  const ids = useDescribedBy({ invalid, messageId, ids: [hintId] });
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        {...select}
        value={value}
        aria-invalid={invalid ? true : undefined}
        aria-describedby={ids}
        onChange={(event) => {
          onValueChange(event.target.value);
        }}
      >
        {children}
      </select>
      {messageId && <FieldError id={messageId} message={error} />}
      {hint && (
        <p className="hint" id={hintId}>
          {hint}
        </p>
      )}
    </div>
  );
}
