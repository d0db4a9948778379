import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiPost } from '../../../api';
import { Detail } from '../../../components/Detail';
import { Field } from '../../../components/Field';
import { ErrorSummary, Form, FormStatus } from '../../../components/Form';
import { ResendCode } from '../../../components/ResendCode';
import { Section } from '../../../components/Section';
import { StatusBadge } from '../../../components/StatusBadge';
import { VerifyCodeForm } from '../../../components/VerifyCodeForm';
import { useSubmit } from '../../../hooks/useSubmit';
import type { ContactChangeBody, ContactCodeSent, ContactKind, ContactVerifyBody, PortalMe } from '@api';
import { formatMobile } from '@domain/contact';

/** Answers about the new address or number itself. */
const VALUE_ERRORS = new Set(['INVALID_EMAIL', 'INVALID_MOBILE', 'VALIDATION']);

interface Props {
  kind: ContactKind;
  value: string | null;
  verified: boolean;
  onChanged: () => void;
}

/**
 * The e-mail address or the mobile number: a new one is saved once the code sent to it has been
 * entered. Sending, the code and a new code report in one alert above both forms.
 */
export function ContactSection({ kind, value, verified, onChanged }: Props) {
  const { t } = useTranslation();
  const valueRef = useRef<HTMLInputElement>(null);
  const codeRef = useRef<HTMLInputElement>(null);
  const [newValue, setNewValue] = useState('');
  const [sent, setSent] = useState<ContactCodeSent>();
  // Not the form's status: a failed code leaves "a new code has been sent" in place.
  const [done, setDone] = useState('');
  const [moveFocus, setMoveFocus] = useState(false);
  const submit = useSubmit<'value'>();
  const email = kind === 'email';

  useEffect(() => {
    if (!moveFocus) return;
    setMoveFocus(false);
    (sent ? codeRef : valueRef).current?.focus();
  }, [moveFocus, sent]);

  function sendCode() {
    return submit.run(
      async () => {
        const result = await apiPost<ContactCodeSent, ContactChangeBody>('/api/portal/me/contact', { kind, value: newValue.trim() });
        if (!sent) setMoveFocus(true);
        setSent(result);
        return result;
      },
      (error) => (VALUE_ERRORS.has(error.code) ? ['value'] : []),
    );
  }

  function send() {
    setDone('');
    if (newValue.trim() === '') submit.fail(t(email ? 'portal.me.missingEmail' : 'portal.me.missingMobile'), ['value']);
    else return sendCode();
  }

  async function verify(code: string) {
    await apiPost<PortalMe, ContactVerifyBody>('/api/portal/me/contact/verify', { kind, code });
    setSent(undefined);
    setNewValue('');
    setMoveFocus(true);
    setDone(t(email ? 'portal.me.emailChanged' : 'portal.me.mobileChanged'));
    onChanged();
  }

  async function resend() {
    if (submit.submitting) return;
    setDone('');
    const result = await sendCode();
    if (result) setDone(t('verification.resent', { masked: result.masked }));
  }

  return (
    <Section className="card" title={email ? t('portal.me.emailHeading') : t('portal.me.mobileHeading')}>
      <dl className="details details--compact">
        <Detail label={email ? t('portal.me.currentEmail') : t('portal.me.currentMobile')}>
          {value === null ? t('common.missing') : email ? value : formatMobile(value)}{' '}
          {value && (
            <StatusBadge tone={verified ? 'success' : 'warning'}>
              <span aria-hidden="true">{verified ? '✓ ' : '! '}</span>
              {verified ? t('portal.me.verified') : t('portal.me.notVerified')}
            </StatusBadge>
          )}
        </Detail>
      </dl>
      <ErrorSummary submit={submit} />
      {sent === undefined ? (
        <Form submit={submit} onSubmit={send} className="form form--compact" alert={false}>
          <Field
            ref={valueRef}
            type={email ? 'email' : 'tel'}
            label={email ? t('portal.me.newEmail') : t('portal.me.newMobile')}
            hint={email ? t('portal.me.emailHint') : t('portal.me.mobileHint')}
            autoComplete={email ? 'email' : 'tel'}
            autoCapitalize="none"
            spellCheck={false}
            {...submit.field('value')}
            value={newValue}
            onValueChange={setNewValue}
          />
          <button type="submit" className="button button--primary">
            {t('portal.me.sendCode')}
          </button>
        </Form>
      ) : (
        <>
          <p>{t('verification.codeSentTo', { masked: sent.masked })}</p>
          <p className="hint">{t('verification.validity')}</p>
          {/* A new code, a new form: the field starts empty. */}
          <VerifyCodeForm key={sent.resendAvailableAt} submit={submit} onVerify={verify} className="form form--compact" alert={false} codeRef={codeRef}>
            <div className="button-row">
              <button type="submit" className="button button--primary">
                {t('portal.me.confirm')}
              </button>
              <button
                type="button"
                className="button button--ghost"
                onClick={() => {
                  setSent(undefined);
                  submit.clearError();
                  setMoveFocus(true);
                }}
              >
                {t('common.cancel')}
              </button>
            </div>
          </VerifyCodeForm>
          <ResendCode availableAt={sent.resendAvailableAt} busy={submit.submitting} onResend={() => void resend()} />
        </>
      )}
      <FormStatus>{done}</FormStatus>
    </Section>
  );
}
