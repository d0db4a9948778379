import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { passwordRuleResults, type PasswordRule } from '@domain/password-policy';
import { FieldError, useDescribedBy } from './Form';

/** Rules only the server checks; they come back in the details of a PASSWORD_WEAK error. */
type ServerOnlyRule = 'common' | 'containsUsername';

function isServerOnlyRule(rule: string): rule is ServerOnlyRule {
  return rule === 'common' || rule === 'containsUsername';
}

/** Quiet time after the last keystroke before the summary is updated (and so announced). */
const ANNOUNCE_DELAY_MS = 800;

interface Props {
  /** By default an id of its own. */
  id?: string;
  label: string;
  value: string;
  onValueChange: (value: string) => void;
  /** Failing rule ids from the server's PASSWORD_WEAK answer. */
  serverRules?: string[];
  /** The form cannot be sent without it (the browser's check, in the form's words). */
  required?: boolean;
  invalid?: boolean;
  /** The message under the invalid field (see useSubmit's `field`). */
  error?: string;
  errorId?: string;
}

/**
 * A new-password field with the password rules listed under it, each marked met or not met as
 * the user types (icon and words, not colour alone). The list describes the field; a polite live
 * region says how many rules are met once the user pauses, not on every keystroke.
 */
export function PasswordField({ id, label, value, onValueChange, serverRules = [], required, invalid, error, errorId }: Props) {
  const { t } = useTranslation();
  const ownId = useId();
  const inputId = id ?? ownId;
  const rulesId = `${inputId}-rules`;

  const items: { rule: PasswordRule | ServerOnlyRule; met: boolean }[] = [
    ...passwordRuleResults(value),
    ...serverRules.filter(isServerOnlyRule).map((rule) => ({ rule, met: false })),
  ];
  const metCount = items.filter((item) => item.met).length;
  const summary = t('passwordRules.summary', { met: metCount, total: items.length });

  const [announcement, setAnnouncement] = useState('');
  useEffect(() => {
    if (value === '') {
      setAnnouncement('');
      return;
    }
    const timer = window.setTimeout(() => {
      setAnnouncement(summary);
    }, ANNOUNCE_DELAY_MS);
    return () => {
      window.clearTimeout(timer);
    };
  }, [value, summary]);

  const messageId = invalid && error ? `${inputId}-message` : undefined;
  const describedBy = useDescribedBy({ invalid, errorId, messageId, ids: [rulesId] });
  return (
    <div className="field">
      <label htmlFor={inputId}>{label}</label>
      <input
        id={inputId}
        type="password"
        autoComplete="new-password"
        required={required}
        value={value}
        aria-invalid={invalid ? true : undefined}
        aria-describedby={describedBy}
        onChange={(event) => {
          onValueChange(event.target.value);
        }}
      />
      {messageId && <FieldError id={messageId} message={error} />}
      <div className="password-rules" id={rulesId}>
        <p className="password-rules__title">{t('passwordRules.title')}</p>
        <ul className="password-rules__list">
          {items.map(({ rule, met }) => (
            <li key={rule} className={met ? 'password-rule password-rule--met' : 'password-rule'}>
              <span className="password-rule__icon" aria-hidden="true">
                {met ? '✓' : '✗'}
              </span>
              <span>
                {t(`passwordRules.${rule}`)}
                <span className="visually-hidden">, {met ? t('passwordRules.met') : t('passwordRules.notMet')}</span>
              </span>
            </li>
          ))}
        </ul>
      </div>
      {/* Visible, and polite: it changes only when the user pauses, not on every keystroke. */}
      <p className="password-rules__summary" aria-live="polite">
        {announcement}
      </p>
    </div>
  );
}
