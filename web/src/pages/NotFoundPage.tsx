import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { PageHeading } from '../components/PageHeading';
import { PublicLayout } from '../components/PublicLayout';

/** Whether an address is the back office's (/admin and below). */
export const isBackofficePath = (pathname: string): boolean => pathname === '/admin' || pathname.startsWith('/admin/');

/** A page with a message of its own outside the shells, framed as the portal's or the back office's by its address. */
export function MessagePage({ children }: { children: (backoffice: boolean) => ReactNode }) {
  const backoffice = isBackofficePath(useLocation().pathname);
  return (
    <PublicLayout area={backoffice ? 'backoffice' : 'portal'}>
      <div className="narrow">{children(backoffice)}</div>
    </PublicLayout>
  );
}

export function NotFoundPage() {
  return <MessagePage>{(backoffice) => <NotFoundContent backoffice={backoffice} />}</MessagePage>;
}

/**
 * What the not-found page says, also inside a shell: a page whose address names something that is
 * not there (or not the user's, e.g. another customer's invoice) says the same.
 */
export function NotFoundContent({ backoffice = false }: { backoffice?: boolean }) {
  const { t } = useTranslation();
  return (
    <>
      <PageHeading>{t('notFound.title')}</PageHeading>
      <p>{t('notFound.text')}</p>
      <p>
        <Link to={backoffice ? '/admin' : '/'} className="button button--primary">
          {backoffice ? t('notFound.toBackoffice') : t('notFound.toPortal')}
        </Link>
      </p>
    </>
  );
}
