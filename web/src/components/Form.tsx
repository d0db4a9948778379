import { createContext, useContext, type ReactNode } from 'react';
import type { Submit } from '../hooks/useSubmit';
import { ErrorAlert } from './Status';

const FormErrorId = createContext<string | undefined>(undefined);

/** The id of the alert of the form a field is in: an invalid field points to it. */
export function useFormErrorId(): string | undefined {
  return useContext(FormErrorId);
}

/**
 * The aria-describedby of a field: the form's alert while the field is invalid, then the field's own
 * hint and any other description. Every kind of field builds it the same way.
 */
export function useDescribedBy(options: { invalid?: boolean; errorId?: string; ids: (string | undefined)[] }): string | undefined {
  const formErrorId = useFormErrorId();
  const ids = [options.invalid ? (options.errorId ?? formErrorId) : undefined, ...options.ids].filter(Boolean).join(' ');
  return ids || undefined;
}

/** The parts of a form's state (see useSubmit) that its markup needs, whatever its fields. */
type FormState = Pick<Submit, 'errorId' | 'submitting' | 'error' | 'onSubmit'>;

/**
 * The alert of a form: its error, read out at once. Fields marked invalid point to it.
 * `children` add help under the message (e.g. contact details).
 */
export function FormAlert({ submit, children }: { submit: Pick<Submit, 'errorId' | 'error'>; children?: ReactNode }) {
  if (submit.error === undefined) return null;
  return (
    <ErrorAlert id={submit.errorId} message={submit.error.message}>
      {children}
    </ErrorAlert>
  );
}

/** The polite status line of a form or an action, e.g. "Namnet är sparat." */
export function FormStatus({ children }: { children: ReactNode }) {
  return (
    <p role="status" className="form-status">
      {children}
    </p>
  );
}

interface FormProps {
  submit: FormState;
  /** Runs on submit, unless a request is already under way. */
  onSubmit: () => unknown;
  className?: string;
  /** The alert at the top of the form; false when the caller shows it elsewhere. */
  alert?: ReactNode;
  children: ReactNode;
}

/**
 * A form that reports every problem, its own checks' and the server's, in one alert above the
 * fields (native validation is off) and is aria-busy while it sends. Invalid fields in it point
 * to the alert.
 */
export function Form({ submit, onSubmit, className = 'form', alert, children }: FormProps) {
  return (
    <form className={className} noValidate onSubmit={submit.onSubmit(onSubmit)} aria-busy={submit.submitting}>
      <FormErrorId value={submit.errorId}>
        {alert ?? <FormAlert submit={submit} />}
        {children}
      </FormErrorId>
    </form>
  );
}
