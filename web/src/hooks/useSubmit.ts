import { useId, useState, type SubmitEvent } from 'react';
import { asApiError, type ApiError } from '../api';

/** What a form's alert says, and which of the form's fields it is about. */
export interface FormError<F extends string = string> {
  message: string;
  /** The API's error code; undefined for the form's own checks (a missing field). */
  code?: string;
  fields: readonly F[];
}

/**
 * Names the fields an API error is about, e.g. INVALID_EMAIL → ['email']. Called once for every
 * failed request, so it may also keep what else the answer says (a weak password's rules).
 */
export type FieldsOf<F extends string> = (error: ApiError) => readonly F[];

export interface Submit<F extends string = string> {
  /** The id of the form's alert: invalid fields point to it (aria-describedby). */
  errorId: string;
  /** A request is under way: the form is aria-busy and further submits are ignored. */
  submitting: boolean;
  error: FormError<F> | undefined;
  /** The polite status line of the form (e.g. "Saved."); cleared by `fail` and `run`. */
  status: string;
  setStatus: (text: string) => void;
  /** Shows a problem found before sending (e.g. a missing field), marking `fields` invalid. */
  fail: (message: string, fields?: readonly F[]) => void;
  /** Shows why a request failed: the server's message, marking the fields `fieldsOf` names. */
  failWith: (reason: unknown, fieldsOf?: FieldsOf<F>) => void;
  clearError: () => void;
  /** Whether the error shown is about `field`. */
  invalid: (field: F) => boolean;
  /**
   * Sends: clears the error and the status, marks the form busy and runs `task`; a failure is
   * shown with `failWith`. Resolves to the task's result, or undefined when it failed.
   */
  run: <T>(task: () => Promise<T>, fieldsOf?: FieldsOf<F>) => Promise<T | undefined>;
  /** A form's submit handler: no page load, nothing while a request is under way, then `handler`. */
  onSubmit: (handler: () => unknown) => (event: SubmitEvent<HTMLFormElement>) => void;
}

/**
 * The state every form that talks to the API keeps: whether it is sending, the error its alert
 * shows (and the fields that error is about) and its status line.
 */
export function useSubmit<F extends string = string>(initialError?: string): Submit<F> {
  const errorId = `${useId()}-error`;
  const [submitting, setSubmitting] = useState(false);
  const [error, setError] = useState<FormError<F> | undefined>(
    initialError === undefined ? undefined : { message: initialError, fields: [] },
  );
  const [status, setStatus] = useState('');

  function fail(message: string, fields: readonly F[] = []) {
    setStatus('');
    setError({ message, fields });
  }

  function failWith(reason: unknown, fieldsOf?: FieldsOf<F>) {
    const apiError = asApiError(reason);
    setError({ message: apiError.message, code: apiError.code, fields: fieldsOf?.(apiError) ?? [] });
  }

  async function run<T>(task: () => Promise<T>, fieldsOf?: FieldsOf<F>): Promise<T | undefined> {
    setError(undefined);
    setStatus('');
    setSubmitting(true);
    try {
      return await task();
    } catch (reason) {
      failWith(reason, fieldsOf);
      return undefined;
    } finally {
      setSubmitting(false);
    }
  }

  return {
    errorId,
    submitting,
    error,
    status,
    setStatus,
    fail,
    failWith,
    clearError: () => {
      setError(undefined);
    },
    invalid: (field) => error?.fields.includes(field) ?? false,
    run,
    onSubmit: (handler) => (event) => {
      event.preventDefault();
      if (submitting) return;
      void handler();
    },
  };
}
