import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiPost } from '../../../api';
import { Field } from '../../../components/Field';
import { Form, FormStatus } from '../../../components/Form';
import { NewPasswordFields } from '../../../components/NewPasswordFields';
import { Section } from '../../../components/Section';
import { useNewPassword, type NewPasswordField } from '../../../hooks/useNewPassword';
import { useSubmit } from '../../../hooks/useSubmit';
import type { PasswordChangeBody } from '@api';

type PasswordFormField = 'current' | NewPasswordField;

/** Changing the password: the current one, then the new one twice. */
export function PasswordSection({ onChanged }: { onChanged: () => void }) {
  const { t } = useTranslation();
  const [current, setCurrent] = useState('');
  const newPassword = useNewPassword();
  const submit = useSubmit<PasswordFormField>();

  function change() {
    const { password, repeat } = newPassword;
    const values: [PasswordFormField, string][] = [
      ['current', current],
      ['password', password],
      ['passwordRepeat', repeat],
    ];
    const missing = values.filter(([, value]) => value === '').map(([field]) => field);
    if (missing.length > 0) {
      submit.fail(t('portal.me.missingPasswords'), missing);
    } else if (newPassword.mismatch) {
      submit.fail(t('password.mismatch'), ['passwordRepeat']);
    } else {
      return submit.run(
        async () => {
          await apiPost<undefined, PasswordChangeBody>('/api/portal/me/password', { currentPassword: current, password, passwordRepeat: repeat });
          setCurrent('');
          newPassword.clear();
          submit.setStatus(t('portal.me.passwordChanged'));
          onChanged();
        },
        (error) => [...(error.code === 'CURRENT_PASSWORD_WRONG' ? (['current'] as const) : []), ...newPassword.failed(error)],
      );
    }
  }

  return (
    <Section className="card narrow-card" title={t('portal.me.passwordHeading')}>
      <Form submit={submit} onSubmit={change} className="form form--compact">
        <Field
          type="password"
          label={t('portal.me.currentPassword')}
          required
          autoComplete="current-password"
          {...submit.field('current')}
          value={current}
          onValueChange={setCurrent}
        />
        <NewPasswordFields newPassword={newPassword} label={t('portal.me.newPassword')} repeatLabel={t('portal.me.newPasswordRepeat')} field={submit.field} />
        <button type="submit" className="button button--primary">
          {t('portal.me.changePassword')}
        </button>
        <FormStatus>{submit.status}</FormStatus>
      </Form>
    </Section>
  );
}
