import { useId, useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api';

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
 * problem, ours or the server's, is reported the same way: in one alert above the fields.
 */
export function LoginForm({ kind, onLogin, initialError, initialIdentifier = '', focusFirst }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const [identifier, setIdentifier] = useState(initialIdentifier);
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | undefined>(initialError);
  const [submitting, setSubmitting] = useState(false);
  const errorId = `${id}-error`;

  async function handleSubmit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    if (submitting) return;
    if (identifier.trim() === '' || password === '') {
      setError(kind === 'tenant' ? t('login.missingTenantFields') : t('login.missingStaffFields'));
      return;
    }
    setError(undefined);
    setSubmitting(true);
    try {
      await onLogin(identifier.trim(), password);
    } catch (reason) {
      setError(reason instanceof ApiError ? reason.message : t('errors.unexpected'));
      setSubmitting(false);
    }
  }

  const describedBy = error ? errorId : undefined;
  return (
    <form className="form login-form" noValidate onSubmit={(event) => void handleSubmit(event)} aria-busy={submitting}>
      {error && (
        <div className="alert" role="alert" id={errorId}>
          <p>{error}</p>
        </div>
      )}
      <div className="field">
        <label htmlFor={`${id}-identifier`}>{kind === 'tenant' ? t('login.username') : t('login.email')}</label>
        <input
          id={`${id}-identifier`}
          name={kind === 'tenant' ? 'username' : 'email'}
          type={kind === 'tenant' ? 'text' : 'email'}
          autoComplete="username"
          autoCapitalize="none"
          spellCheck={false}
          autoFocus={focusFirst}
          required
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
          value={identifier}
          onChange={(event) => {
            setIdentifier(event.target.value);
          }}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-password`}>{t('login.password')}</label>
        <input
          id={`${id}-password`}
          name="password"
          type="password"
          autoComplete="current-password"
          required
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
          value={password}
          onChange={(event) => {
            setPassword(event.target.value);
          }}
        />
      </div>
      <button type="submit" className="button button--primary button--block">
        {t('login.submit')}
      </button>
    </form>
  );
}
