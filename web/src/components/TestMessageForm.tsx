import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiPost } from '../api';
import { useSubmit } from '../hooks/useSubmit';
import { Form, FormStatus } from './Form';
import { Section } from './Section';
import type { TestMessageBody, TestMessageQueued } from '@api';

/** Lets an administrator check that e-mail or SMS delivery works by sending one message. */
export function TestMessageForm({ onSent }: { onSent: () => void }) {
  const { t } = useTranslation();
  const id = useId();
  const [channel, setChannel] = useState<'email' | 'sms'>('email');
  const [to, setTo] = useState('');
  const submit = useSubmit();

  function send() {
    if (to.trim() === '') {
      submit.fail(t('backoffice.testMessage.missingRecipient'));
    } else {
      return submit.run(async () => {
        await apiPost<TestMessageQueued, TestMessageBody>('/api/backoffice/messages/test', { channel, to: to.trim() });
        submit.setStatus(t('backoffice.testMessage.queued'));
        setTo('');
        onSent();
      });
    }
  }

  return (
    <Section className="card test-message" title={t('backoffice.testMessage.title')}>
      <Form submit={submit} onSubmit={send}>
        <fieldset className="field radio-group">
          <legend>{t('backoffice.testMessage.channel')}</legend>
          {(['email', 'sms'] as const).map((value) => (
            <label key={value} className="radio">
              <input
                type="radio"
                name="channel"
                value={value}
                checked={channel === value}
                onChange={() => {
                  setChannel(value);
                }}
              />
              {t(`channel.${value}`)}
            </label>
          ))}
        </fieldset>
        <div className="field">
          <label htmlFor={`${id}-to`}>{t('backoffice.testMessage.to')}</label>
          {/* The error replaces the hint as the description, unlike <Field>, which keeps both. */}
          <input
            id={`${id}-to`}
            type={channel === 'email' ? 'email' : 'tel'}
            autoComplete={channel === 'email' ? 'email' : 'tel'}
            aria-invalid={submit.error ? true : undefined}
            aria-describedby={submit.error ? submit.errorId : `${id}-hint`}
            value={to}
            onChange={(event) => {
              setTo(event.target.value);
            }}
          />
          <p className="hint" id={`${id}-hint`}>
            {channel === 'email' ? t('backoffice.testMessage.emailHint') : t('backoffice.testMessage.smsHint')}
          </p>
        </div>
        <button type="submit" className="button button--primary">
          {t('backoffice.testMessage.submit')}
        </button>
        <FormStatus>{submit.status}</FormStatus>
      </Form>
    </Section>
  );
}
