import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useNewPassword, type NewPasswordField } from '../hooks/useNewPassword';
import { useSubmit } from '../hooks/useSubmit';
import { Form } from './Form';
import { NewPasswordFields } from './NewPasswordFields';

interface Props {
  label: string;
  repeatLabel: string;
  submitLabel: string;
  /** Saves the password; a rejection is shown in the form's alert. */
  onSave: (password: string, passwordRepeat: string) => Promise<void>;
  /** Before the fields, e.g. the account's username for password managers. */
  children?: ReactNode;
}

/** Choosing a password (a reset, an invitation): the new password twice, then save. */
export function ChoosePasswordForm({ label, repeatLabel, submitLabel, onSave, children }: Props) {
  const { t } = useTranslation();
  const submit = useSubmit<NewPasswordField>();
  const newPassword = useNewPassword();
  const { password, repeat } = newPassword;

  function save() {
    if (password === '' || repeat === '') {
      submit.fail(t('password.missingBoth'), [password === '' ? 'password' : 'passwordRepeat']);
    } else if (newPassword.mismatch) {
      submit.fail(t('password.mismatch'), ['passwordRepeat']);
    } else {
      return submit.run(() => onSave(password, repeat), newPassword.failed);
    }
  }

  return (
    <Form submit={submit} onSubmit={save}>
      {children}
      <NewPasswordFields newPassword={newPassword} label={label} repeatLabel={repeatLabel} field={submit.field} />
      <button type="submit" className="button button--primary button--block">
        {submitLabel}
      </button>
    </Form>
  );
}
