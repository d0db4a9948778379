import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { apiPost } from '../../../api';
import type { CreatedState } from '../../../components/CreatedNotice';
import { Form } from '../../../components/Form';
import { PageHeading } from '../../../components/PageHeading';
import { AsyncContent, EmptyState } from '../../../components/Status';
import { useApiData } from '../../../hooks/useApiData';
import { useSubmit } from '../../../hooks/useSubmit';
import type { NewRentalObjectBody, PropertyRow, PropertyList, RentalObjectResponse } from '@api';
import { newObjectDraft, objectBody, ObjectFields, type ObjectDraft, type ObjectField } from './ObjectFields';

/** "Nytt hyresobjekt": in a building (?byggnad=… chooses it), with number, type, area, floor and description. */
export function NewRentalObjectPage() {
  const { t } = useTranslation();
  const properties = useApiData<PropertyList>('/api/backoffice/properties');
  return (
    <>
      <p className="back-link">
        <Link to="/admin/hyresobjekt">{t('backoffice.newObject.back')}</Link>
      </p>
      <PageHeading>{t('backoffice.newObject.title')}</PageHeading>
      <p>{t('backoffice.newObject.intro')}</p>
      <AsyncContent state={properties}>
        {({ properties: list }) =>
          list.every((property) => property.buildings.length === 0) ? <EmptyState title={t('backoffice.newObject.noBuildings')} /> : <NewObjectForm properties={list} />
        }
      </AsyncContent>
    </>
  );
}

function NewObjectForm({ properties }: { properties: PropertyRow[] }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [searchParams] = useSearchParams();
  const submit = useSubmit<ObjectField>();
  const given = searchParams.get('byggnad') ?? '';
  const known = properties.some((property) => property.buildings.some((building) => building.id === given));
  const [draft, setDraft] = useState<ObjectDraft>(() => newObjectDraft(known ? given : ''));

  function save() {
    const result = objectBody(draft, t);
    if ('problems' in result) {
      const first = Object.values(result.problems)[0];
      return submit.fail(first ?? '', result.problems);
    }
    return submit.run(async () => {
      const answer = await apiPost<RentalObjectResponse, NewRentalObjectBody>('/api/backoffice/rental-objects', result.body);
      const state: CreatedState = { created: answer.rentalObject.number };
      void navigate(`/admin/hyresobjekt/${encodeURIComponent(answer.rentalObject.id)}`, { replace: true, state });
    });
  }

  return (
    <Form submit={submit} onSubmit={save} className="form">
      <ObjectFields draft={draft} onChange={setDraft} field={(name) => submit.field(name)} properties={properties} />
      <button type="submit" className="button button--primary">
        {t('backoffice.newObject.submit')}
      </button>
    </Form>
  );
}
