// Requests that must be made once per page load (a verification link, an invitation token):
// React StrictMode runs effects twice in development, and a used link cannot be used again.
const pending = new Map<string, Promise<unknown>>();

/** The same promise for the same key during this page load. */
export function once<T>(key: string, start: () => Promise<T>): Promise<T> {
  let promise = pending.get(key) as Promise<T> | undefined;
  if (promise === undefined) {
    promise = start();
    pending.set(key, promise);
  }
  return promise;
}
