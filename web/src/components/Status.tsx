import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../api';
import type { ApiData } from '../hooks/useApiData';

/** Only network and server failures may go away by trying again; a 403 or 404 will not. */
function isTransient(error: ApiError): boolean {
  return error.status === 0 || error.status >= 500;
}

/** Shows an API error message (already translated by the server) to assistive technology at once. */
export function ErrorAlert({
  id,
  message,
  onRetry,
  children,
}: {
  id?: string;
  message: string;
  onRetry?: () => void;
  /** More help under the message, e.g. contact details or a link to start over. */
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <div className="alert" role="alert" id={id}>
      <p>{message}</p>
      {children}
      {onRetry && (
        <button type="button" className="button button--secondary" onClick={onRetry}>
          {t('common.retry')}
        </button>
      )}
    </div>
  );
}

export function Loading() {
  const { t } = useTranslation();
  return (
    <p className="loading" role="status">
      {t('common.loading')}
    </p>
  );
}

/**
 * Wraps the data part of a page: a polite loading status, the error alert, or the content.
 * aria-busy tells assistive technology the region is being updated.
 */
export function AsyncContent<T>({ state, children }: { state: ApiData<T>; children: (data: T) => ReactNode }) {
  const { data, error, loading, reload } = state;
  return (
    <div className="async-content" aria-busy={loading}>
      {error && !loading && <ErrorAlert message={error.message} onRetry={isTransient(error) ? reload : undefined} />}
      {data === undefined ? loading && <Loading /> : !error && children(data)}
    </div>
  );
}

export function EmptyState({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <div className="empty-state">
      <p className="empty-state__title">{title}</p>
      {children && <div className="empty-state__body">{children}</div>}
    </div>
  );
}

/**
 * How many rows a list shows, said by a polite live region once the list has arrived (empty while it
 * loads, so a screen reader hears the count once, not the old one first).
 */
export function ResultCount({ count, loading, children }: { count: number | undefined; loading: boolean; children: (count: number) => string }) {
  return (
    <p className="result-count" role="status">
      {count !== undefined && !loading ? children(count) : ''}
    </p>
  );
}
