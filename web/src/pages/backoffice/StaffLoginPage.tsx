import { useId, useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation, useNavigate } from 'react-router';
import { ApiError, apiPost, errorMessage } from '../../api';
import { CodeField } from '../../components/CodeField';
import { Field } from '../../components/Field';
import { SessionPending, safeNext } from '../../components/Guards';
import { LoginForm } from '../../components/LoginForm';
import { PageHeading } from '../../components/PageHeading';
import { PublicLayout } from '../../components/PublicLayout';
import { ErrorAlert } from '../../components/Status';
import { StepHeading } from '../../components/StepHeading';
import { useLandlord } from '../../landlord';
import { useSession } from '../../session';
import type { StaffLoginChallenge, StaffTotpResult, StaffUser } from '../../types';

type Stage =
  | { kind: 'credentials'; message?: string }
  | { kind: 'totp'; challengeId: string }
  | { kind: 'recovery'; challengeId: string }
  | { kind: 'setup'; challengeId: string; secret: string; otpauthUri: string; qrDataUrl: string };

/** Answers after which the challenge is gone: back to e-mail and password, with the message. */
const BACK_TO_START = new Set(['CHALLENGE_EXPIRED', 'CODE_TOO_MANY_TRIES', 'ACCOUNT_LOCKED', 'INVALID_CREDENTIALS']);

/**
 * Staff sign in with e-mail and password, then a one-time code from an authenticator app (TOTP).
 * The first time, they set the app up here and get recovery codes, shown once.
 */
export function StaffLoginPage() {
  const { t } = useTranslation();
  const { status, user, completeLogin } = useSession();
  const landlord = useLandlord();
  const location = useLocation();
  const navigate = useNavigate();
  const [stage, setStage] = useState<Stage>({ kind: 'credentials' });
  const [moved, setMoved] = useState(false);
  const [recoveryCodes, setRecoveryCodes] = useState<string[]>();
  // Kept so that coming back to the first step does not make the user type it again.
  const [email, setEmail] = useState('');
  const next = safeNext(location.search, '/admin', '/admin');

  function goTo(nextStage: Stage) {
    setMoved(true);
    setStage(nextStage);
  }

  async function startLogin(identifier: string, password: string) {
    setEmail(identifier);
    const challenge = await apiPost<StaffLoginChallenge>('/api/auth/login/staff', { email: identifier, password });
    goTo(
      challenge.step === 'totp_setup'
        ? {
            kind: 'setup',
            challengeId: challenge.challengeId,
            secret: challenge.secret,
            otpauthUri: challenge.otpauthUri,
            qrDataUrl: challenge.qrDataUrl,
          }
        : { kind: 'totp', challengeId: challenge.challengeId },
    );
  }

  async function signedIn(result: StaffTotpResult) {
    // Recovery codes first, so the page shows them instead of leaving once the user is set.
    if (result.recoveryCodes && result.recoveryCodes.length > 0) {
      setMoved(true);
      setRecoveryCodes(result.recoveryCodes);
    }
    await completeLogin(result.user);
  }

  function failed(reason: unknown): string | undefined {
    if (reason instanceof ApiError && BACK_TO_START.has(reason.code)) {
      goTo({ kind: 'credentials', message: reason.message });
      return undefined;
    }
    return errorMessage(reason);
  }

  if (status !== 'ready' && recoveryCodes === undefined) return <SessionPending area="backoffice" />;
  if (user?.kind === 'staff' && recoveryCodes === undefined) return <Navigate to={next} replace />;

  return (
    <PublicLayout area="backoffice">
      <div className="login-card">
        <PageHeading>{t('backoffice.loginTitle')}</PageHeading>
        {landlord && <p className="login-card__landlord">{landlord.name}</p>}
        {recoveryCodes !== undefined ? (
          <RecoveryCodes
            focus={moved}
            codes={recoveryCodes}
            onDone={() => {
              void navigate(next, { replace: true });
            }}
          />
        ) : stage.kind === 'credentials' ? (
          <>
            <p className="login-card__intro">{t('login.staffIntro')}</p>
            <LoginForm
              key={stage.message ?? ''}
              kind="staff"
              onLogin={startLogin}
              initialError={stage.message}
              initialIdentifier={email}
              focusFirst={moved}
            />
          </>
        ) : (
          <SecondStep
            key={stage.kind}
            focus={moved}
            stage={stage}
            onSignedIn={signedIn}
            onFailed={failed}
            onSwitch={(kind) => {
              goTo({ kind, challengeId: stage.challengeId });
            }}
            onCancel={() => {
              goTo({ kind: 'credentials' });
            }}
          />
        )}
      </div>
    </PublicLayout>
  );
}

function groupKey(secret: string): string {
  return (secret.replace(/\s/g, '').match(/.{1,4}/g) ?? []).join(' ');
}

function SecondStep({
  focus,
  stage,
  onSignedIn,
  onFailed,
  onSwitch,
  onCancel,
}: {
  focus: boolean;
  stage: Exclude<Stage, { kind: 'credentials' }>;
  onSignedIn: (result: StaffTotpResult) => Promise<void>;
  /** The message to show here, or undefined when the page went back to the first step. */
  onFailed: (reason: unknown) => string | undefined;
  onSwitch: (kind: 'totp' | 'recovery') => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const errorId = `${id}-error`;
  const [code, setCode] = useState('');
  const [error, setError] = useState<string>();
  const [submitting, setSubmitting] = useState(false);
  const recovery = stage.kind === 'recovery';

  async function handleSubmit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    if (submitting) return;
    const value = code.trim();
    if (value === '') {
      setError(recovery ? t('staffLogin.missingRecoveryCode') : t('staffLogin.missingCode'));
      return;
    }
    setError(undefined);
    setSubmitting(true);
    try {
      const result = recovery
        ? await apiPost<{ user: StaffUser }>('/api/auth/login/staff/recovery', { challengeId: stage.challengeId, recoveryCode: value })
        : await apiPost<StaffTotpResult>('/api/auth/login/staff/totp', { challengeId: stage.challengeId, code: value });
      await onSignedIn(result);
    } catch (reason) {
      const message = onFailed(reason);
      if (message !== undefined) {
        setError(message);
        setSubmitting(false);
      }
    }
  }

  return (
    <>
      <StepHeading focus={focus}>{t('staffLogin.twoStepHeading')}</StepHeading>
      {stage.kind === 'setup' && (
        <>
          <p>{t('staffLogin.setupIntro')}</p>
          <img className="qr-code" src={stage.qrDataUrl} alt={t('staffLogin.qrAlt')} width={200} height={200} />
          <p>
            {t('staffLogin.keyIntro')}{' '}
            <code className="secret-key">{groupKey(stage.secret)}</code>
          </p>
          <p>
            <a href={stage.otpauthUri}>{t('staffLogin.openInApp')}</a>
          </p>
          <p>{t('staffLogin.setupCodeIntro')}</p>
        </>
      )}
      {stage.kind === 'totp' && <p>{t('staffLogin.totpIntro')}</p>}
      {recovery && <p>{t('staffLogin.recoveryIntro')}</p>}
      <form className="form" noValidate onSubmit={(event) => void handleSubmit(event)} aria-busy={submitting}>
        {error && <ErrorAlert id={errorId} message={error} />}
        {recovery ? (
          <Field
            id={`${id}-recovery`}
            label={t('staffLogin.recoveryCode')}
            autoComplete="off"
            autoCapitalize="none"
            spellCheck={false}
            invalid={error !== undefined}
            errorId={errorId}
            value={code}
            onValueChange={setCode}
          />
        ) : (
          <CodeField
            id={`${id}-code`}
            label={t('staffLogin.code')}
            hint={t('staffLogin.codeHint')}
            invalid={error !== undefined}
            errorId={errorId}
            value={code}
            onValueChange={setCode}
          />
        )}
        <button type="submit" className="button button--primary button--block">
          {stage.kind === 'setup' ? t('staffLogin.activate') : t('login.submit')}
        </button>
      </form>
      <div className="flow-actions">
        {stage.kind === 'totp' && (
          <button
            type="button"
            className="link-button"
            onClick={() => {
              onSwitch('recovery');
            }}
          >
            {t('staffLogin.useRecovery')}
          </button>
        )}
        {recovery && (
          <button
            type="button"
            className="link-button"
            onClick={() => {
              onSwitch('totp');
            }}
          >
            {t('staffLogin.useTotp')}
          </button>
        )}
        <button type="button" className="link-button" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </>
  );
}

function RecoveryCodes({ focus, codes, onDone }: { focus: boolean; codes: string[]; onDone: () => void }) {
  const { t } = useTranslation();
  return (
    <>
      <StepHeading focus={focus}>{t('staffLogin.recoveryHeading')}</StepHeading>
      <p>{t('staffLogin.recoveryCodesIntro')}</p>
      <p>{t('staffLogin.recoveryCodesOnce')}</p>
      <ul className="recovery-codes" aria-label={t('staffLogin.recoveryCodesLabel')}>
        {codes.map((code) => (
          <li key={code}>
            <code>{code}</code>
          </li>
        ))}
      </ul>
      <button type="button" className="button button--primary button--block" onClick={onDone}>
        {t('staffLogin.savedCodes')}
      </button>
    </>
  );
}
