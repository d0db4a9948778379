import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { apiPost } from '../../../api';
import { ContactDetails } from '../../../components/ContactDetails';
import { Field } from '../../../components/Field';
import { FlowFooter } from '../../../components/Flow';
import { ErrorSummary, Form } from '../../../components/Form';
import { NewPasswordFields } from '../../../components/NewPasswordFields';
import { useNewPassword, type NewPasswordField } from '../../../hooks/useNewPassword';
import { useSubmit } from '../../../hooks/useSubmit';
import type { RegistrationBody, RegistrationStarted } from '@api';

type StartField = 'identityNumber' | 'username' | NewPasswordField;

const FIELD_OF_ERROR: Record<string, StartField[]> = {
  INVALID_IDENTITY_NUMBER: ['identityNumber'],
  NO_LEASE: ['identityNumber'],
  INVALID_USERNAME: ['username'],
  USERNAME_TAKEN: ['username'],
};

/** Step 1: organisationsnummer, username and password. */
export function StartStep({ focusFirst, onStarted }: { focusFirst: boolean; onStarted: (result: RegistrationStarted) => void }) {
  const { t } = useTranslation();
  const firstRef = useRef<HTMLInputElement>(null);
  const [identityNumber, setIdentityNumber] = useState('');
  const [username, setUsername] = useState('');
  const newPassword = useNewPassword();
  const submit = useSubmit<StartField>();

  // Back at the start after "Börja om": the first field, not the page top.
  useEffect(() => {
    if (focusFirst) firstRef.current?.focus();
  }, [focusFirst]);

  function start() {
    const { password, repeat: passwordRepeat } = newPassword;
    const values = { identityNumber: identityNumber.trim(), username: username.trim(), password, passwordRepeat };
    const missing = (Object.keys(values) as StartField[]).filter((field) => values[field] === '');
    if (missing.length > 0) {
      submit.fail(t('register.missingFields'), missing);
    } else if (newPassword.mismatch) {
      submit.fail(t('password.mismatch'), ['passwordRepeat']);
    } else {
      return submit.run(
        async () => {
          onStarted(await apiPost<RegistrationStarted, RegistrationBody>('/api/registrations', values));
        },
        (error) => [...(FIELD_OF_ERROR[error.code] ?? []), ...newPassword.failed(error)],
      );
    }
  }

  // With no e-mail or mobile on record there is nowhere to send a code: how to reach the landlord.
  const alert = <ErrorSummary submit={submit}>{submit.error?.code === 'NO_CHANNEL' && <ContactDetails />}</ErrorSummary>;
  return (
    <>
      <p>{t('register.intro')}</p>
      <Form submit={submit} onSubmit={start} alert={alert}>
        <Field
          ref={firstRef}
          label={t('register.identityNumber')}
          hint={t('register.identityNumberHint')}
          required
          autoComplete="off"
          spellCheck={false}
          {...submit.field('identityNumber')}
          value={identityNumber}
          onValueChange={setIdentityNumber}
        />
        <Field
          label={t('register.username')}
          hint={t('register.usernameHint')}
          required
          autoComplete="username"
          autoCapitalize="none"
          spellCheck={false}
          {...submit.field('username')}
          value={username}
          onValueChange={setUsername}
        />
        <NewPasswordFields newPassword={newPassword} label={t('register.password')} repeatLabel={t('register.passwordRepeat')} field={submit.field} />
        <button type="submit" className="button button--primary button--block">
          {t('register.next')}
        </button>
      </Form>
      <FlowFooter>
        <Link to="/login">{t('register.backToLogin')}</Link>
      </FlowFooter>
    </>
  );
}
