import type { NewPassword, NewPasswordField } from '../hooks/useNewPassword';
import type { FieldState } from '../hooks/useSubmit';
import { Field } from './Field';
import { PasswordField } from './PasswordField';

interface Props {
  newPassword: NewPassword;
  label: string;
  repeatLabel: string;
  /** The field's state in its form (useSubmit's `field`). */
  field: (field: NewPasswordField) => FieldState;
}

/** A new password with the live checklist of the rules, and the same password again. */
export function NewPasswordFields({ newPassword, label, repeatLabel, field }: Props) {
  return (
    <>
      <PasswordField
        label={label}
        value={newPassword.password}
        onValueChange={newPassword.setPassword}
        serverRules={newPassword.serverRules}
        {...field('password')}
      />
      <Field
        type="password"
        label={repeatLabel}
        autoComplete="new-password"
        {...field('passwordRepeat')}
        value={newPassword.repeat}
        onValueChange={newPassword.setRepeat}
      />
    </>
  );
}
