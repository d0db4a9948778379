import { useId, useState, type SubmitEvent } from 'react';
import { asApiError, type ApiError } from '../api';
import { constraintMessage } from '../components/constraintMessage';

/** One invalid field of a form and what its message under the field (and in the summary) says. */
export interface FieldProblem<F extends string = string> {
  name: F;
  message: string;
  /** The id of the field's element, which the error summary links to. */
  id: string;
}

/** What a form's error summary says, and which of the form's fields it is about. */
export interface FormError<F extends string = string> {
  /** The summary's sentence; '' when the field messages say it all (the browser's own checks). */
  message: string;
  /** The API's error code; undefined for the form's own checks (a missing field). */
  code?: string;
  fields: readonly FieldProblem<F>[];
}

/**
 * Which fields a problem is about: a list (each field shows the problem's message) or a message per
 * field, e.g. `{ title: 'Fyll i rubrik.' }`.
 */
export type FieldsSpec<F extends string> = readonly F[] | Partial<Record<F, string>>;

/**
 * Names the fields an API error is about, e.g. INVALID_EMAIL → ['email']. Called once for every
 * failed request, so it may also keep what else the answer says (a weak password's rules). The
 * server's `details.field`, where it names one of the form's fields, is added by itself.
 */
export type FieldsOf<F extends string> = (error: ApiError) => FieldsSpec<F>;

/** The props a field component takes from its form's state: its id, whether it is invalid and why. */
export interface FieldState {
  id: string;
  invalid: boolean;
  error: string | undefined;
}

export interface Submit<F extends string = string> {
  /** The id of the form's error summary: invalid fields without a message of their own point to it. */
  errorId: string;
  /** Counts failed submits: the error summary takes focus at each. */
  failures: number;
  /** A request is under way: the form is aria-busy and further submits are ignored. */
  submitting: boolean;
  error: FormError<F> | undefined;
  /** The polite status line of the form (e.g. "Saved."); cleared by `fail` and `run`. */
  status: string;
  setStatus: (text: string) => void;
  /** Shows a problem found before sending (e.g. a missing field), marking `fields` invalid. */
  fail: (message: string, fields?: FieldsSpec<F>) => void;
  /** Shows why a request failed: the server's message, marking the fields `fieldsOf` names. */
  failWith: (reason: unknown, fieldsOf?: FieldsOf<F>) => void;
  clearError: () => void;
  /** Whether the error shown is about `field`. */
  invalid: (field: F) => boolean;
  /** The id of the element of `field`: the error summary links to it. */
  fieldId: (field: F) => string;
  /** The props of the field `field`: `<Field {...submit.field('email')} … />`. */
  field: (field: F) => FieldState;
  /**
   * Sends: clears the error and the status, marks the form busy and runs `task`; a failure is
   * shown with `failWith`. Resolves to the task's result, or undefined when it failed.
   */
  run: <T>(task: () => Promise<T>, fieldsOf?: FieldsOf<F>) => Promise<T | undefined>;
  /**
   * A form's submit handler: no page load, nothing while a request is under way, the browser's own
   * checks of the form's fields (required, type=email, maxlength …) in our words, then `handler`.
   */
  onSubmit: (handler: () => unknown) => (event: SubmitEvent<HTMLFormElement>) => void;
}

function problemsOf<F extends string>(message: string, fields: FieldsSpec<F> | undefined, idOf: (field: F) => string): FieldProblem<F>[] {
  if (fields === undefined) return [];
  if (isList(fields)) return fields.map((name) => ({ name, message, id: idOf(name) }));
  return (Object.entries(fields) as [F, string | undefined][])
    .filter((entry): entry is [F, string] => typeof entry[1] === 'string')
    .map(([name, text]) => ({ name, message: text, id: idOf(name) }));
}

function isList<F extends string>(fields: FieldsSpec<F>): fields is readonly F[] {
  return Array.isArray(fields);
}

/**
 * The state every form keeps: whether it is sending, the error its summary shows (and a message
 * for each field that error is about) and its status line.
 */
export function useSubmit<F extends string = string>(initialError?: string): Submit<F> {
  const baseId = useId();
  const errorId = `${baseId}-error`;
  const [submitting, setSubmitting] = useState(false);
  const [failures, setFailures] = useState(0);
  const [error, setError] = useState<FormError<F> | undefined>(
    initialError === undefined ? undefined : { message: initialError, fields: [] },
  );
  const [status, setStatus] = useState('');
  const fieldId = (field: F) => `${baseId}-field-${field}`;

  function show(next: FormError<F>) {
    setStatus('');
    setError(next);
    setFailures((count) => count + 1);
  }

  function fail(message: string, fields?: FieldsSpec<F>) {
    show({ message, fields: problemsOf(message, fields, fieldId) });
  }

  function failWith(reason: unknown, fieldsOf?: FieldsOf<F>) {
    const apiError = asApiError(reason);
    const problems = problemsOf(apiError.message, fieldsOf?.(apiError), fieldId);
    // The server names the field it refused (VALIDATION, INVALID_CHARACTER …): mark it, if it is one of ours.
    const serverField = apiError.details?.field;
    if (typeof serverField === 'string' && serverField !== '' && !problems.some((p) => p.name === serverField) && document.getElementById(fieldId(serverField as F))) {
      problems.push({ name: serverField as F, message: apiError.message, id: fieldId(serverField as F) });
    }
    show({ message: apiError.message, code: apiError.code, fields: problems });
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

  const invalid = (field: F) => error?.fields.some((problem) => problem.name === field) ?? false;

  return {
    errorId,
    failures,
    submitting,
    error,
    status,
    setStatus,
    fail,
    failWith,
    clearError: () => {
      setError(undefined);
    },
    invalid,
    fieldId,
    field: (field) => ({ id: fieldId(field), invalid: invalid(field), error: error?.fields.find((problem) => problem.name === field)?.message }),
    run,
    onSubmit: (handler) => (event) => {
      event.preventDefault();
      if (submitting) return;
      // The browser's own checks, of the fields this form's state names (their ids begin with ours).
      const prefix = `${baseId}-field-`;
      const problems: FieldProblem<F>[] = [];
      for (const element of event.currentTarget.elements) {
        if (!(element instanceof HTMLInputElement || element instanceof HTMLTextAreaElement || element instanceof HTMLSelectElement)) continue;
        if (!element.id.startsWith(prefix) || element.validity.valid) continue;
        const message = constraintMessage(element);
        if (message) problems.push({ name: element.id.slice(prefix.length) as F, message, id: element.id });
      }
      if (problems.length > 0) {
        show({ message: '', fields: problems });
        return;
      }
      void handler();
    },
  };
}
