import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiPost } from '../api';
import { useSubmit } from '../hooks/useSubmit';
import { Field } from './Field';
import { Form, FormStatus } from './Form';
import { Section } from './Section';
import type { TestMessageBody, TestMessageQueued } from '@api';

/** Lets an administrator check that e-mail or SMS delivery works by sending one message. */
export function TestMessageForm({ onSent }: { onSent: () => void }) {
  const { t } = useTranslation();
  const [channel, setChannel] = useState<'email' | 'sms'>('email');
  const [to, setTo] = useState('');
  const submit = useSubmit<'to'>();

  function send() {
    if (to.trim() === '') {
      submit.fail(t('backoffice.testMessage.missingRecipient'), ['to']);
    } else {
      return submit.run(async () => {
        await apiPost<TestMessageQueued, TestMessageBody>('/api/backoffice/messages/test', { channel, to: to.trim() });
        submit.setStatus(t('backoffice.testMessage.queued'));
        setTo('');
        onSent();
      }, () => ['to']);
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
        <Field
          type={channel === 'email' ? 'email' : 'tel'}
          label={t('backoffice.testMessage.to')}
          autoComplete={channel === 'email' ? 'email' : 'tel'}
          hint={channel === 'email' ? t('backoffice.testMessage.emailHint') : t('backoffice.testMessage.smsHint')}
          {...submit.field('to')}
          value={to}
          onValueChange={setTo}
        />
        <button type="submit" className="button button--primary">
          {t('backoffice.testMessage.submit')}
        </button>
        <FormStatus>{submit.status}</FormStatus>
      </Form>
    </Section>
  );
}
