import { useTranslation } from 'react-i18next';
import { Link, Navigate, useLocation } from 'react-router';
import { SessionPending, safeNext } from '../../components/Guards';
import { LoginForm } from '../../components/LoginForm';
import { PageHeading } from '../../components/PageHeading';
import { PublicLayout } from '../../components/PublicLayout';
import { useLandlord } from '../../landlord';
import { isBackofficePath } from '../NotFoundPage';
import { useSession } from '../../session';

/** A tenant's `next` may be any portal path, but not the back office, which would bounce them. */
function tenantNext(search: string): string {
  const next = safeNext(search, '/');
  return isBackofficePath(next) ? '/' : next;
}

export function LoginPage() {
  const { t } = useTranslation();
  const { status, user, loginTenant } = useSession();
  const landlord = useLandlord();
  const location = useLocation();

  if (status !== 'ready') return <SessionPending area="portal" />;
  // Logged in (now or earlier): go where the user was heading.
  if (user?.kind === 'tenant') return <Navigate to={tenantNext(location.search)} replace />;

  return (
    <PublicLayout area="portal">
      <div className="login-card">
        <PageHeading>{t('app.portalName')}</PageHeading>
        {landlord && <p className="login-card__landlord">{landlord.name}</p>}
        <p className="login-card__intro">{t('login.tenantIntro')}</p>
        <LoginForm kind="tenant" onLogin={loginTenant} />
        <ul className="link-list login-card__links">
          <li>
            <Link to="/glomt-losenord">{t('login.forgotPassword')}</Link>
          </li>
          <li>
            {t('login.noAccount')} <Link to="/skapa-konto">{t('login.createAccount')}</Link>
          </li>
        </ul>
      </div>
    </PublicLayout>
  );
}
