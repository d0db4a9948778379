import { useTranslation } from 'react-i18next';
import { apiPost } from '../../../api';
import { CodeStep } from '../../../components/CodeStep';
import { FlowCard, FlowDone, FlowFooter } from '../../../components/Flow';
import type { CodeSent, RegistrationSendBody, RegistrationVerified, RegistrationVerifyBody } from '@api';
import { ChannelStep } from './ChannelStep';
import { DetailsStep } from './DetailsStep';
import { STEP_COUNT, stepNumber, useRegistrationFlow } from './flow';
import { StartStep } from './StartStep';

/**
 * "Skapa konto" (SPEC.md, Account registration): number, username and password → choose a
 * channel → enter the code → complete the details → done. One route; the step lives in state
 * and in sessionStorage so that a reload, or the link in the message, continues the flow.
 */
export function RegisterPage() {
  const { t } = useTranslation();
  const { flow, moved, go, update } = useRegistrationFlow();
  const { sent } = flow;
  const registrationId = flow.registrationId ?? '';
  const base = `/api/registrations/${encodeURIComponent(registrationId)}`;

  return (
    <FlowCard area="portal" title={t('register.title')}>
      {flow.step !== 'done' && <p className="step-indicator">{t('register.step', { step: stepNumber(flow.step), total: STEP_COUNT })}</p>}
      {flow.step === 'start' && (
        <StartStep
          focusFirst={moved}
          onStarted={(result) => {
            go({ step: 'channel', registrationId: result.registrationId, channels: result.channels });
          }}
        />
      )}
      {flow.step === 'channel' && (
        <ChannelStep
          key="channel"
          focus={moved}
          registrationId={registrationId}
          channels={flow.channels}
          chosen={sent?.channel}
          onSent={(first) => {
            go({ ...flow, step: 'code', sent: first });
          }}
        />
      )}
      {flow.step === 'code' && sent && (
        <CodeStep
          key="code"
          focus={moved}
          heading={t('register.codeHeading')}
          intro={t('verification.codeSentTo', { masked: sent.masked })}
          onVerify={async (code) => {
            const result = await apiPost<RegistrationVerified, RegistrationVerifyBody>(`${base}/verify`, { code });
            go({ ...flow, step: 'details', prefill: result.prefill });
          }}
          resend={{
            availableAt: sent.resendAvailableAt,
            send: async () => {
              const next = await apiPost<CodeSent, RegistrationSendBody>(`${base}/send`, { channel: sent.channel });
              update({ ...flow, sent: next });
              return next;
            },
          }}
          actions={
            <button
              type="button"
              className="link-button"
              onClick={() => {
                go({ ...flow, step: 'channel' });
              }}
            >
              {t('register.changeChannel')}
            </button>
          }
        />
      )}
      {flow.step === 'details' && (
        <DetailsStep
          key="details"
          focus={moved}
          registrationId={registrationId}
          prefill={flow.prefill}
          onSaved={(username) => {
            go({ step: 'done', channels: [], username });
          }}
        />
      )}
      {flow.step === 'done' && (
        <FlowDone
          focus={moved}
          heading={t('register.doneHeading')}
          text={flow.username ? t('register.doneText', { username: flow.username }) : t('register.doneTextGeneric')}
          loginLabel={t('register.login')}
        />
      )}
      {(flow.step === 'channel' || flow.step === 'code' || flow.step === 'details') && (
        <FlowFooter>
          {/* For an expired registration, or to use another number or username. */}
          <button
            type="button"
            className="link-button"
            onClick={() => {
              go({ step: 'start', channels: [] });
            }}
          >
            {t('register.startOver')}
          </button>
        </FlowFooter>
      )}
    </FlowCard>
  );
}
