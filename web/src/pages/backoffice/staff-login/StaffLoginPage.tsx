import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation, useNavigate } from 'react-router';
import { apiPost, type ApiError } from '../../../api';
import { SessionPending, safeNext } from '../../../components/Guards';
import { LoginForm } from '../../../components/LoginForm';
import { PageHeading } from '../../../components/PageHeading';
import { PublicLayout } from '../../../components/PublicLayout';
import { useLandlord } from '../../../landlord';
import { useSession } from '../../../session';
import type { StaffLoginBody, StaffLoginChallenge, StaffSignedIn } from '@api';
import { RecoveryCodes } from './RecoveryCodes';
import { SecondStep, type SecondStage } from './SecondStep';

type Stage = { kind: 'credentials'; message?: string } | SecondStage;

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
    const challenge = await apiPost<StaffLoginChallenge, StaffLoginBody>('/api/auth/login/staff', { email: identifier, password });
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

  async function signedIn(result: StaffSignedIn) {
    // Recovery codes first, so the page shows them instead of leaving once the user is set.
    if (result.recoveryCodes && result.recoveryCodes.length > 0) {
      setMoved(true);
      setRecoveryCodes(result.recoveryCodes);
    }
    await completeLogin(result.user);
  }

  function failed(error: ApiError) {
    if (BACK_TO_START.has(error.code)) goTo({ kind: 'credentials', message: error.message });
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
