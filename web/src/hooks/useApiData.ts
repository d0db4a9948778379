import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, apiGet } from '../api';
import { useSession } from '../session';

export interface ApiData<T> {
  data: T | undefined;
  error: ApiError | undefined;
  loading: boolean;
  reload: () => void;
}

/**
 * Loads a GET endpoint and reloads it when the path or the language changes (the server
 * translates texts and errors). Earlier data is kept while reloading so the page does not jump.
 * A 401 means the session is gone: the session is cleared and the route guard sends the user
 * to the login page. A null path asks for nothing (yet), e.g. before the user has chosen a lease.
 */
export function useApiData<T>(path: string | null): ApiData<T> {
  const { i18n } = useTranslation();
  const { expire } = useSession();
  const [data, setData] = useState<T>();
  const [error, setError] = useState<ApiError>();
  const [loading, setLoading] = useState(path !== null);
  const [attempt, setAttempt] = useState(0);
  const lang = i18n.resolvedLanguage;

  useEffect(() => {
    if (path === null) {
      setData(undefined);
      setError(undefined);
      setLoading(false);
      return;
    }
    const controller = new AbortController();
    setLoading(true);
    apiGet<T>(path, controller.signal).then(
      (result) => {
        setData(result);
        setError(undefined);
        setLoading(false);
      },
      (reason: unknown) => {
        if (controller.signal.aborted) return;
        if (reason instanceof ApiError && reason.status === 401) {
          expire();
          return;
        }
        setError(reason instanceof ApiError ? reason : new ApiError(0, 'unexpected', i18n.t('errors.unexpected')));
        setLoading(false);
      },
    );
    return () => {
      controller.abort();
    };
  }, [path, lang, attempt, expire, i18n]);

  const reload = useCallback(() => {
    setAttempt((n) => n + 1);
  }, []);
  return { data, error, loading, reload };
}
