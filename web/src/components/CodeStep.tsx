import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useSubmit } from '../hooks/useSubmit';
import { FormStatus } from './Form';
import { ResendCode } from './ResendCode';
import { StepHeading } from './StepHeading';
import { VerifyCodeForm } from './VerifyCodeForm';

interface Props {
  focus: boolean;
  heading: string;
  /** Where the code was sent. */
  intro: string;
  /** Checks the code; a rejection is shown in the form's alert. */
  onVerify: (code: string) => Promise<void>;
  /** "Skicka ny kod", where the flow offers it: when it is allowed, and the request. */
  resend?: { availableAt: string; send: () => Promise<{ masked: string }> };
  /** Further ways on beside "Skicka ny kod" (e.g. another channel). */
  actions?: ReactNode;
}

/** The step of a public flow where the user types the code from an e-mail or SMS. */
export function CodeStep({ focus, heading, intro, onVerify, resend, actions }: Props) {
  const { t } = useTranslation();
  const submit = useSubmit();
  const [resending, setResending] = useState(false);

  async function sendAgain(send: () => Promise<{ masked: string }>) {
    if (resending) return;
    submit.clearError();
    submit.setStatus('');
    setResending(true);
    try {
      const next = await send();
      submit.setStatus(t('verification.resent', { masked: next.masked }));
    } catch (reason) {
      submit.failWith(reason);
    } finally {
      setResending(false);
    }
  }

  return (
    <>
      <StepHeading focus={focus}>{heading}</StepHeading>
      <p>{intro}</p>
      <p>{t('verification.validity')}</p>
      {/* A new code, a new form: the field starts empty. */}
      <VerifyCodeForm key={resend?.availableAt} submit={submit} onVerify={onVerify} />
      {resend && (
        <>
          <div className="flow-actions">
            <ResendCode availableAt={resend.availableAt} busy={resending} onResend={() => void sendAgain(resend.send)} />
            {actions}
          </div>
          <FormStatus>{submit.status}</FormStatus>
        </>
      )}
    </>
  );
}
