import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { apiPost } from '../../api';
import { ChoosePasswordForm } from '../../components/ChoosePasswordForm';
import { FlowCard, FlowDone } from '../../components/Flow';
import { ErrorAlert, Loading } from '../../components/Status';
import { useOnce } from '../../hooks/useOnce';
import type { InvitationAcceptBody, InvitationAccepted, InvitationInspectBody, StaffInvitation } from '@api';

/** /admin/inbjudan?token=…: an invited staff member chooses a password. */
export function InvitationPage() {
  const { t } = useTranslation();
  const [searchParams] = useSearchParams();
  const token = searchParams.get('token') ?? '';
  const { result: invitation, error: loadError } = useOnce(token === '' ? undefined : `staff-invitation:${token}`, () =>
    apiPost<StaffInvitation, InvitationInspectBody>('/api/staff-invitations/inspect', { token }),
  );
  const [acceptedEmail, setAcceptedEmail] = useState<string>();

  const error = token === '' ? t('invitation.missingToken') : loadError;
  return (
    <FlowCard area="backoffice" title={t('invitation.title')}>
      {error !== undefined ? (
        <>
          <ErrorAlert message={error} />
          <p>{t('invitation.askAgain')}</p>
          <p>
            <Link to="/admin/login">{t('invitation.toLogin')}</Link>
          </p>
        </>
      ) : acceptedEmail !== undefined ? (
        <FlowDone focus heading={t('invitation.doneHeading')} text={t('invitation.done')} loginPath="/admin/login" loginLabel={t('invitation.login')} />
      ) : invitation === undefined ? (
        <Loading />
      ) : (
        <>
          <p>{t('invitation.intro', { name: invitation.name, email: invitation.email })}</p>
          <ChoosePasswordForm
            label={t('invitation.password')}
            repeatLabel={t('invitation.passwordRepeat')}
            submitLabel={t('invitation.save')}
            onSave={async (password, passwordRepeat) => {
              const result = await apiPost<InvitationAccepted, InvitationAcceptBody>('/api/staff-invitations/accept', { token, password, passwordRepeat });
              setAcceptedEmail(result.email);
            }}
          >
            {/* For password managers: the e-mail address is the username of the new account. */}
            <input type="email" name="username" autoComplete="username" value={invitation.email} readOnly hidden />
          </ChoosePasswordForm>
        </>
      )}
    </FlowCard>
  );
}
