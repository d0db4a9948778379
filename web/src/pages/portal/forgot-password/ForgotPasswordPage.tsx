import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { apiPost } from '../../../api';
import { ChoosePasswordForm } from '../../../components/ChoosePasswordForm';
import { CodeStep } from '../../../components/CodeStep';
import { FlowCard, FlowDone, FlowFooter } from '../../../components/Flow';
import { StepHeading } from '../../../components/StepHeading';
import { useResetFlow } from './flow';
import { UsernameStep } from './UsernameStep';
import type { PasswordResetCompleteBody, PasswordResetCompleted, PasswordResetVerified, PasswordResetVerifyBody } from '@api';

/**
 * "Glömt lösenord": username → code (sent to the account's verified e-mail and mobile) → new
 * password → done. The server answers the same whether the username exists or not.
 */
export function ForgotPasswordPage() {
  const { t } = useTranslation();
  const { flow, moved, go } = useResetFlow();
  const resetId = flow.resetId ?? '';
  const base = `/api/password-resets/${encodeURIComponent(resetId)}`;

  return (
    <FlowCard area="portal" title={t('forgot.title')}>
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
          heading={t('forgot.codeHeading')}
          intro={t('forgot.codeSent')}
          onVerify={async (code) => {
            await apiPost<PasswordResetVerified, PasswordResetVerifyBody>(`${base}/verify`, { code });
            go({ step: 'password', resetId, username: flow.username });
          }}
        />
      )}
      {flow.step === 'password' && (
        <>
          <StepHeading focus={moved}>{t('forgot.passwordHeading')}</StepHeading>
          {flow.username && <p>{t('forgot.passwordFor', { username: flow.username })}</p>}
          <ChoosePasswordForm
            label={t('forgot.password')}
            repeatLabel={t('forgot.passwordRepeat')}
            submitLabel={t('forgot.save')}
            onSave={async (password, passwordRepeat) => {
              const result = await apiPost<PasswordResetCompleted, PasswordResetCompleteBody>(`${base}/complete`, { password, passwordRepeat });
              go({ step: 'done', username: result.username });
            }}
          />
        </>
      )}
      {flow.step === 'done' && (
        <FlowDone
          focus={moved}
          heading={t('forgot.doneHeading')}
          text={flow.username ? t('forgot.doneText', { username: flow.username }) : t('forgot.doneTextGeneric')}
          loginLabel={t('forgot.login')}
        />
      )}
      {(flow.step === 'code' || flow.step === 'password') && (
        <FlowFooter>
          <button
            type="button"
            className="link-button"
            onClick={() => {
              go({ step: 'username' });
            }}
          >
            {t('forgot.startOver')}
          </button>
        </FlowFooter>
      )}
      {flow.step === 'username' && (
        <FlowFooter>
          <Link to="/login">{t('forgot.backToLogin')}</Link>
        </FlowFooter>
      )}
    </FlowCard>
  );
}
