import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiPost } from '../../../api';
import { Form } from '../../../components/Form';
import { StepHeading } from '../../../components/StepHeading';
import { useSubmit } from '../../../hooks/useSubmit';
import type { Channel, CodeSent, MaskedChannel, RegistrationSendBody } from '@api';

interface Props {
  focus: boolean;
  registrationId: string;
  channels: MaskedChannel[];
  chosen: Channel | undefined;
  onSent: (sent: CodeSent) => void;
}

/** Step 2: where the code goes, e-mail or SMS (masked). */
export function ChannelStep({ focus, registrationId, channels, chosen, onSent }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const [channel, setChannel] = useState<Channel | undefined>(chosen ?? channels[0]?.channel);
  const submit = useSubmit();

  function send() {
    if (channel === undefined) {
      submit.fail(t('register.missingChannel'));
    } else {
      return submit.run(async () => {
        onSent(await apiPost<CodeSent, RegistrationSendBody>(`/api/registrations/${encodeURIComponent(registrationId)}/send`, { channel }));
      });
    }
  }

  return (
    <>
      <StepHeading focus={focus}>{t('register.verifyHeading')}</StepHeading>
      <p>{t('register.verifyIntro')}</p>
      <Form submit={submit} onSubmit={send}>
        <fieldset className="field radio-group radio-group--stacked">
          <legend>{t('register.channelLegend')}</legend>
          {channels.map((option) => (
            <label key={option.channel} className="radio">
              <input
                type="radio"
                name={`${id}-channel`}
                value={option.channel}
                checked={channel === option.channel}
                onChange={() => {
                  setChannel(option.channel);
                }}
              />
              {option.channel === 'email'
                ? t('register.channelEmail', { masked: option.masked })
                : t('register.channelSms', { masked: option.masked })}
            </label>
          ))}
        </fieldset>
        <button type="submit" className="button button--primary button--block">
          {t('register.next')}
        </button>
      </Form>
    </>
  );
}
