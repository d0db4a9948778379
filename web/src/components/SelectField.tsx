import { useId, type ReactNode, type SelectHTMLAttributes } from 'react';
import { useDescribedBy } from './Form';

type SelectProps = Omit<SelectHTMLAttributes<HTMLSelectElement>, 'id' | 'value' | 'onChange' | 'aria-describedby' | 'aria-invalid' | 'children'>;

interface Props extends SelectProps {
  label: string;
  value: string;
  onValueChange: (value: string) => void;
  hint?: string;
  /** Marks the select invalid; the alert of its form then describes it. */
  invalid?: boolean;
  /** The <option>s (and <optgroup>s). */
  children: ReactNode;
}

/** A labelled select with an optional hint, the counterpart of <Field> for a choice from a list. */
export function SelectField({ label, value, onValueChange, hint, invalid, children, ...select }: Props) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const ids = useDescribedBy({ invalid, ids: [hintId] });
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
      {hint && (
        <p className="hint" id={hintId}>
          {hint}
        </p>
      )}
    </div>
  );
}
