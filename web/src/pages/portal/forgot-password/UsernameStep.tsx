import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiPost } from '../../../api';
import { Field } from '../../../components/Field';
import { Form } from '../../../components/Form';
import { useSubmit } from '../../../hooks/useSubmit';
import type { PasswordResetBody, PasswordResetStarted } from '@api';

/** Step 1: the username; the server sends a code to the account's verified e-mail and mobile. */
export function UsernameStep({ focusFirst, onSent }: { focusFirst: boolean; onSent: (resetId: string, username: string) => void }) {
  const { t } = useTranslation();
  const [username, setUsername] = useState('');
  const submit = useSubmit<'username'>();

  function send() {
    const value = username.trim();
    if (value === '') {
      submit.fail(t('forgot.missingUsername'), ['username']);
    } else {
      return submit.run(async () => {
        const result = await apiPost<PasswordResetStarted, PasswordResetBody>('/api/password-resets', { username: value });
        onSent(result.resetId, value);
      }, () => ['username']);
    }
  }

  return (
    <>
      <p>{t('forgot.intro')}</p>
      <Form submit={submit} onSubmit={send}>
        <Field
          label={t('forgot.username')}
          autoComplete="username"
          autoCapitalize="none"
          spellCheck={false}
          autoFocus={focusFirst}
          {...submit.field('username')}
          value={username}
          onValueChange={setUsername}
        />
        <button type="submit" className="button button--primary button--block">
          {t('forgot.sendCode')}
        </button>
      </Form>
    </>
  );
}
