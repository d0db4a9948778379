import { createContext, useContext, useEffect, useId, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Submit } from '../hooks/useSubmit';
import { ErrorAlert } from './Status';

const FormErrorId = createContext<string | undefined>(undefined);

/** The id of the alert of the form a field is in: an invalid field points to it. */
export function useFormErrorId(): string | undefined {
  return useContext(FormErrorId);
}

/**
 * The aria-describedby of a field: its own error message while it has one (else the form's error
 * summary while the field is invalid), then the field's own hint and any other description. Every
 * kind of field builds it the same way.
 */
export function useDescribedBy(options: { invalid?: boolean; errorId?: string; messageId?: string; ids: (string | undefined)[] }): string | undefined {
  const formErrorId = useFormErrorId();
  const first = options.messageId ?? (options.invalid ? (options.errorId ?? formErrorId) : undefined);
  const ids = [first, ...options.ids].filter(Boolean).join(' ');
  return ids || undefined;
}

/**
 * The message under an invalid field, in red with an icon and "Fel:" for screen readers (not the
 * red border alone). The field's aria-describedby names `id`.
 */
export function FieldError({ id, message }: { id: string; message: string | undefined }) {
  const { t } = useTranslation();
  if (!message) return null;
  return (
    <p className="field-error" id={id}>
      <span className="visually-hidden">{t('form.errorPrefix')} </span>
      {message}
    </p>
  );
}

/** The parts of a form's state (see useSubmit) that its markup needs, whatever its fields. */
type FormState = Pick<Submit, 'errorId' | 'failures' | 'submitting' | 'error' | 'onSubmit'>;

/**
 * The error summary of a form (after GOV.UK's): "Det finns ett problem", the error's sentence, and
 * a link to each invalid field with its message. It is an alert, and takes focus at each failed
 * submit, so that the user sees and hears what is wrong wherever the form was scrolled.
 * `children` add help under the message (e.g. contact details).
 */
export function ErrorSummary({ submit, children }: { submit: Pick<Submit, 'errorId' | 'error' | 'failures'>; children?: ReactNode }) {
  const { t } = useTranslation();
  const headingId = useId();
  const ref = useRef<HTMLDivElement>(null);
  const { error, failures } = submit;
  useEffect(() => {
    if (failures > 0) ref.current?.focus();
  }, [failures]);
  if (error === undefined) return null;
  // The sentence is left out where a field's message says the same.
  const sentence = error.message !== '' && !error.fields.some((field) => field.message === error.message) ? error.message : undefined;
  return (
    <div className="alert error-summary" role="alert" id={submit.errorId} ref={ref} tabIndex={-1} aria-labelledby={headingId}>
      <h2 className="error-summary__title" id={headingId}>
        {t('form.problem')}
      </h2>
      {sentence && <p>{sentence}</p>}
      {error.fields.length > 0 && (
        <ul className="error-summary__list">
          {error.fields.map((field) => {
            const target = field.id;
            return (
              <li key={field.name}>
                <a
                  href={`#${target}`}
                  onClick={(event) => {
                    const element = document.getElementById(target);
                    if (!element) return;
                    event.preventDefault();
                    element.focus();
                    element.scrollIntoView({ block: 'center' });
                  }}
                >
                  {field.message}
                </a>
              </li>
            );
          })}
        </ul>
      )}
      {children}
    </div>
  );
}

/**
 * The alert of an action that is not a form (a button in a list row): its error, read out at once.
 * Forms show an ErrorSummary instead.
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
 * A form that reports every problem, the browser's checks', its own and the server's, in our words:
 * an error summary above the fields that takes focus, and a message under each invalid field
 * (native validation bubbles are off). It is aria-busy while it sends.
 */
export function Form({ submit, onSubmit, className = 'form', alert, children }: FormProps) {
  return (
    <form className={className} noValidate onSubmit={submit.onSubmit(onSubmit)} aria-busy={submit.submitting}>
      <FormErrorId value={submit.errorId}>
        {alert ?? <ErrorSummary submit={submit} />}
        {children}
      </FormErrorId>
    </form>
  );
}
