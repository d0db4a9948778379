import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation } from 'react-router';
import { useSession } from '../session';
import { PageHeading, type Area } from './PageHeading';
import { PublicLayout } from './PublicLayout';
import { ErrorAlert, Loading } from './Status';

/** Shown while /api/session answers, or if it cannot be reached. */
export function SessionPending({ area }: { area: Area }) {
  const { t } = useTranslation();
  const { status, refresh } = useSession();
  return (
    <PublicLayout area={area}>
      <div className="narrow">
        <PageHeading>{area === 'backoffice' ? t('app.backofficeName') : t('app.portalName')}</PageHeading>
        {status === 'error' ? <ErrorAlert message={t('errors.session')} onRetry={() => void refresh()} /> : <Loading />}
      </div>
    </PublicLayout>
  );
}

function loginTarget(loginPath: string, loggedOut: boolean, path: string): string {
  // After an explicit log out there is nothing to come back to.
  return loggedOut ? loginPath : `${loginPath}?next=${encodeURIComponent(path)}`;
}

export function RequireTenant({ children }: { children: ReactNode }) {
  const { status, user, loggedOut } = useSession();
  const location = useLocation();
  if (status !== 'ready') return <SessionPending area="portal" />;
  if (user?.kind !== 'tenant') {
    return <Navigate to={loginTarget('/login', loggedOut, location.pathname + location.search)} replace />;
  }
  return children;
}

export function RequireStaff({ children }: { children: ReactNode }) {
  const { status, user, loggedOut } = useSession();
  const location = useLocation();
  if (status !== 'ready') return <SessionPending area="backoffice" />;
  if (user?.kind !== 'staff') {
    return <Navigate to={loginTarget('/admin/login', loggedOut, location.pathname + location.search)} replace />;
  }
  return children;
}

/** Where to go after login: `?next=` if it is a local path of the right area, else the start page. */
export function safeNext(search: string, fallback: string, prefix = '/'): string {
  const next = new URLSearchParams(search).get('next');
  if (next === null || !next.startsWith(prefix) || next.startsWith('//') || next.startsWith('/\\')) return fallback;
  return next;
}

/**
 * Pages for administrators only (inside <RequireStaff>). Others who type the address get a clear
 * message instead of a page that fails piece by piece; the server refuses the data anyway.
 */
export function RequireAdministrator({ title, children }: { title: string; children: ReactNode }) {
  const { t } = useTranslation();
  const { user } = useSession();
  if (user?.kind !== 'staff' || user.role !== 'administrator') {
    return (
      <>
        <PageHeading>{title}</PageHeading>
        <ErrorAlert message={t('backoffice.adminOnly')} />
      </>
    );
  }
  return children;
}
