import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { apiPost } from '../../../api';
import type { CreatedState } from '../../../components/CreatedNotice';
import { Form } from '../../../components/Form';
import { PageHeading } from '../../../components/PageHeading';
import { AsyncContent } from '../../../components/Status';
import { useApiData } from '../../../hooks/useApiData';
import { useSubmit } from '../../../hooks/useSubmit';
import type { Managers, NewPropertyBody, PropertyResponse } from '@api';
import { NEW_PROPERTY, propertyBody, PropertyFields, type PropertyDraft, type PropertyField } from './PropertyFields';

/** "Ny fastighet": designation, name and property manager; buildings follow on the property's page. */
export function NewPropertyPage() {
  const { t } = useTranslation();
  const managers = useApiData<Managers>('/api/backoffice/managers');
  return (
    <>
      <p className="back-link">
        <Link to="/admin/fastigheter">{t('backoffice.newProperty.back')}</Link>
      </p>
      <PageHeading>{t('backoffice.newProperty.title')}</PageHeading>
      <p>{t('backoffice.newProperty.intro')}</p>
      <AsyncContent state={managers}>{(list) => <NewPropertyForm managers={list} />}</AsyncContent>
    </>
  );
}

function NewPropertyForm({ managers }: { managers: Managers }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const submit = useSubmit<PropertyField>();
  const [draft, setDraft] = useState<PropertyDraft>(NEW_PROPERTY);

  function save() {
    return submit.run(async () => {
      const result = await apiPost<PropertyResponse, NewPropertyBody>('/api/backoffice/properties', propertyBody(draft));
      const state: CreatedState = { created: result.property.designation };
      // Replace: going back should not return to a form that has been saved.
      void navigate(`/admin/fastigheter/${encodeURIComponent(result.property.id)}`, { replace: true, state });
    });
  }

  return (
    <Form submit={submit} onSubmit={save} className="form">
      <PropertyFields draft={draft} onChange={setDraft} field={(name) => submit.field(name)} managers={managers} />
      <button type="submit" className="button button--primary">
        {t('backoffice.newProperty.submit')}
      </button>
    </Form>
  );
}
