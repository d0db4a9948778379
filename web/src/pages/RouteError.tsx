import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { isRouteErrorResponse, useLocation, useRouteError } from 'react-router';
import { PageHeading } from '../components/PageHeading';
import { isBackofficePath, MessagePage, NotFoundContent } from './NotFoundPage';

/**
 * What a page says when it could not be shown: most often its file did not download (a phone that lost
 * its network, or a new version of the app whose files replaced the ones this page load knew), else an
 * error while drawing it. In the user's language from the start's own texts (the back office's may be
 * the file that failed), with the one thing that helps: loading the page again. Inside a shell
 * (`inShell`) the menu stays; at the top it has the public frame.
 */
export function RouteError({ inShell = false }: { inShell?: boolean }) {
  const error = useRouteError();
  const { pathname } = useLocation();
  useEffect(() => {
    console.error(error);
  }, [error]);

  const content = (backoffice: boolean) => (isRouteErrorResponse(error) && error.status === 404 ? <NotFoundContent backoffice={backoffice} /> : <CouldNotShow />);
  return inShell ? content(isBackofficePath(pathname)) : <MessagePage>{content}</MessagePage>;
}

function CouldNotShow() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeading>{t('pageError.title')}</PageHeading>
      <p>{t('pageError.text')}</p>
      <p>
        <button type="button" className="button button--primary" onClick={() => window.location.reload()}>
          {t('pageError.reload')}
        </button>
      </p>
    </>
  );
}
