import { useRef } from 'react';
import { apiPost } from '../api';
import { useSubmit } from './useSubmit';

/**
 * The buttons in the rows of a table (deactivate, send again): one request each, reported in the
 * alert and the status line above the table. Afterwards focus goes to the heading: the row's
 * buttons change or disappear, and keyboard users should stay in this part of the page.
 */
export function useRowActions(onChanged: () => void) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  const action = useSubmit();

  async function act(path: string, doneMessage: string) {
    await action.run(async () => {
      await apiPost<undefined>(path);
      action.setStatus(doneMessage);
      onChanged();
    });
    headingRef.current?.focus();
  }

  return { headingRef, action, act };
}
