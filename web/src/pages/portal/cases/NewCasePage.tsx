import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { apiPost, type ApiError } from '../../../api';
import { AttachmentPicker } from '../../../components/attachments/AttachmentPicker';
import { isAttachmentError } from '../../../components/attachments/attachmentErrors';
import { Field } from '../../../components/Field';
import { Form } from '../../../components/Form';
import { PageHeading } from '../../../components/PageHeading';
import { SelectField } from '../../../components/SelectField';
import { AsyncContent } from '../../../components/Status';
import { TextAreaField } from '../../../components/TextAreaField';
import { useApiData } from '../../../hooks/useApiData';
import { useAttachmentUploads } from '../../../hooks/useAttachmentUploads';
import { useSubmit } from '../../../hooks/useSubmit';
import type { CaseCategory, CaseCategoryList, CaseResponse, LeaseList, LeaseSummary, NewCaseBody } from '@api';
import { CaseLocationFields, type CaseLocation, type LocationField } from './CaseLocationFields';

const TITLE_MAX = 200;
const DESCRIPTION_MAX = 5000;

type CaseField = 'title' | 'description' | 'category' | 'attachments' | LocationField;

/** The request's field names as a VALIDATION error may name them (details.field). */
const FIELD_OF_REQUEST: Record<string, CaseField> = {
  title: 'title',
  description: 'description',
  category: 'category',
  leaseId: 'lease',
  rentalObjectId: 'rentalObject',
  spaceId: 'space',
  attachmentIds: 'attachments',
};

/** Shown once on the case page the tenant lands on. */
export interface CaseCreatedState {
  caseCreated: true;
}

/** "Nytt ärende": the tenant describes a matter; it goes to their customer or property manager. */
export function NewCasePage() {
  const { t } = useTranslation();
  const categories = useApiData<CaseCategoryList>('/api/portal/case-categories');
  const leases = useApiData<LeaseList>('/api/portal/leases');

  return (
    <>
      <p className="back-link">
        <Link to="/arenden">{t('portal.case.back')}</Link>
      </p>
      <PageHeading>{t('portal.newCase.title')}</PageHeading>
      <p>{t('portal.newCase.intro')}</p>
      <AsyncContent state={categories}>
        {({ categories: list }) => <NewCaseForm categories={list} leases={leases.data?.leases ?? []} />}
      </AsyncContent>
    </>
  );
}

function NewCaseForm({ categories, leases }: { categories: CaseCategory[]; leases: LeaseSummary[] }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [searchParams] = useSearchParams();
  const [title, setTitle] = useState('');
  const [description, setDescription] = useState('');
  const [category, setCategory] = useState('');
  // ?lease=… (from a lease page) chooses that lease; an unknown id chooses none.
  const [location, setLocation] = useState<CaseLocation>({ leaseId: searchParams.get('lease') ?? '', rentalObjectId: '', spaceId: '' });
  const attachments = useAttachmentUploads('portal');
  const submit = useSubmit<CaseField>();
  const leaseId = leases.some((lease) => lease.id === location.leaseId) ? location.leaseId : '';
  const rentalObjectId = leaseId ? location.rentalObjectId : '';
  const spaceId = leaseId ? location.spaceId : '';

  function fieldsOfError(error: ApiError): CaseField[] {
    if (isAttachmentError(error)) return ['attachments'];
    if (error.code === 'NOT_FOUND') {
      // The lease, object or space is not the customer's (any more).
      const chosen: [CaseField, string][] = [['lease', leaseId], ['rentalObject', rentalObjectId], ['space', spaceId]];
      return chosen.filter(([, id]) => id !== '').map(([field]) => field);
    }
    const field = error.details?.field;
    return error.code === 'VALIDATION' && typeof field === 'string' && field in FIELD_OF_REQUEST ? [FIELD_OF_REQUEST[field]!] : [];
  }

  function send() {
    const missing: CaseField[] = [];
    if (title.trim() === '') missing.push('title');
    if (description.trim() === '') missing.push('description');
    if (category === '') missing.push('category');
    if (missing.length > 0) return submit.fail(t('portal.newCase.missingFields'), missing);
    if (title.trim().length > TITLE_MAX) return submit.fail(t('portal.newCase.titleTooLong', { max: TITLE_MAX }), ['title']);
    if (description.trim().length > DESCRIPTION_MAX) {
      return submit.fail(t('portal.newCase.descriptionTooLong', { max: DESCRIPTION_MAX }), ['description']);
    }
    // A send while files are still uploading waits for them.
    return submit.run(async () => {
      const attachmentIds = await attachments.idsToSend((message) => submit.fail(message, ['attachments']));
      if (!attachmentIds) return;
      const result = await apiPost<CaseResponse, NewCaseBody>('/api/portal/cases', {
        title: title.trim(),
        description: description.trim(),
        category,
        leaseId: leaseId || null,
        rentalObjectId: rentalObjectId || null,
        spaceId: spaceId || null,
        attachmentIds,
      });
      const state: CaseCreatedState = { caseCreated: true };
      // Replace: going back should not return to a form that has already been sent.
      void navigate(`/arenden/${encodeURIComponent(result.case.id)}`, { replace: true, state });
    }, fieldsOfError);
  }

  return (
    <Form submit={submit} onSubmit={send} className="form narrow">
      <Field
        label={t('portal.newCase.titleLabel')}
        hint={t('portal.newCase.titleHint')}
        required
        maxLength={TITLE_MAX}
        autoComplete="off"
        {...submit.field('title')}
        value={title}
        onValueChange={setTitle}
      />
      <TextAreaField
        label={t('portal.newCase.description')}
        hint={t('portal.newCase.descriptionHint')}
        required
        maxLength={DESCRIPTION_MAX}
        rows={8}
        {...submit.field('description')}
        value={description}
        onValueChange={setDescription}
      />
      <SelectField
        label={t('portal.newCase.category')}
        required
        {...submit.field('category')}
        value={category}
        onValueChange={setCategory}
      >
        <option value="">{t('portal.newCase.chooseCategory')}</option>
        {categories.map((item) => (
          <option key={item.code} value={item.code}>
            {item.name}
          </option>
        ))}
      </SelectField>
      <CaseLocationFields
        leases={leases}
        value={{ leaseId, rentalObjectId, spaceId }}
        onChange={setLocation}
        field={submit.field}
      />
      <AttachmentPicker uploads={attachments} hint={t('portal.newCase.attachmentsHint')} {...submit.field('attachments')} />
      <button type="submit" className="button button--primary">
        {t('portal.newCase.submit')}
      </button>
    </Form>
  );
}
