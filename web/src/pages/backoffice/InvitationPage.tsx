import { useEffect, useId, useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { ApiError, apiPost, errorMessage, failedPasswordRules } from '../../api';
import { Field } from '../../components/Field';
import { PageHeading } from '../../components/PageHeading';
import { PasswordField, useNewPassword } from '../../components/PasswordField';
import { PublicLayout } from '../../components/PublicLayout';
import { ErrorAlert, Loading } from '../../components/Status';
import { StepHeading } from '../../components/StepHeading';
import { once } from '../../hooks/useOnce';

interface Invitation {
  email: string;
  name: string;
}

/** /admin/inbjudan?token=…: an invited staff member chooses a password. */
export function InvitationPage() {
  const { t } = useTranslation();
  const [searchParams] = useSearchParams();
  const token = searchParams.get('token') ?? '';
  const [invitation, setInvitation] = useState<Invitation>();
  const [loadError, setLoadError] = useState<string>();
  const [acceptedEmail, setAcceptedEmail] = useState<string>();

  useEffect(() => {
    if (token === '') return;
    let active = true;
    once(`staff-invitation:${token}`, () => apiPost<Invitation>('/api/staff-invitations/inspect', { token })).then(
      (answer) => {
        if (active) setInvitation(answer);
      },
      (reason: unknown) => {
        if (active) setLoadError(errorMessage(reason));
      },
    );
    return () => {
      active = false;
    };
  }, [token]);

  const error = token === '' ? t('invitation.missingToken') : loadError;
  return (
    <PublicLayout area="backoffice">
      <div className="flow-card">
        <PageHeading>{t('invitation.title')}</PageHeading>
        {error !== undefined ? (
          <>
            <ErrorAlert message={error} />
            <p>{t('invitation.askAgain')}</p>
            <p>
              <Link to="/admin/login">{t('invitation.toLogin')}</Link>
            </p>
          </>
        ) : acceptedEmail !== undefined ? (
          <>
            <StepHeading focus>{t('invitation.doneHeading')}</StepHeading>
            <p>{t('invitation.done')}</p>
            <p>
              <Link to="/admin/login" className="button button--primary">
                {t('invitation.login')}
              </Link>
            </p>
          </>
        ) : invitation === undefined ? (
          <Loading />
        ) : (
          <AcceptForm token={token} invitation={invitation} onAccepted={setAcceptedEmail} />
        )}
      </div>
    </PublicLayout>
  );
}

function AcceptForm({ token, invitation, onAccepted }: { token: string; invitation: Invitation; onAccepted: (email: string) => void }) {
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
      const result = await apiPost<{ email: string }>('/api/staff-invitations/accept', { token, password, passwordRepeat });
      onAccepted(result.email);
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
      <p>{t('invitation.intro', { name: invitation.name, email: invitation.email })}</p>
      <form className="form" noValidate onSubmit={(event) => void handleSubmit(event)} aria-busy={submitting}>
        {error && <ErrorAlert id={errorId} message={error.message} />}
        {/* For password managers: the e-mail address is the username of the new account. */}
        <input type="email" name="username" autoComplete="username" value={invitation.email} readOnly hidden />
        <PasswordField
          id={`${id}-password`}
          label={t('invitation.password')}
          value={password}
          onValueChange={setPassword}
          serverRules={serverRules}
          invalid={error?.field === 'password'}
          errorId={errorId}
        />
        <Field
          id={`${id}-repeat`}
          type="password"
          label={t('invitation.passwordRepeat')}
          autoComplete="new-password"
          invalid={error?.field === 'repeat'}
          errorId={errorId}
          value={passwordRepeat}
          onValueChange={setPasswordRepeat}
        />
        <button type="submit" className="button button--primary button--block">
          {t('invitation.save')}
        </button>
      </form>
    </>
  );
}
