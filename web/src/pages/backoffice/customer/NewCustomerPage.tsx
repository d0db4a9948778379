import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { apiPost } from '../../../api';
import { addressProblems } from '../../../components/AddressFields';
import type { CreatedState } from '../../../components/CreatedNotice';
import { Field } from '../../../components/Field';
import { Form } from '../../../components/Form';
import { PageHeading } from '../../../components/PageHeading';
import { Section } from '../../../components/Section';
import { AsyncContent } from '../../../components/Status';
import { useApiData } from '../../../hooks/useApiData';
import { useSubmit } from '../../../hooks/useSubmit';
import type { CustomerResponse, Managers, NewCustomerBody } from '@api';
import { customerBody, CustomerFields, NEW_CUSTOMER, type CustomerDraft, type CustomerField } from './CustomerFields';

type NewCustomerField = CustomerField | 'email' | 'mobile';

/** "Ny kund": name, number, address, contact e-mail and mobile, customer manager. */
export function NewCustomerPage() {
  const { t } = useTranslation();
  const managers = useApiData<Managers>('/api/backoffice/managers');
  return (
    <>
      <p className="back-link">
        <Link to="/admin/kunder">{t('backoffice.newCustomer.back')}</Link>
      </p>
      <PageHeading>{t('backoffice.newCustomer.title')}</PageHeading>
      <p>{t('backoffice.newCustomer.intro')}</p>
      <AsyncContent state={managers}>{(list) => <NewCustomerForm managers={list} />}</AsyncContent>
    </>
  );
}

function NewCustomerForm({ managers }: { managers: Managers }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const submit = useSubmit<NewCustomerField>();
  const [draft, setDraft] = useState<CustomerDraft>(NEW_CUSTOMER);
  const [email, setEmail] = useState('');
  const [mobile, setMobile] = useState('');

  function save() {
    const problems = addressProblems(draft, t);
    const first = Object.values(problems)[0];
    if (first !== undefined) return submit.fail(first, problems);
    return submit.run(async () => {
      const result = await apiPost<CustomerResponse, NewCustomerBody>('/api/backoffice/customers', {
        ...customerBody(draft),
        email: email.trim() || null,
        mobile: mobile.trim() || null,
      });
      const state: CreatedState = { created: result.customer.name };
      // Replace: going back should not return to a form that has been saved.
      void navigate(`/admin/kunder/${encodeURIComponent(result.customer.id)}`, { replace: true, state });
    });
  }

  return (
    <Form submit={submit} onSubmit={save} className="form">
      <CustomerFields draft={draft} onChange={setDraft} field={(name) => submit.field(name)} managers={managers} />
      <Section title={t('backoffice.newCustomer.contactHeading')}>
        <div className="field-grid">
          <Field type="email" label={t('backoffice.customerForm.email')} hint={t('backoffice.customerForm.emailHint')} maxLength={254} autoComplete="off" {...submit.field('email')} value={email} onValueChange={setEmail} />
          <Field type="tel" label={t('backoffice.customerForm.mobile')} hint={t('backoffice.customerForm.mobileHint')} maxLength={30} autoComplete="off" {...submit.field('mobile')} value={mobile} onValueChange={setMobile} />
        </div>
      </Section>
      <button type="submit" className="button button--primary">
        {t('backoffice.newCustomer.submit')}
      </button>
    </Form>
  );
}
