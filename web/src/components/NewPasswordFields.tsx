import type { NewPassword, NewPasswordField } from '../hooks/useNewPassword';
import { Field } from './Field';
import { PasswordField } from './PasswordField';

interface Props {
  newPassword: NewPassword;
  label: string;
  repeatLabel: string;
  /** Whether the form's error is about the field. */
  invalid: (field: NewPasswordField) => boolean;
}

/** A new password with the live checklist of the rules, and the same password again. */
export function NewPasswordFields({ newPassword, label, repeatLabel, invalid }: Props) {
  return (
    <>
      <PasswordField
        label={label}
        value={newPassword.password}
        onValueChange={newPassword.setPassword}
        serverRules={newPassword.serverRules}
        invalid={invalid('password')}
      />
      <Field
        type="password"
        label={repeatLabel}
        autoComplete="new-password"
        invalid={invalid('passwordRepeat')}
        value={newPassword.repeat}
        onValueChange={newPassword.setRepeat}
      />
    </>
  );
}
