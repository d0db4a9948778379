import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { PageHeading } from '../components/PageHeading';
import { PublicLayout } from '../components/PublicLayout';

export function NotFoundPage() {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const backoffice = pathname === '/admin' || pathname.startsWith('/admin/');
  return (
    <PublicLayout area={backoffice ? 'backoffice' : 'portal'}>
      <div className="narrow">
        <PageHeading>{t('notFound.title')}</PageHeading>
        <p>{t('notFound.text')}</p>
        <p>
          <Link to={backoffice ? '/admin' : '/'} className="button button--primary">
            {backoffice ? t('notFound.toBackoffice') : t('notFound.toPortal')}
          </Link>
        </p>
      </div>
    </PublicLayout>
  );
}
