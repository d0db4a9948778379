import { useCallback } from 'react';
import { useSearchParams } from 'react-router';
import { KEEP_FOCUS } from '../components/PageHeading';

/**
 * A list's search and filters, kept in the address so that a search can be reloaded, shared or
 * linked to (e.g. /arenden?lease=…). Each value is '' when it is not set. Changes replace the
 * history entry and keep focus where the user is (in the field or select they just used).
 */
export function useSearchFilters<K extends string>(keys: readonly K[]) {
  const [params, setParams] = useSearchParams();
  const values = {} as Record<K, string>;
  for (const key of keys) values[key] = params.get(key) ?? '';

  const update = useCallback(
    (changes: Partial<Record<K, string>>) => {
      setParams(
        (previous) => {
          const next = new URLSearchParams(previous);
          for (const [key, value] of Object.entries(changes) as [string, string | undefined][]) {
            if (value) next.set(key, value);
            else next.delete(key);
          }
          return next;
        },
        { replace: true, state: KEEP_FOCUS },
      );
    },
    [setParams],
  );

  return { values, update };
}
