import { useState, type ReactNode, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { Submit } from '../hooks/useSubmit';
import { CodeField } from './CodeField';
import { Form } from './Form';

interface Props<F extends string> {
  /** The form's state; shared with a "send a new code" so that both report in the same alert. */
  submit: Submit<F>;
  /** Checks the code; a rejection is shown in the alert. */
  onVerify: (code: string) => Promise<void>;
  className?: string;
  /** false when the caller shows the alert (above more than this form). */
  alert?: false;
  codeRef?: Ref<HTMLInputElement>;
  /** The form's buttons; by default one full-width "Verifiera". */
  children?: ReactNode;
}

/**
 * Entering a code sent by e-mail or SMS. Give it a new `key` for a new code: the field starts
 * empty again.
 */
export function VerifyCodeForm<F extends string>({ submit, onVerify, className, alert, codeRef, children }: Props<F>) {
  const { t } = useTranslation();
  // The code field's name in the form's state, whatever else the caller's form has.
  const CODE = 'code' as F;
  const [code, setCode] = useState('');

  function verify() {
    if (code === '') submit.fail(t('verification.missingCode'), [CODE]);
    else return submit.run(() => onVerify(code), () => [CODE]);
  }

  return (
    <Form submit={submit} onSubmit={verify} className={className} alert={alert}>
      <CodeField
        ref={codeRef}
        label={t('verification.code')}
        hint={t('verification.codeHint')}
        required
        {...submit.field(CODE)}
        value={code}
        onValueChange={setCode}
      />
      {children ?? (
        <button type="submit" className="button button--primary button--block">
          {t('verification.verify')}
        </button>
      )}
    </Form>
  );
}
