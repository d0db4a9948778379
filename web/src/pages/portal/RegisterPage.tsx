import { useEffect, useId, useRef, useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ApiError, apiPost, apiPut, errorMessage, failedPasswordRules } from '../../api';
import { CodeField } from '../../components/CodeField';
import { ContactDetails } from '../../components/ContactDetails';
import { Field } from '../../components/Field';
import { PageHeading } from '../../components/PageHeading';
import { PasswordField, useNewPassword } from '../../components/PasswordField';
import { PublicLayout } from '../../components/PublicLayout';
import { ResendCode } from '../../components/ResendCode';
import { ErrorAlert } from '../../components/Status';
import { StepHeading } from '../../components/StepHeading';
import { clearStored, isRecord, readStored, REGISTRATION_KEY, writeStored } from '../../storage';
import type { Channel, CodeSent, ContactPrefill, MaskedChannel, RegistrationStarted } from '../../types';

export type RegistrationStep = 'start' | 'channel' | 'code' | 'details' | 'done';

/** What survives a reload (never the password). */
export interface StoredRegistration {
  step: Exclude<RegistrationStep, 'start' | 'done'>;
  registrationId: string;
  channels: MaskedChannel[];
  sent?: CodeSent;
  prefill?: ContactPrefill;
}

function isStoredRegistration(value: unknown): value is StoredRegistration {
  return (
    isRecord(value) &&
    (value.step === 'channel' || value.step === 'code' || value.step === 'details') &&
    typeof value.registrationId === 'string' &&
    Array.isArray(value.channels) &&
    (value.step !== 'code' || isRecord(value.sent))
  );
}

interface FlowState {
  step: RegistrationStep;
  registrationId?: string;
  channels: MaskedChannel[];
  sent?: CodeSent;
  prefill?: ContactPrefill;
  username?: string;
}

const STEP_NUMBERS: Record<Exclude<RegistrationStep, 'done'>, number> = { start: 1, channel: 2, code: 3, details: 4 };
const STEP_COUNT = 4;

function initialState(): FlowState {
  const stored = readStored(REGISTRATION_KEY, isStoredRegistration);
  return stored ?? { step: 'start', channels: [] };
}

/**
 * "Skapa konto" (SPEC.md, Account registration): number, username and password → choose a
 * channel → enter the code → complete the details → done. One route; the step lives in state
 * and in sessionStorage so that a reload, or the link in the message, continues the flow.
 */
export function RegisterPage() {
  const { t } = useTranslation();
  const [flow, setFlow] = useState<FlowState>(initialState);
  // False on the first render: focus then stays where the browser put it.
  const [moved, setMoved] = useState(false);

  function go(next: FlowState) {
    if (next.step === 'done' || next.step === 'start' || next.registrationId === undefined) {
      clearStored(REGISTRATION_KEY);
    } else {
      writeStored(REGISTRATION_KEY, {
        step: next.step,
        registrationId: next.registrationId,
        channels: next.channels,
        sent: next.sent,
        prefill: next.prefill,
      } satisfies StoredRegistration);
    }
    setMoved(true);
    setFlow(next);
  }

  function restart() {
    go({ step: 'start', channels: [] });
  }

  const registrationId = flow.registrationId ?? '';
  return (
    <PublicLayout area="portal">
      <div className="flow-card">
        <PageHeading>{t('register.title')}</PageHeading>
        {flow.step !== 'done' && <p className="step-indicator">{t('register.step', { step: STEP_NUMBERS[flow.step], total: STEP_COUNT })}</p>}
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
            chosen={flow.sent?.channel}
            onSent={(sent) => {
              go({ ...flow, step: 'code', sent });
            }}
          />
        )}
        {flow.step === 'code' && flow.sent && (
          <CodeStep
            key="code"
            focus={moved}
            registrationId={registrationId}
            sent={flow.sent}
            onResent={(sent) => {
              // Same step: keep focus where it is, but remember the new code's times.
              writeStored(REGISTRATION_KEY, { step: 'code', registrationId, channels: flow.channels, sent, prefill: flow.prefill });
              setFlow({ ...flow, sent });
            }}
            onVerified={(prefill) => {
              go({ ...flow, step: 'details', prefill });
            }}
            onChangeChannel={() => {
              go({ ...flow, step: 'channel' });
            }}
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
        {flow.step === 'done' && <DoneStep focus={moved} username={flow.username} />}
        {(flow.step === 'channel' || flow.step === 'code' || flow.step === 'details') && (
          <p className="flow-card__footer">
            {/* For an expired registration, or to use another number or username. */}
            <button type="button" className="link-button" onClick={restart}>
              {t('register.startOver')}
            </button>
          </p>
        )}
      </div>
    </PublicLayout>
  );
}

/** The message of a failed step (the server's text). */
function StepError({ id, error }: { id: string; error: ApiError | string }) {
  return <ErrorAlert id={id} message={typeof error === 'string' ? error : error.message} />;
}

function toError(reason: unknown): ApiError {
  return reason instanceof ApiError ? reason : new ApiError(0, 'unexpected', errorMessage(reason));
}

// Step 1 ------------------------------------------------------------------------------------

type StartField = 'identityNumber' | 'username' | 'password' | 'passwordRepeat';

const FIELD_OF_ERROR: Record<string, StartField[]> = {
  INVALID_IDENTITY_NUMBER: ['identityNumber'],
  NO_LEASE: ['identityNumber'],
  INVALID_USERNAME: ['username'],
  USERNAME_TAKEN: ['username'],
  PASSWORD_WEAK: ['password'],
  PASSWORD_MISMATCH: ['passwordRepeat'],
};

function StartStep({ focusFirst, onStarted }: { focusFirst: boolean; onStarted: (result: RegistrationStarted) => void }) {
  const { t } = useTranslation();
  const id = useId();
  const errorId = `${id}-error`;
  const firstRef = useRef<HTMLInputElement>(null);
  const [identityNumber, setIdentityNumber] = useState('');
  const [username, setUsername] = useState('');
  const { password, setPassword, serverRules, setServerRules } = useNewPassword();
  const [passwordRepeat, setPasswordRepeat] = useState('');
  const [error, setError] = useState<{ message: string; code?: string; fields: StartField[] }>();
  const [submitting, setSubmitting] = useState(false);

  // Back at the start after "Börja om": the first field, not the page top.
  useEffect(() => {
    if (focusFirst) firstRef.current?.focus();
  }, [focusFirst]);

  async function handleSubmit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    if (submitting) return;
    const values = { identityNumber: identityNumber.trim(), username: username.trim(), password, passwordRepeat };
    const missing = (Object.keys(values) as StartField[]).filter((field) => values[field] === '');
    if (missing.length > 0) {
      setError({ message: t('register.missingFields'), fields: missing });
      return;
    }
    if (password !== passwordRepeat) {
      setError({ message: t('password.mismatch'), fields: ['passwordRepeat'] });
      return;
    }
    setError(undefined);
    setSubmitting(true);
    try {
      const result = await apiPost<RegistrationStarted>('/api/registrations', values);
      onStarted(result);
    } catch (reason) {
      const apiError = toError(reason);
      setServerRules(failedPasswordRules(reason));
      setError({ message: apiError.message, code: apiError.code, fields: FIELD_OF_ERROR[apiError.code] ?? [] });
      setSubmitting(false);
    }
  }

  const invalid = (field: StartField) => error?.fields.includes(field) ?? false;
  return (
    <>
      <p>{t('register.intro')}</p>
      <form className="form" noValidate onSubmit={(event) => void handleSubmit(event)} aria-busy={submitting}>
        {error && (
          <ErrorAlert id={errorId} message={error.message}>
            {error.code === 'NO_CHANNEL' && <ContactDetails />}
          </ErrorAlert>
        )}
        <Field
          ref={firstRef}
          id={`${id}-identity`}
          label={t('register.identityNumber')}
          hint={t('register.identityNumberHint')}
          autoComplete="off"
          spellCheck={false}
          invalid={invalid('identityNumber')}
          errorId={errorId}
          value={identityNumber}
          onValueChange={setIdentityNumber}
        />
        <Field
          id={`${id}-username`}
          label={t('register.username')}
          hint={t('register.usernameHint')}
          autoComplete="username"
          autoCapitalize="none"
          spellCheck={false}
          invalid={invalid('username')}
          errorId={errorId}
          value={username}
          onValueChange={setUsername}
        />
        <PasswordField
          id={`${id}-password`}
          label={t('register.password')}
          value={password}
          onValueChange={setPassword}
          serverRules={serverRules}
          invalid={invalid('password')}
          errorId={errorId}
        />
        <Field
          id={`${id}-repeat`}
          type="password"
          label={t('register.passwordRepeat')}
          autoComplete="new-password"
          invalid={invalid('passwordRepeat')}
          errorId={errorId}
          value={passwordRepeat}
          onValueChange={setPasswordRepeat}
        />
        <button type="submit" className="button button--primary button--block">
          {t('register.next')}
        </button>
      </form>
      <p className="flow-card__footer">
        <Link to="/login">{t('register.backToLogin')}</Link>
      </p>
    </>
  );
}

// Step 2 ------------------------------------------------------------------------------------

function ChannelStep({
  focus,
  registrationId,
  channels,
  chosen,
  onSent,
}: {
  focus: boolean;
  registrationId: string;
  channels: MaskedChannel[];
  chosen: Channel | undefined;
  onSent: (sent: CodeSent) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [channel, setChannel] = useState<Channel | undefined>(chosen ?? channels[0]?.channel);
  const [error, setError] = useState<ApiError | string>();
  const [submitting, setSubmitting] = useState(false);

  async function handleSubmit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    if (submitting) return;
    if (channel === undefined) {
      setError(t('register.missingChannel'));
      return;
    }
    setError(undefined);
    setSubmitting(true);
    try {
      const sent = await apiPost<CodeSent>(`/api/registrations/${encodeURIComponent(registrationId)}/send`, { channel });
      onSent(sent);
    } catch (reason) {
      setError(toError(reason));
      setSubmitting(false);
    }
  }

  return (
    <>
      <StepHeading focus={focus}>{t('register.verifyHeading')}</StepHeading>
      <p>{t('register.verifyIntro')}</p>
      <form className="form" noValidate onSubmit={(event) => void handleSubmit(event)} aria-busy={submitting}>
        {error && <StepError id={`${id}-error`} error={error} />}
        <fieldset className="field radio-group radio-group--stacked">
          <legend>{t('register.channelLegend')}</legend>
          {channels.map((option) => (
            <label key={option.channel} className="radio">
              <input
                type="radio"
                name={`${id}-channel`}
                value={option.channel}
                checked={channel === option.channel}
                onChange={() => {
                  setChannel(option.channel);
                }}
              />
              {option.channel === 'email'
                ? t('register.channelEmail', { masked: option.masked })
                : t('register.channelSms', { masked: option.masked })}
            </label>
          ))}
        </fieldset>
        <button type="submit" className="button button--primary button--block">
          {t('register.next')}
        </button>
      </form>
    </>
  );
}

// Step 3 ------------------------------------------------------------------------------------

function CodeStep({
  focus,
  registrationId,
  sent,
  onResent,
  onVerified,
  onChangeChannel,
}: {
  focus: boolean;
  registrationId: string;
  sent: CodeSent;
  onResent: (sent: CodeSent) => void;
  onVerified: (prefill: ContactPrefill) => void;
  onChangeChannel: () => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const errorId = `${id}-error`;
  const [code, setCode] = useState('');
  const [error, setError] = useState<ApiError | string>();
  const [status, setStatus] = useState('');
  const [submitting, setSubmitting] = useState(false);
  const [resending, setResending] = useState(false);
  const base = `/api/registrations/${encodeURIComponent(registrationId)}`;

  async function handleSubmit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    if (submitting) return;
    setStatus('');
    if (code === '') {
      setError(t('verification.missingCode'));
      return;
    }
    setError(undefined);
    setSubmitting(true);
    try {
      const result = await apiPost<{ prefill: ContactPrefill }>(`${base}/verify`, { code });
      onVerified(result.prefill);
    } catch (reason) {
      setError(toError(reason));
      setSubmitting(false);
    }
  }

  async function resend() {
    if (resending) return;
    setError(undefined);
    setStatus('');
    setResending(true);
    try {
      const next = await apiPost<CodeSent>(`${base}/send`, { channel: sent.channel });
      onResent(next);
      setCode('');
      setStatus(t('verification.resent', { masked: next.masked }));
    } catch (reason) {
      setError(toError(reason));
    } finally {
      setResending(false);
    }
  }

  return (
    <>
      <StepHeading focus={focus}>{t('register.codeHeading')}</StepHeading>
      <p>{t('verification.codeSentTo', { masked: sent.masked })}</p>
      <p>{t('verification.validity')}</p>
      <form className="form" noValidate onSubmit={(event) => void handleSubmit(event)} aria-busy={submitting}>
        {error && <StepError id={errorId} error={error} />}
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
      <div className="flow-actions">
        <ResendCode availableAt={sent.resendAvailableAt} busy={resending} onResend={() => void resend()} />
        <button type="button" className="link-button" onClick={onChangeChannel}>
          {t('register.changeChannel')}
        </button>
      </div>
      <p role="status" className="form-status">
        {status}
      </p>
    </>
  );
}

// Step 4 ------------------------------------------------------------------------------------

type DetailsField = 'name' | 'email' | 'mobile';

const DETAILS_FIELD_OF_ERROR: Record<string, DetailsField[]> = {
  INVALID_EMAIL: ['email'],
  INVALID_MOBILE: ['mobile'],
};

function DetailsStep({
  focus,
  registrationId,
  prefill,
  onSaved,
}: {
  focus: boolean;
  registrationId: string;
  prefill: ContactPrefill | undefined;
  onSaved: (username: string) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const errorId = `${id}-error`;
  const [name, setName] = useState(prefill?.name ?? '');
  const [email, setEmail] = useState(prefill?.email ?? '');
  const [mobile, setMobile] = useState(prefill?.mobile ?? '');
  const [error, setError] = useState<ApiError>();
  const [submitting, setSubmitting] = useState(false);

  async function handleSubmit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    if (submitting) return;
    setError(undefined);
    setSubmitting(true);
    try {
      const result = await apiPut<{ username: string }>(`/api/registrations/${encodeURIComponent(registrationId)}/details`, {
        name: name.trim(),
        email: email.trim(),
        mobile: mobile.trim(),
      });
      onSaved(result.username);
    } catch (reason) {
      setError(toError(reason));
      setSubmitting(false);
    }
  }

  const fields = error ? (DETAILS_FIELD_OF_ERROR[error.code] ?? []) : [];
  return (
    <>
      <StepHeading focus={focus}>{t('register.detailsHeading')}</StepHeading>
      <p>{t('register.detailsIntro')}</p>
      <form className="form" noValidate onSubmit={(event) => void handleSubmit(event)} aria-busy={submitting}>
        {error && <StepError id={errorId} error={error} />}
        <Field
          id={`${id}-name`}
          label={t('register.name')}
          autoComplete="name"
          invalid={fields.includes('name')}
          errorId={errorId}
          value={name}
          onValueChange={setName}
        />
        <Field
          id={`${id}-email`}
          type="email"
          label={t('register.email')}
          autoComplete="email"
          autoCapitalize="none"
          spellCheck={false}
          invalid={fields.includes('email')}
          errorId={errorId}
          value={email}
          onValueChange={setEmail}
        />
        <Field
          id={`${id}-mobile`}
          type="tel"
          label={t('register.mobile')}
          hint={t('register.mobileHint')}
          autoComplete="tel"
          invalid={fields.includes('mobile')}
          errorId={errorId}
          value={mobile}
          onValueChange={setMobile}
        />
        <button type="submit" className="button button--primary button--block">
          {t('register.save')}
        </button>
      </form>
    </>
  );
}

// Done --------------------------------------------------------------------------------------

function DoneStep({ focus, username }: { focus: boolean; username: string | undefined }) {
  const { t } = useTranslation();
  return (
    <>
      <StepHeading focus={focus}>{t('register.doneHeading')}</StepHeading>
      <p>{username ? t('register.doneText', { username }) : t('register.doneTextGeneric')}</p>
      <p>
        <Link to="/login" className="button button--primary">
          {t('register.login')}
        </Link>
      </p>
    </>
  );
}
