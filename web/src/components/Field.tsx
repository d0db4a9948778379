import { useId, type InputHTMLAttributes, type Ref } from 'react';
import { FieldError, useDescribedBy } from './Form';

type InputProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'value' | 'onChange' | 'aria-describedby' | 'aria-invalid'>;

export interface FieldProps extends InputProps {
  ref?: Ref<HTMLInputElement>;
  /** By default an id of its own. */
  id?: string;
  label: string;
  value: string;
  onValueChange: (value: string) => void;
  hint?: string;
  /** Marks the field invalid; its `error` (else the form's error summary, or `errorId`) then describes it. */
  invalid?: boolean;
  /** The message under the invalid field (see useSubmit's `field`). */
  error?: string;
  errorId?: string;
  /** Further elements that describe the field (ids), after the hint. */
  describedBy?: string;
}

/** E-mail addresses are not words: no capital first letter, no spelling marks. */
const EMAIL_INPUT = { autoCapitalize: 'none', spellCheck: false } as const;

/**
 * A labelled text input with an optional hint. Forms switch native validation off and report
 * every problem in their error summary and in a message under the invalid field, which it points to.
 */
export function Field({ ref, id, label, value, onValueChange, hint, invalid, error, errorId, describedBy, ...input }: FieldProps) {
  const ownId = useId();
  const inputId = id ?? ownId;
  const hintId = hint ? `${inputId}-hint` : undefined;
  const messageId = invalid && error ? `${inputId}-message` : undefined;
  const ids = useDescribedBy({ invalid, errorId, messageId, ids: [hintId, describedBy] });
  return (
    <div className="field">
      <label htmlFor={inputId}>{label}</label>
      <input
        ref={ref}
        id={inputId}
        type="text"
        {...(input.type === 'email' ? EMAIL_INPUT : undefined)}
        {...input}
        value={value}
        aria-invalid={invalid ? true : undefined}
        aria-describedby={ids}
        onChange={(event) => {
          onValueChange(event.target.value);
        }}
      />
      {messageId && <FieldError id={messageId} message={error} />}
      {hint && (
        <p className="hint" id={hintId}>
          {hint}
        </p>
      )}
    </div>
  );
}
