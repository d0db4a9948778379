import { useEffect, useId, useRef, useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { ApiError, apiPatch, apiPost, errorMessage, failedPasswordRules } from '../../api';
import { CodeField } from '../../components/CodeField';
import { Field } from '../../components/Field';
import { PageHeading } from '../../components/PageHeading';
import { PasswordField, useNewPassword } from '../../components/PasswordField';
import { ResendCode } from '../../components/ResendCode';
import { AsyncContent, ErrorAlert } from '../../components/Status';
import { StatusBadge } from '../../components/StatusBadge';
import { TableRegion } from '../../components/TableRegion';
import { describeUserAgent, formatTimestamp } from '../../format';
import { useApiData, type ApiData } from '../../hooks/useApiData';
import { useSession } from '../../session';
import type { ContactCodeSent, ContactKind, PortalMe, PortalSession } from '../../types';
import type { ContactVerifiedState } from './VerifyLinkPage';

/** "Mina uppgifter": the tenant keeps name, e-mail and mobile current, changes password, sees devices. */
export function MyDetailsPage() {
  const { t } = useTranslation();
  const me = useApiData<PortalMe>('/api/portal/me');
  const sessions = useApiData<{ sessions: PortalSession[] }>('/api/portal/me/sessions');
  const location = useLocation();
  const verifiedKind = (location.state as Partial<ContactVerifiedState> | null)?.contactVerified;
  const [notice, setNotice] = useState('');

  // Coming from a contact link: say so in a live region that exists before the text arrives.
  useEffect(() => {
    if (verifiedKind !== 'email' && verifiedKind !== 'mobile') return;
    const timer = window.setTimeout(() => {
      setNotice(t(`verifyLink.contactVerified.${verifiedKind}`));
    }, 100);
    return () => {
      window.clearTimeout(timer);
    };
  }, [verifiedKind, t]);

  return (
    <>
      <PageHeading>{t('portal.me.title')}</PageHeading>
      <p>{t('portal.me.intro')}</p>
      <p role="status" className={notice ? 'success-message' : 'form-status'}>
        {notice}
      </p>
      <AsyncContent state={me}>
        {(details) => (
          <>
            <div className="card-grid card-grid--wide">
              <section className="card" aria-labelledby="me-user">
                <h2 id="me-user">{t('portal.me.userHeading')}</h2>
                <dl className="details details--compact">
                  <div>
                    <dt>{t('portal.me.username')}</dt>
                    <dd>{details.username}</dd>
                  </div>
                </dl>
              </section>
              <NameSection name={details.name} onSaved={me.reload} />
              <ContactSection kind="email" value={details.email} verified={details.emailVerified} onChanged={me.reload} />
              <ContactSection kind="mobile" value={details.mobile} verified={details.mobileVerified} onChanged={me.reload} />
            </div>
            <PasswordSection onChanged={sessions.reload} />
            <SessionsSection state={sessions} />
            <CustomerSection customer={details.customer} />
          </>
        )}
      </AsyncContent>
    </>
  );
}

function NameSection({ name, onSaved }: { name: string | null; onSaved: () => void }) {
  const { t } = useTranslation();
  const id = useId();
  const { refresh } = useSession();
  const [value, setValue] = useState(name ?? '');
  const [error, setError] = useState<string>();
  const [done, setDone] = useState('');
  const [submitting, setSubmitting] = useState(false);

  async function handleSubmit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    if (submitting) return;
    setDone('');
    if (value.trim() === '') {
      setError(t('portal.me.missingName'));
      return;
    }
    setError(undefined);
    setSubmitting(true);
    try {
      await apiPatch<PortalMe>('/api/portal/me', { name: value.trim() });
      setDone(t('portal.me.nameSaved'));
      onSaved();
      await refresh(); // the header shows the name
    } catch (reason) {
      setError(errorMessage(reason));
    } finally {
      setSubmitting(false);
    }
  }

  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('portal.me.nameHeading')}</h2>
      <form className="form form--compact" noValidate onSubmit={(event) => void handleSubmit(event)} aria-busy={submitting}>
        {error && <ErrorAlert id={`${id}-error`} message={error} />}
        <Field
          id={`${id}-name`}
          label={t('portal.me.name')}
          autoComplete="name"
          invalid={error !== undefined}
          errorId={`${id}-error`}
          value={value}
          onValueChange={setValue}
        />
        <button type="submit" className="button button--primary">
          {t('portal.me.save')}
        </button>
        <p role="status" className="form-status">
          {done}
        </p>
      </form>
    </section>
  );
}

const CONTACT_FIELD_ERRORS = new Set(['INVALID_EMAIL', 'INVALID_MOBILE', 'VALIDATION']);

function ContactSection({
  kind,
  value,
  verified,
  onChanged,
}: {
  kind: ContactKind;
  value: string | null;
  verified: boolean;
  onChanged: () => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const errorId = `${id}-error`;
  const valueRef = useRef<HTMLInputElement>(null);
  const codeRef = useRef<HTMLInputElement>(null);
  const [newValue, setNewValue] = useState('');
  const [sent, setSent] = useState<ContactCodeSent>();
  const [code, setCode] = useState('');
  const [error, setError] = useState<ApiError>();
  const [done, setDone] = useState('');
  const [busy, setBusy] = useState(false);
  const [moveFocus, setMoveFocus] = useState(false);

  useEffect(() => {
    if (!moveFocus) return;
    setMoveFocus(false);
    (sent ? codeRef : valueRef).current?.focus();
  }, [moveFocus, sent]);

  async function sendCode() {
    setBusy(true);
    try {
      const result = await apiPost<ContactCodeSent>('/api/portal/me/contact', { kind, value: newValue.trim() });
      if (!sent) setMoveFocus(true);
      setSent(result);
      setCode('');
      setError(undefined);
      return result;
    } catch (reason) {
      setError(toApiError(reason));
      return undefined;
    } finally {
      setBusy(false);
    }
  }

  async function handleSend(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy) return;
    setDone('');
    if (newValue.trim() === '') {
      setError(new ApiError(0, 'missing', t(kind === 'email' ? 'portal.me.missingEmail' : 'portal.me.missingMobile')));
      return;
    }
    await sendCode();
  }

  async function handleVerify(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy) return;
    if (code === '') {
      setError(new ApiError(0, 'missing', t('verification.missingCode')));
      return;
    }
    setBusy(true);
    try {
      await apiPost<PortalMe>('/api/portal/me/contact/verify', { kind, code });
      setError(undefined);
      setSent(undefined);
      setNewValue('');
      setCode('');
      setMoveFocus(true);
      setDone(t(kind === 'email' ? 'portal.me.emailChanged' : 'portal.me.mobileChanged'));
      onChanged();
    } catch (reason) {
      setError(toApiError(reason));
    } finally {
      setBusy(false);
    }
  }

  async function handleResend() {
    if (busy) return;
    setDone('');
    const result = await sendCode();
    if (result) setDone(t('verification.resent', { masked: result.masked }));
  }

  const heading = kind === 'email' ? t('portal.me.emailHeading') : t('portal.me.mobileHeading');
  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{heading}</h2>
      <dl className="details details--compact">
        <div>
          <dt>{kind === 'email' ? t('portal.me.currentEmail') : t('portal.me.currentMobile')}</dt>
          <dd>
            {value ?? t('common.missing')}{' '}
            {value && (
              <StatusBadge tone={verified ? 'success' : 'warning'}>
                <span aria-hidden="true">{verified ? '✓ ' : '! '}</span>
                {verified ? t('portal.me.verified') : t('portal.me.notVerified')}
              </StatusBadge>
            )}
          </dd>
        </div>
      </dl>
      {error && <ErrorAlert id={errorId} message={error.message} />}
      {sent === undefined ? (
        <form className="form form--compact" noValidate onSubmit={(event) => void handleSend(event)} aria-busy={busy}>
          <Field
            ref={valueRef}
            id={`${id}-value`}
            type={kind === 'email' ? 'email' : 'tel'}
            label={kind === 'email' ? t('portal.me.newEmail') : t('portal.me.newMobile')}
            hint={kind === 'email' ? t('portal.me.emailHint') : t('portal.me.mobileHint')}
            autoComplete={kind === 'email' ? 'email' : 'tel'}
            autoCapitalize="none"
            spellCheck={false}
            invalid={error !== undefined && (error.code === 'missing' || CONTACT_FIELD_ERRORS.has(error.code))}
            errorId={errorId}
            value={newValue}
            onValueChange={setNewValue}
          />
          <button type="submit" className="button button--primary">
            {t('portal.me.sendCode')}
          </button>
        </form>
      ) : (
        <>
          <p>{t('verification.codeSentTo', { masked: sent.masked })}</p>
          <p className="hint">{t('verification.validity')}</p>
          <form className="form form--compact" noValidate onSubmit={(event) => void handleVerify(event)} aria-busy={busy}>
            <CodeField
              ref={codeRef}
              id={`${id}-code`}
              label={t('verification.code')}
              hint={t('verification.codeHint')}
              invalid={error !== undefined}
              errorId={errorId}
              value={code}
              onValueChange={setCode}
            />
            <div className="button-row">
              <button type="submit" className="button button--primary">
                {t('portal.me.confirm')}
              </button>
              <button
                type="button"
                className="button button--ghost"
                onClick={() => {
                  setSent(undefined);
                  setError(undefined);
                  setCode('');
                  setMoveFocus(true);
                }}
              >
                {t('common.cancel')}
              </button>
            </div>
          </form>
          <ResendCode availableAt={sent.resendAvailableAt} busy={busy} onResend={() => void handleResend()} />
        </>
      )}
      <p role="status" className="form-status">
        {done}
      </p>
    </section>
  );
}

function toApiError(reason: unknown): ApiError {
  return reason instanceof ApiError ? reason : new ApiError(0, 'unexpected', errorMessage(reason));
}

type PasswordFieldName = 'current' | 'password' | 'repeat';

function PasswordSection({ onChanged }: { onChanged: () => void }) {
  const { t } = useTranslation();
  const id = useId();
  const errorId = `${id}-error`;
  const [current, setCurrent] = useState('');
  const { password, setPassword, serverRules, setServerRules } = useNewPassword();
  const [repeat, setRepeat] = useState('');
  const [error, setError] = useState<{ message: string; fields: PasswordFieldName[] }>();
  const [done, setDone] = useState('');
  const [submitting, setSubmitting] = useState(false);

  async function handleSubmit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    if (submitting) return;
    setDone('');
    const missing = (
      [
        ['current', current],
        ['password', password],
        ['repeat', repeat],
      ] as const
    )
      .filter(([, value]) => value === '')
      .map(([field]) => field);
    if (missing.length > 0) {
      setError({ message: t('portal.me.missingPasswords'), fields: missing });
      return;
    }
    if (password !== repeat) {
      setError({ message: t('password.mismatch'), fields: ['repeat'] });
      return;
    }
    setError(undefined);
    setSubmitting(true);
    try {
      await apiPost<undefined>('/api/portal/me/password', { currentPassword: current, password, passwordRepeat: repeat });
      setCurrent('');
      setPassword('');
      setRepeat('');
      setDone(t('portal.me.passwordChanged'));
      onChanged();
    } catch (reason) {
      const code = reason instanceof ApiError ? reason.code : '';
      setServerRules(failedPasswordRules(reason));
      const fields: PasswordFieldName[] =
        code === 'CURRENT_PASSWORD_WRONG' ? ['current'] : code === 'PASSWORD_WEAK' ? ['password'] : code === 'PASSWORD_MISMATCH' ? ['repeat'] : [];
      setError({ message: errorMessage(reason), fields });
    } finally {
      setSubmitting(false);
    }
  }

  const invalid = (field: PasswordFieldName) => error?.fields.includes(field) ?? false;
  return (
    <section className="card narrow-card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('portal.me.passwordHeading')}</h2>
      <form className="form form--compact" noValidate onSubmit={(event) => void handleSubmit(event)} aria-busy={submitting}>
        {error && <ErrorAlert id={errorId} message={error.message} />}
        <Field
          id={`${id}-current`}
          type="password"
          label={t('portal.me.currentPassword')}
          autoComplete="current-password"
          invalid={invalid('current')}
          errorId={errorId}
          value={current}
          onValueChange={setCurrent}
        />
        <PasswordField
          id={`${id}-new`}
          label={t('portal.me.newPassword')}
          value={password}
          onValueChange={setPassword}
          serverRules={serverRules}
          invalid={invalid('password')}
          errorId={errorId}
        />
        <Field
          id={`${id}-repeat`}
          type="password"
          label={t('portal.me.newPasswordRepeat')}
          autoComplete="new-password"
          invalid={invalid('repeat')}
          errorId={errorId}
          value={repeat}
          onValueChange={setRepeat}
        />
        <button type="submit" className="button button--primary">
          {t('portal.me.changePassword')}
        </button>
        <p role="status" className="form-status">
          {done}
        </p>
      </form>
    </section>
  );
}

function SessionsSection({ state }: { state: ApiData<{ sessions: PortalSession[] }> }) {
  const { t } = useTranslation();
  const id = useId();
  const [error, setError] = useState<string>();
  const [done, setDone] = useState('');
  const [busy, setBusy] = useState(false);

  async function endOthers() {
    if (busy) return;
    setError(undefined);
    setDone('');
    setBusy(true);
    try {
      await apiPost<undefined>('/api/portal/me/sessions/end-others');
      setDone(t('portal.me.endedOthers'));
      state.reload();
    } catch (reason) {
      setError(errorMessage(reason));
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('portal.me.sessionsHeading')}</h2>
      <p>{t('portal.me.sessionsIntro')}</p>
      <AsyncContent state={state}>
        {({ sessions }) => (
          <TableRegion label={t('portal.me.sessionsCaption')}>
            <table className="table">
              <caption className="visually-hidden">{t('portal.me.sessionsCaption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('portal.me.device')}</th>
                  <th scope="col">{t('portal.me.ip')}</th>
                  <th scope="col">{t('portal.me.signedIn')}</th>
                  <th scope="col">{t('portal.me.lastSeen')}</th>
                </tr>
              </thead>
              <tbody>
                {sessions.map((session) => (
                  <tr key={session.id}>
                    <th scope="row">
                      {deviceName(session.userAgent) ?? t('portal.me.unknownDevice')}
                      {session.current && (
                        <>
                          {' '}
                          <StatusBadge tone="info">{t('portal.me.thisDevice')}</StatusBadge>
                        </>
                      )}
                    </th>
                    <td className="nowrap">{session.ip ?? <span className="muted">{t('common.missing')}</span>}</td>
                    <td className="nowrap">{formatTimestamp(session.createdAt)}</td>
                    <td className="nowrap">{formatTimestamp(session.lastSeenAt)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableRegion>
        )}
      </AsyncContent>
      {error && <ErrorAlert message={error} />}
      <button type="button" className="button button--secondary" aria-disabled={busy ? true : undefined} onClick={() => void endOthers()}>
        {t('portal.me.endOthers')}
      </button>
      <p role="status" className="form-status">
        {done}
      </p>
    </section>
  );
}

function deviceName(userAgent: string | null): string | null {
  if (userAgent === null || userAgent.trim() === '') return null;
  return describeUserAgent(userAgent) ?? userAgent;
}

function CustomerSection({ customer }: { customer: PortalMe['customer'] }) {
  const { t } = useTranslation();
  const missing = t('common.missing');
  return (
    <section className="card" aria-labelledby="me-customer">
      <h2 id="me-customer">{t('portal.me.customerHeading')}</h2>
      <p className="hint">{t('portal.me.customerIntro')}</p>
      <dl className="details">
        <div>
          <dt>{t('portal.me.name')}</dt>
          <dd>{customer.name}</dd>
        </div>
        <div>
          <dt>{t('portal.me.identityNumber')}</dt>
          <dd>{customer.identityNumber}</dd>
        </div>
        <div>
          <dt>{t('portal.me.email')}</dt>
          <dd>{customer.email ?? missing}</dd>
        </div>
        <div>
          <dt>{t('portal.me.mobile')}</dt>
          <dd>{customer.mobile ?? missing}</dd>
        </div>
        <div>
          <dt>{t('portal.me.address')}</dt>
          <dd>
            {customer.address.street}
            <br />
            {customer.address.postalCode} {customer.address.city}
          </dd>
        </div>
      </dl>
    </section>
  );
}
