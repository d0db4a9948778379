import { useTranslation } from 'react-i18next';
import { Navigate, useLocation } from 'react-router';
import { SessionPending, safeNext } from '../../components/Guards';
import { LoginForm } from '../../components/LoginForm';
import { PageHeading } from '../../components/PageHeading';
import { PublicLayout } from '../../components/PublicLayout';
import { useLandlord } from '../../landlord';
import { useSession } from '../../session';

export function StaffLoginPage() {
  const { t } = useTranslation();
  const { status, user, loginStaff } = useSession();
  const landlord = useLandlord();
  const location = useLocation();

  if (status !== 'ready') return <SessionPending area="backoffice" />;
  if (user?.kind === 'staff') return <Navigate to={safeNext(location.search, '/admin', '/admin')} replace />;

  return (
    <PublicLayout area="backoffice">
      <div className="login-card">
        <PageHeading>{t('backoffice.loginTitle')}</PageHeading>
        {landlord && <p className="login-card__landlord">{landlord.name}</p>}
        <p className="login-card__intro">{t('login.staffIntro')}</p>
        <LoginForm kind="staff" onLogin={loginStaff} />
      </div>
    </PublicLayout>
  );
}
