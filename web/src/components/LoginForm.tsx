import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSubmit } from '../hooks/useSubmit';
import { Field } from './Field';
import { Form } from './Form';

interface Props {
  kind: 'tenant' | 'staff';
  onLogin: (identifier: string, password: string) => Promise<void>;
  /** A message to start with, e.g. why a later step sent the user back here. */
  initialError?: string;
  /** The identifier to start with (when coming back from a later step). */
  initialIdentifier?: string;
  /** Focus the first field at once (when coming back from a later step). */
  focusFirst?: boolean;
}

/**
 * Username (tenant) or e-mail (staff) and password. Native validation is off so that every
 * problem, ours or the server's, is reported the same way: in the error summary and under the field.
 */
export function LoginForm({ kind, onLogin, initialError, initialIdentifier = '', focusFirst }: Props) {
  const { t } = useTranslation();
  const [identifier, setIdentifier] = useState(initialIdentifier);
  const [password, setPassword] = useState('');
  const submit = useSubmit<'identifier' | 'password'>(initialError);
  const tenant = kind === 'tenant';

  function login() {
    if (identifier.trim() === '' || password === '') {
      submit.fail(tenant ? t('login.missingTenantFields') : t('login.missingStaffFields'), [identifier.trim() === '' ? 'identifier' : 'password']);
    } else {
      // The server does not say which of the two was wrong: the message is on the first.
      return submit.run(() => onLogin(identifier.trim(), password), () => ['identifier']);
    }
  }

  return (
    <Form submit={submit} onSubmit={login} className="form login-form">
      <Field
        name={tenant ? 'username' : 'email'}
        type={tenant ? 'text' : 'email'}
        label={tenant ? t('login.username') : t('login.email')}
        autoComplete="username"
        autoCapitalize="none"
        spellCheck={false}
        autoFocus={focusFirst}
        required
        {...submit.field('identifier')}
        value={identifier}
        onValueChange={setIdentifier}
      />
      <Field
        name="password"
        type="password"
        label={t('login.password')}
        autoComplete="current-password"
        required
        {...submit.field('password')}
        value={password}
        onValueChange={setPassword}
      />
      <button type="submit" className="button button--primary button--block">
        {t('login.submit')}
      </button>
    </Form>
  );
}
