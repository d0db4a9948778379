import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { Detail } from '../../../components/Detail';
import { PageHeading } from '../../../components/PageHeading';
import { Section } from '../../../components/Section';
import { AsyncContent } from '../../../components/Status';
import { useApiData } from '../../../hooks/useApiData';
import type { PortalMe, PortalSessionList } from '@api';
import type { ContactVerifiedState } from '../VerifyLinkPage';
import { ContactSection } from './ContactSection';
import { CustomerSection } from './CustomerSection';
import { NameSection } from './NameSection';
import { PasswordSection } from './PasswordSection';
import { SessionsSection } from './SessionsSection';

/** "Mina uppgifter": the tenant keeps name, e-mail and mobile current, changes password, sees devices. */
export function MyDetailsPage() {
  const { t } = useTranslation();
  const me = useApiData<PortalMe>('/api/portal/me');
  const sessions = useApiData<PortalSessionList>('/api/portal/me/sessions');
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
              <Section className="card" title={t('portal.me.userHeading')}>
                <dl className="details details--compact">
                  <Detail label={t('portal.me.username')}>{details.username}</Detail>
                </dl>
              </Section>
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
