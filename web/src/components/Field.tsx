import type { InputHTMLAttributes, Ref } from 'react';

type InputProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'value' | 'onChange' | 'aria-describedby' | 'aria-invalid'>;

interface Props extends InputProps {
  ref?: Ref<HTMLInputElement>;
  id: string;
  label: string;
  value: string;
  onValueChange: (value: string) => void;
  hint?: string;
  /** Marks the field invalid; `errorId` (the form's alert) then describes it. */
  invalid?: boolean;
  errorId?: string;
  /** Further elements that describe the field (ids), after the hint. */
  describedBy?: string;
}

/**
 * A labelled text input with an optional hint. Forms switch native validation off and report
 * every problem in one alert above the fields, which the invalid field points to.
 */
export function Field({ ref, id, label, value, onValueChange, hint, invalid, errorId, describedBy, ...input }: Props) {
  const hintId = hint ? `${id}-hint` : undefined;
  const ids = [invalid ? errorId : undefined, hintId, describedBy].filter(Boolean).join(' ');
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        ref={ref}
        id={id}
        type="text"
        {...input}
        value={value}
        aria-invalid={invalid ? true : undefined}
        aria-describedby={ids || undefined}
        onChange={(event) => {
          onValueChange(event.target.value);
        }}
      />
      {hint && (
        <p className="hint" id={hintId}>
          {hint}
        </p>
      )}
    </div>
  );
}
