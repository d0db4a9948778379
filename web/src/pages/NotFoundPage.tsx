import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { PageHeading } from '../components/PageHeading';
import { PublicLayout } from '../components/PublicLayout';

export function NotFoundPage() {
  const { pathname } = useLocation();
  const backoffice = pathname === '/admin' || pathname.startsWith('/admin/');
  return (
    <PublicLayout area={backoffice ? 'backoffice' : 'portal'}>
      <div className="narrow">
        <NotFoundContent backoffice={backoffice} />
      </div>
    </PublicLayout>
  );
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
