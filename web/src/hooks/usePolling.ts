import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, apiGet, asApiError } from '../api';
import { useSession } from '../session';

export interface Polled<T> {
  data: T | undefined;
  error: ApiError | undefined;
  /** Asks again at once (after an error the user chose to retry). */
  retry: () => void;
}

/**
 * Asks a GET endpoint every `intervalMs` until `finished` says the work it follows is over (a job
 * in the background: an invoice run, a bank file's import), and again when the language changes.
 * `onFinished` is called once when the work ends while this page watched it (not when it was over
 * already). A lost connection or a busy server is asked again more slowly; a 4xx is shown and not
 * asked again; a 401 ends the session.
 */
export function usePolling<T>(path: string, finished: (data: T) => boolean, options: { intervalMs?: number; onFinished?: () => void } = {}): Polled<T> {
  const { i18n } = useTranslation();
  const { expire } = useSession();
  const [data, setData] = useState<T>();
  const [error, setError] = useState<ApiError>();
  const [attempt, setAttempt] = useState(0);
  const latest = useRef({ finished, onFinished: options.onFinished });
  latest.current = { finished, onFinished: options.onFinished };
  const interval = options.intervalMs ?? 1000;
  const lang = i18n.resolvedLanguage;

  useEffect(() => {
    const controller = new AbortController();
    let timer: ReturnType<typeof setTimeout> | undefined;
    let wasRunning = false;
    async function poll() {
      try {
        const next = await apiGet<T>(path, controller.signal);
        setData(next);
        setError(undefined);
        if (!latest.current.finished(next)) {
          wasRunning = true;
          timer = setTimeout(() => void poll(), interval);
        } else if (wasRunning) {
          latest.current.onFinished?.();
        }
      } catch (reason) {
        if (controller.signal.aborted) return;
        if (reason instanceof ApiError && reason.status === 401) return expire();
        setError(asApiError(reason));
        if (!(reason instanceof ApiError) || reason.status === 0 || reason.status >= 500) timer = setTimeout(() => void poll(), interval * 3);
      }
    }
    void poll();
    return () => {
      controller.abort();
      clearTimeout(timer);
    };
  }, [path, attempt, expire, interval, lang]);

  return { data, error, retry: () => setAttempt((n) => n + 1) };
}
