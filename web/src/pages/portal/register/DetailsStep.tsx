import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiPut } from '../../../api';
import { Field } from '../../../components/Field';
import { Form } from '../../../components/Form';
import { StepHeading } from '../../../components/StepHeading';
import { useSubmit } from '../../../hooks/useSubmit';
import type { ContactPrefill, RegistrationCompleted, RegistrationDetailsBody } from '@api';
import { formatMobile } from '@domain/contact';

type DetailsField = 'name' | 'email' | 'mobile';

const FIELD_OF_ERROR: Record<string, DetailsField[]> = {
  INVALID_EMAIL: ['email'],
  INVALID_MOBILE: ['mobile'],
};

interface Props {
  focus: boolean;
  registrationId: string;
  prefill: ContactPrefill | undefined;
  onSaved: (username: string) => void;
}

/** Step 4: name, e-mail and mobile, filled in from the customer register. */
export function DetailsStep({ focus, registrationId, prefill, onSaved }: Props) {
  const { t } = useTranslation();
  const [name, setName] = useState(prefill?.name ?? '');
  const [email, setEmail] = useState(prefill?.email ?? '');
  const [mobile, setMobile] = useState(prefill?.mobile ? formatMobile(prefill.mobile) : '');
  const submit = useSubmit<DetailsField>();

  function save() {
    return submit.run(
      async () => {
        const result = await apiPut<RegistrationCompleted, RegistrationDetailsBody>(`/api/registrations/${encodeURIComponent(registrationId)}/details`, {
          name: name.trim(),
          email: email.trim(),
          mobile: mobile.trim(),
        });
        onSaved(result.username);
      },
      (error) => FIELD_OF_ERROR[error.code] ?? [],
    );
  }

  return (
    <>
      <StepHeading focus={focus}>{t('register.detailsHeading')}</StepHeading>
      <p>{t('register.detailsIntro')}</p>
      <Form submit={submit} onSubmit={save}>
        <Field label={t('register.name')} required autoComplete="name" {...submit.field('name')} value={name} onValueChange={setName} />
        <Field type="email" label={t('register.email')} autoComplete="email" {...submit.field('email')} value={email} onValueChange={setEmail} />
        <Field
          type="tel"
          label={t('register.mobile')}
          hint={t('register.mobileHint')}
          autoComplete="tel"
          {...submit.field('mobile')}
          value={mobile}
          onValueChange={setMobile}
        />
        <button type="submit" className="button button--primary button--block">
          {t('register.save')}
        </button>
      </Form>
    </>
  );
}
