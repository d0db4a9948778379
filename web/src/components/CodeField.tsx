import { Field, type FieldProps } from './Field';

interface Props extends Pick<FieldProps, 'ref' | 'id' | 'label' | 'value' | 'onValueChange' | 'hint' | 'invalid' | 'error' | 'errorId' | 'required'> {
  /** Six-digit codes sent by e-mail or SMS, or from an authenticator app. */
  length?: number;
}

/**
 * A one-time code: a text field (not type=number, which drops leading zeros and adds spinners)
 * with the numeric keyboard on phones and the browser's one-time-code autofill.
 */
export function CodeField({ length = 6, onValueChange, ...props }: Props) {
  return (
    <Field
      {...props}
      onValueChange={(value) => {
      onValueChange(value.replace(/\s/g, ''));
      }}
      inputMode="numeric"
      autoComplete="one-time-code"
      maxLength={length}
      spellCheck={false}
      className="input--code"
    />
  );
}
