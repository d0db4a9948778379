import { useId, useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, apiPost } from '../api';

/** Lets an administrator check that e-mail or SMS delivery works by sending one message. */
export function TestMessageForm({ onSent }: { onSent: () => void }) {
  const { t } = useTranslation();
  const id = useId();
  const [channel, setChannel] = useState<'email' | 'sms'>('email');
  const [to, setTo] = useState('');
  const [error, setError] = useState<string>();
  const [done, setDone] = useState<string>();
  const [submitting, setSubmitting] = useState(false);

  async function handleSubmit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    if (submitting) return;
    setDone(undefined);
    if (to.trim() === '') {
      setError(t('backoffice.testMessage.missingRecipient'));
      return;
    }
    setError(undefined);
    setSubmitting(true);
    try {
      await apiPost('/api/backoffice/messages/test', { channel, to: to.trim() });
      setDone(t('backoffice.testMessage.queued'));
      setTo('');
      onSent();
    } catch (reason) {
      setError(reason instanceof ApiError ? reason.message : t('errors.unexpected'));
    } finally {
      setSubmitting(false);
    }
  }

  return (
    <section aria-labelledby={`${id}-title`} className="card test-message">
      <h2 id={`${id}-title`}>{t('backoffice.testMessage.title')}</h2>
      <form className="form" noValidate onSubmit={(event) => void handleSubmit(event)} aria-busy={submitting}>
        {error && (
          <div className="alert" role="alert" id={`${id}-error`}>
            <p>{error}</p>
          </div>
        )}
        <fieldset className="field radio-group">
          <legend>{t('backoffice.testMessage.channel')}</legend>
          {(['email', 'sms'] as const).map((value) => (
            <label key={value} className="radio">
              <input type="radio" name="channel" value={value} checked={channel === value} onChange={() => { setChannel(value); }} />
              {t(`channel.${value}`)}
            </label>
          ))}
        </fieldset>
        <div className="field">
          <label htmlFor={`${id}-to`}>{t('backoffice.testMessage.to')}</label>
          <input
            id={`${id}-to`}
            type={channel === 'email' ? 'email' : 'tel'}
            autoComplete={channel === 'email' ? 'email' : 'tel'}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? `${id}-error` : `${id}-hint`}
            value={to}
            onChange={(event) => { setTo(event.target.value); }}
          />
          <p className="hint" id={`${id}-hint`}>{channel === 'email' ? t('backoffice.testMessage.emailHint') : t('backoffice.testMessage.smsHint')}</p>
        </div>
        <button type="submit" className="button button--primary">{t('backoffice.testMessage.submit')}</button>
        <p role="status" className="form-status">{done}</p>
      </form>
    </section>
  );
}
