import { useId, type TextareaHTMLAttributes } from 'react';
import { FieldError, useDescribedBy } from './Form';

type TextAreaProps = Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id' | 'value' | 'onChange' | 'aria-describedby' | 'aria-invalid'>;

interface Props extends TextAreaProps {
  label: string;
  value: string;
  onValueChange: (value: string) => void;
  hint?: string;
  /** Marks the text area invalid; the alert of its form then describes it. */
  invalid?: boolean;
  /** The message under the invalid field (see useSubmit's `field`). */
  error?: string;
  /** By default an id of its own. */
  id?: string;
  /** Further elements that describe the text area (ids), after the hint. */
  describedBy?: string;
}

/** A labelled multi-line text field with an optional hint, the counterpart of <Field>. */
export function TextAreaField({ id: givenId, label, value, onValueChange, hint, invalid, error, describedBy, rows = 6, ...textarea }: Props) {
  const ownId = useId();
  const id = givenId ?? ownId;
  const hintId = hint ? `${id}-hint` : undefined;
  const messageId = invalid && error ? `${id}-message` : undefined;
  const ids = useDescribedBy({ invalid, messageId, ids: [hintId, describedBy] });
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <textarea
        id={id}
        rows={rows}
        {...textarea}
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
