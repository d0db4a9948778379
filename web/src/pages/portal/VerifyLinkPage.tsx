import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { apiPost } from '../../api';
import { FlowCard } from '../../components/Flow';
import { ErrorAlert, Loading } from '../../components/Status';
import { useOnce } from '../../hooks/useOnce';
import { useSession } from '../../session';
import { clearStored, PASSWORD_RESET_KEY, REGISTRATION_KEY, writeStored } from '../../storage';
import type { ContactKind, VerificationLinkBody, VerificationLinkResult } from '@api';
import type { StoredReset } from './forgot-password/flow';
import type { StoredRegistration } from './register/flow';

/** Where a tenant's "Mina uppgifter" learns that a contact link was just followed. */
export interface ContactVerifiedState {
  contactVerified: ContactKind;
}

/**
 * The link in a verification e-mail or SMS (/verifiera?token=…). The token is used once, then the
 * tenant continues where the link belongs: the registration's details, the new password of a
 * reset, or their details page after changing an e-mail address or mobile number.
 */
export function VerifyLinkPage() {
  const { t } = useTranslation();
  const [searchParams] = useSearchParams();
  const token = searchParams.get('token') ?? '';
  const { status, user } = useSession();
  const navigate = useNavigate();
  // Once per page load: a used link is spent.
  const { result, error } = useOnce(token === '' ? undefined : `verification-link:${token}`, () =>
    apiPost<VerificationLinkResult, VerificationLinkBody>('/api/verifications/link', { token }),
  );

  // A link that does not work: a flow waiting for it in this tab starts over.
  useEffect(() => {
    if (error === undefined) return;
    clearStored(REGISTRATION_KEY);
    clearStored(PASSWORD_RESET_KEY);
  }, [error]);

  useEffect(() => {
    if (result === undefined) return;
    if (result.purpose === 'registration') {
      writeStored(REGISTRATION_KEY, {
        step: 'details',
        registrationId: result.registrationId,
        channels: [],
        prefill: result.prefill,
      } satisfies StoredRegistration);
      void navigate('/skapa-konto', { replace: true });
    } else if (result.purpose === 'password_reset') {
      writeStored(PASSWORD_RESET_KEY, { step: 'password', resetId: result.resetId } satisfies StoredReset);
      void navigate('/glomt-losenord', { replace: true });
    } else if (status === 'ready' && user?.kind === 'tenant') {
      const state: ContactVerifiedState = { contactVerified: result.kind };
      void navigate('/mina-uppgifter', { replace: true, state });
    }
  }, [result, status, user, navigate]);

  const contactDone = result?.purpose === 'contact_change' && status !== 'loading' && user?.kind !== 'tenant' ? result.kind : undefined;

  return (
    <FlowCard area="portal" title={t('verifyLink.title')}>
      {token === '' || error !== undefined ? (
        <>
          <ErrorAlert message={error ?? t('verifyLink.missingToken')} />
          <p>{t('verifyLink.startOver')}</p>
          <ul className="link-list">
            <li>
              <Link to="/skapa-konto">{t('login.createAccount')}</Link>
            </li>
            <li>
              <Link to="/glomt-losenord">{t('login.forgotPassword')}</Link>
            </li>
            <li>
              <Link to="/login">{t('verifyLink.toLogin')}</Link>
            </li>
          </ul>
        </>
      ) : contactDone !== undefined ? (
        <>
          <p role="status">{t(`verifyLink.contactVerified.${contactDone}`)}</p>
          <p>{t('verifyLink.contactVerifiedText')}</p>
          <p>
            <Link to="/login" className="button button--primary">
              {t('verifyLink.login')}
            </Link>
          </p>
        </>
      ) : (
        <Loading />
      )}
    </FlowCard>
  );
}
