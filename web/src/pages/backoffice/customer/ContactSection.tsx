import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiPatch } from '../../../api';
import { Detail } from '../../../components/Detail';
import { Field } from '../../../components/Field';
import { Form, FormStatus } from '../../../components/Form';
import { Section } from '../../../components/Section';
import { useSubmit } from '../../../hooks/useSubmit';
import type { CustomerContactBody, CustomerDetail, CustomerResponse } from '@api';
import { formatMobile } from '@domain/contact';

type ContactField = 'email' | 'mobile';

const FIELD_OF_ERROR: Record<string, ContactField[]> = {
  INVALID_EMAIL: ['email'],
  INVALID_MOBILE: ['mobile'],
};

/** The customer's e-mail and mobile, where the tenant's registration code goes. */
export function ContactSection({ customer, onChanged }: { customer: CustomerDetail; onChanged: () => void }) {
  const { t } = useTranslation();
  const missing = t('common.missing');
  const [email, setEmail] = useState(customer.email ?? '');
  const [mobile, setMobile] = useState(customer.mobile === null ? '' : formatMobile(customer.mobile));
  const submit = useSubmit<ContactField>();

  function save() {
    return submit.run(
      async () => {
        const result = await apiPatch<CustomerResponse, CustomerContactBody>(`/api/backoffice/customers/${encodeURIComponent(customer.id)}/contact`, {
          email: email.trim() === '' ? null : email.trim(),
          mobile: mobile.trim() === '' ? null : mobile.trim(),
        });
        // Show what the server stored (e.g. the mobile number normalised).
        setEmail(result.customer.email ?? '');
        setMobile(result.customer.mobile === null ? '' : formatMobile(result.customer.mobile));
        submit.setStatus(t('backoffice.customer.contactSaved'));
        onChanged();
      },
      (error) => FIELD_OF_ERROR[error.code] ?? [],
    );
  }

  return (
    <Section className="card" title={t('backoffice.customer.contactHeading')}>
      <p>{t('backoffice.customer.contactIntro')}</p>
      {/* Shown once: as the form's values to those who may change them, else as text. */}
      {customer.canEditContact ? (
        <Form submit={submit} onSubmit={save} className="form form--compact narrow">
          <Field
            type="email"
            label={t('backoffice.customer.email')}
            hint={t('backoffice.customer.emailHint')}
            autoComplete="off"
            {...submit.field('email')}
            value={email}
            onValueChange={setEmail}
          />
          <Field
            type="tel"
            label={t('backoffice.customer.mobile')}
            hint={t('backoffice.customer.mobileHint')}
            autoComplete="off"
            {...submit.field('mobile')}
            value={mobile}
            onValueChange={setMobile}
          />
          <button type="submit" className="button button--primary">
            {t('backoffice.customer.saveContact')}
          </button>
          <FormStatus>{submit.status}</FormStatus>
        </Form>
      ) : (
        <>
          <dl className="details">
            <Detail label={t('backoffice.customer.email')}>{customer.email ?? missing}</Detail>
            <Detail label={t('backoffice.customer.mobile')}>{customer.mobile === null ? missing : formatMobile(customer.mobile)}</Detail>
          </dl>
          <p className="muted">{t('backoffice.customer.cannotEditContact')}</p>
        </>
      )}
    </Section>
  );
}
