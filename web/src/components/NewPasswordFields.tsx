import { useTranslation } from 'react-i18next';
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

/** A new password with the live checklist of the rules, and the same password again; both required. */
export function NewPasswordFields({ newPassword, label, repeatLabel, field }: Props) {
  const { t } = useTranslation();
  return (
    <>
      <PasswordField
        label={label}
        value={newPassword.password}
        onValueChange={newPassword.setPassword}
        serverRules={newPassword.serverRules}
        required
        {...field('password')}
      />
      <Field
        type="password"
        label={repeatLabel}
        autoComplete="new-password"
        required
        data-missing={t('password.missingRepeat')}
        {...field('passwordRepeat')}
        value={newPassword.repeat}
        onValueChange={newPassword.setRepeat}
      />
    </>
  );
}
