import { useId, useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ApiError, apiPost, errorMessage, failedPasswordRules } from '../../api';
import { CodeField } from '../../components/CodeField';
import { Field } from '../../components/Field';
import { PageHeading } from '../../components/PageHeading';
import { PasswordField, useNewPassword } from '../../components/PasswordField';
import { PublicLayout } from '../../components/PublicLayout';
import { ErrorAlert } from '../../components/Status';
import { StepHeading } from '../../components/StepHeading';
import { clearStored, isRecord, PASSWORD_RESET_KEY, readStored, writeStored } from '../../storage';

type ResetStep = 'username' | 'code' | 'password' | 'done';

/** What survives a reload; the link in the message stores `password` directly. */
export interface StoredReset {
  step: 'code' | 'password';
  resetId: string;
}

function isStoredReset(value: unknown): value is StoredReset {
  return isRecord(value) && (value.step === 'code' || value.step === 'password') && typeof value.resetId === 'string';
}

interface FlowState {
  step: ResetStep;
  resetId?: string;
  username?: string;
}

/**
 * "Glömt lösenord": username → code (sent to the account's verified e-mail and mobile) → new
 * password → done. The server answers the same whether the username exists or not.
 */
export function ForgotPasswordPage() {
  const { t } = useTranslation();
  const [flow, setFlow] = useState<FlowState>(() => readStored(PASSWORD_RESET_KEY, isStoredReset) ?? { step: 'username' });
  const [moved, setMoved] = useState(false);

  function go(next: FlowState) {
    if ((next.step === 'code' || next.step === 'password') && next.resetId !== undefined) {
      writeStored(PASSWORD_RESET_KEY, { step: next.step, resetId: next.resetId } satisfies StoredReset);
    } else {
      clearStored(PASSWORD_RESET_KEY);
    }
    setMoved(true);
    setFlow(next);
  }

  const resetId = flow.resetId ?? '';
  return (
    <PublicLayout area="portal">
      <div className="flow-card">
        <PageHeading>{t('forgot.title')}</PageHeading>
        {flow.step === 'username' && (
          <UsernameStep
            focusFirst={moved}
            onSent={(id, username) => {
              go({ step: 'code', resetId: id, username });
            }}
          />
        )}
        {flow.step === 'code' && (
          <CodeStep
            focus={moved}
            resetId={resetId}
            onVerified={() => {
              go({ step: 'password', resetId, username: flow.username });
            }}
          />
        )}
        {flow.step === 'password' && (
          <PasswordStep
            focus={moved}
            resetId={resetId}
            username={flow.username}
            onDone={(username) => {
              go({ step: 'done', username });
            }}
          />
        )}
        {flow.step === 'done' && (
          <>
            <StepHeading focus={moved}>{t('forgot.doneHeading')}</StepHeading>
            <p>{flow.username ? t('forgot.doneText', { username: flow.username }) : t('forgot.doneTextGeneric')}</p>
            <p>
              <Link to="/login" className="button button--primary">
                {t('forgot.login')}
              </Link>
            </p>
          </>
        )}
        {(flow.step === 'code' || flow.step === 'password') && (
          <p className="flow-card__footer">
            <button
              type="button"
              className="link-button"
              onClick={() => {
                go({ step: 'username' });
              }}
            >
              {t('forgot.startOver')}
            </button>
          </p>
        )}
        {flow.step === 'username' && (
          <p className="flow-card__footer">
            <Link to="/login">{t('forgot.backToLogin')}</Link>
          </p>
        )}
      </div>
    </PublicLayout>
  );
}

function UsernameStep({ focusFirst, onSent }: { focusFirst: boolean; onSent: (resetId: string, username: string) => void }) {
  const { t } = useTranslation();
  const id = useId();
  const errorId = `${id}-error`;
  const [username, setUsername] = useState('');
  const [error, setError] = useState<string>();
  const [submitting, setSubmitting] = useState(false);

  async function handleSubmit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    if (submitting) return;
    if (username.trim() === '') {
      setError(t('forgot.missingUsername'));
      return;
    }
    setError(undefined);
    setSubmitting(true);
    try {
      const result = await apiPost<{ resetId: string }>('/api/password-resets', { username: username.trim() });
      onSent(result.resetId, username.trim());
    } catch (reason) {
      setError(errorMessage(reason));
      setSubmitting(false);
    }
  }

  return (
    <>
      <p>{t('forgot.intro')}</p>
      <form className="form" noValidate onSubmit={(event) => void handleSubmit(event)} aria-busy={submitting}>
        {error && <ErrorAlert id={errorId} message={error} />}
        <Field
          id={`${id}-username`}
          label={t('forgot.username')}
          autoComplete="username"
          autoCapitalize="none"
          spellCheck={false}
          autoFocus={focusFirst}
          invalid={error !== undefined}
          errorId={errorId}
          value={username}
          onValueChange={setUsername}
        />
        <button type="submit" className="button button--primary button--block">
          {t('forgot.sendCode')}
        </button>
      </form>
    </>
  );
}

function CodeStep({ focus, resetId, onVerified }: { focus: boolean; resetId: string; onVerified: () => void }) {
  const { t } = useTranslation();
  const id = useId();
  const errorId = `${id}-error`;
  const [code, setCode] = useState('');
  const [error, setError] = useState<string>();
  const [submitting, setSubmitting] = useState(false);

  async function handleSubmit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    if (submitting) return;
    if (code === '') {
      setError(t('verification.missingCode'));
      return;
    }
    setError(undefined);
    setSubmitting(true);
    try {
      await apiPost<Record<string, never>>(`/api/password-resets/${encodeURIComponent(resetId)}/verify`, { code });
      onVerified();
    } catch (reason) {
      setError(errorMessage(reason));
      setSubmitting(false);
    }
  }

  return (
    <>
      <StepHeading focus={focus}>{t('forgot.codeHeading')}</StepHeading>
      <p>{t('forgot.codeSent')}</p>
      <p>{t('verification.validity')}</p>
      <form className="form" noValidate onSubmit={(event) => void handleSubmit(event)} aria-busy={submitting}>
        {error && <ErrorAlert id={errorId} message={error} />}
        <CodeField
          id={`${id}-code`}
          label={t('verification.code')}
          hint={t('verification.codeHint')}
          invalid={error !== undefined}
          errorId={errorId}
          value={code}
          onValueChange={setCode}
        />
        <button type="submit" className="button button--primary button--block">
          {t('verification.verify')}
        </button>
      </form>
    </>
  );
}

function PasswordStep({
  focus,
  resetId,
  username,
  onDone,
}: {
  focus: boolean;
  resetId: string;
  username: string | undefined;
  onDone: (username: string) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const errorId = `${id}-error`;
  const { password, setPassword, serverRules, setServerRules } = useNewPassword();
  const [passwordRepeat, setPasswordRepeat] = useState('');
  const [error, setError] = useState<{ message: string; field?: 'password' | 'repeat' }>();
  const [submitting, setSubmitting] = useState(false);

  async function handleSubmit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    if (submitting) return;
    if (password === '' || passwordRepeat === '') {
      setError({ message: t('password.missingBoth'), field: password === '' ? 'password' : 'repeat' });
      return;
    }
    if (password !== passwordRepeat) {
      setError({ message: t('password.mismatch'), field: 'repeat' });
      return;
    }
    setError(undefined);
    setSubmitting(true);
    try {
      const result = await apiPost<{ username: string }>(`/api/password-resets/${encodeURIComponent(resetId)}/complete`, {
        password,
        passwordRepeat,
      });
      onDone(result.username);
    } catch (reason) {
      const rules = failedPasswordRules(reason);
      setServerRules(rules);
      const mismatch = reason instanceof ApiError && reason.code === 'PASSWORD_MISMATCH';
      setError({ message: errorMessage(reason), field: rules.length > 0 ? 'password' : mismatch ? 'repeat' : undefined });
      setSubmitting(false);
    }
  }

  return (
    <>
      <StepHeading focus={focus}>{t('forgot.passwordHeading')}</StepHeading>
      {username && <p>{t('forgot.passwordFor', { username })}</p>}
      <form className="form" noValidate onSubmit={(event) => void handleSubmit(event)} aria-busy={submitting}>
        {error && <ErrorAlert id={errorId} message={error.message} />}
        <PasswordField
          id={`${id}-password`}
          label={t('forgot.password')}
          value={password}
          onValueChange={setPassword}
          serverRules={serverRules}
          invalid={error?.field === 'password'}
          errorId={errorId}
        />
        <Field
          id={`${id}-repeat`}
          type="password"
          label={t('forgot.passwordRepeat')}
          autoComplete="new-password"
          invalid={error?.field === 'repeat'}
          errorId={errorId}
          value={passwordRepeat}
          onValueChange={setPasswordRepeat}
        />
        <button type="submit" className="button button--primary button--block">
          {t('forgot.save')}
        </button>
      </form>
    </>
  );
}
