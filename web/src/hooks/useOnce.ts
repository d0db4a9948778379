import { useEffect, useState } from 'react';
import { errorMessage } from '../api';

// Requests that must be made once per page load (a verification link, an invitation token):
// React StrictMode runs effects twice in development, and a used link cannot be used again.
const pending = new Map<string, Promise<unknown>>();

/** The same promise for the same key during this page load. */
function once<T>(key: string, start: () => Promise<T>): Promise<T> {
  let promise = pending.get(key) as Promise<T> | undefined;
  if (promise === undefined) {
    promise = start();
    pending.set(key, promise);
  }
  return promise;
}

/**
 * The answer to the request `start` makes once per page load for `key` (see `once`), or the
 * message of its failure. No request without a key (e.g. a link without its token).
 */
export function useOnce<T>(key: string | undefined, start: () => Promise<T>): { result?: T; error?: string } {
  const [result, setResult] = useState<T>();
  const [error, setError] = useState<string>();

  useEffect(() => {
    if (key === undefined) return;
    let active = true;
    once(key, start).then(
      (answer) => {
        if (active) setResult(answer);
      },
      (reason: unknown) => {
        if (active) setError(errorMessage(reason));
      },
    );
    return () => {
      active = false;
    };
    // The key names the request: a new `start` function for the same key is the same request.
  }, [key]);

  return { result, error };
}
