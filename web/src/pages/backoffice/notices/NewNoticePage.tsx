import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { apiPost, type ApiError } from '../../../api';
import { AttachmentPicker } from '../../../components/attachments/AttachmentPicker';
import { isAttachmentError } from '../../../components/attachments/attachmentErrors';
import { Field } from '../../../components/Field';
import { FieldError, Form, FormStatus } from '../../../components/Form';
import { PageHeading } from '../../../components/PageHeading';
import { SelectField } from '../../../components/SelectField';
import { AsyncContent, EmptyState } from '../../../components/Status';
import { TextAreaField } from '../../../components/TextAreaField';
import { useApiData, type ApiData } from '../../../hooks/useApiData';
import { useAttachmentUploads } from '../../../hooks/useAttachmentUploads';
import { useSubmit } from '../../../hooks/useSubmit';
import { useLandlord } from '../../../landlord';
import type { CustomerList, CustomerRow, NewNoticeBody, NoticeAudience, NoticeAudienceKind, NoticePreview, NoticePreviewBody, NoticeSent, PropertyList, PropertyRow } from '@api';
import type { NoticeSentState } from './NoticePage';
import { normalizeSmsText } from '@domain/sms';
import { describeCharacters, nonGsm7Characters, noticeSms, SmsCounter } from './SmsCounter';

const TITLE_MAX = 200;
// The server refuses a longer notice text (NewNoticeBody, maxLength 2000).
const TEXT_MAX = 2000;
const KINDS: readonly NoticeAudienceKind[] = ['property', 'building', 'customers', 'all'];

type NoticeField = 'title' | 'text' | 'property' | 'building' | 'customers' | 'attachments';

/** What the customer checkboxes show of a customer. */
type CustomerOption = Pick<CustomerRow, 'id' | 'name' | 'identityNumber'>;

/** The audience's own field: the one to mark when the server finds no recipients there. */
const FIELD_OF_KIND: Record<NoticeAudienceKind, NoticeField | null> = {
  property: 'property',
  building: 'building',
  customers: 'customers',
  all: null,
};

function audienceKey(audience: NoticeAudience): string {
  return JSON.stringify([audience.kind, [...audience.ids].sort()]);
}

/** "Nytt utskick": a notice to the customers of a property, a building, chosen customers or all. */
export function NewNoticePage() {
  const { t } = useTranslation();
  const properties = useApiData<PropertyList>('/api/backoffice/properties');
  const customers = useApiData<CustomerList>('/api/backoffice/customers');

  return (
    <>
      <p className="back-link">
        <Link to="/admin/utskick">{t('backoffice.notices.back')}</Link>
      </p>
      <PageHeading>{t('backoffice.notices.newTitle')}</PageHeading>
      <p>{t('backoffice.notices.newIntro')}</p>
      <AsyncContent state={properties}>
        {({ properties: list }) => <NewNoticeForm properties={list} customers={customers} />}
      </AsyncContent>
    </>
  );
}

function NewNoticeForm({
  properties,
  customers,
}: {
  properties: PropertyRow[];
  customers: ApiData<CustomerList>;
}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const id = useId();
  const landlord = useLandlord();
  const submit = useSubmit<NoticeField>();
  const attachments = useAttachmentUploads('backoffice');
  const [title, setTitle] = useState('');
  const [text, setText] = useState('');
  const [kind, setKind] = useState<NoticeAudienceKind>('property');
  const [propertyId, setPropertyId] = useState('');
  const [buildingId, setBuildingId] = useState('');
  const [chosen, setChosen] = useState<ReadonlySet<string>>(new Set());
  const [filter, setFilter] = useState('');
  const [preview, setPreview] = useState<{ key: string; result: NoticePreview }>();

  const ids = kind === 'property' ? [propertyId] : kind === 'building' ? [buildingId] : kind === 'customers' ? [...chosen] : [];
  const audience: NoticeAudience = { kind, ids: ids.filter((value) => value !== '') };
  const currentPreview = preview && preview.key === audienceKey(audience) ? preview.result : undefined;
  const sms = noticeSms(landlord?.name ?? '', title, text);
  const counterId = `${id}-sms`;
  const sendHintId = `${id}-send-hint`;

  /** A problem with the chosen audience, before asking the server; undefined when it is complete. */
  function audienceProblem(): [string, NoticeField] | undefined {
    if (kind === 'property' && propertyId === '') return [t('backoffice.notices.missingProperty'), 'property'];
    if (kind === 'building' && buildingId === '') return [t('backoffice.notices.missingBuilding'), 'building'];
    if (kind === 'customers' && chosen.size === 0) return [t('backoffice.notices.missingCustomers'), 'customers'];
    return undefined;
  }

  function fieldsOfError(error: ApiError): NoticeField[] {
    if (error.code === 'SMS_NOT_GSM7') return ['text'];
    if (isAttachmentError(error)) return ['attachments'];
    if (error.code === 'NO_RECIPIENTS') {
      const field = FIELD_OF_KIND[kind];
      return field ? [field] : [];
    }
    const field = error.details?.field;
    if (error.code !== 'VALIDATION' || typeof field !== 'string') return [];
    if (field === 'title' || field === 'text') return [field];
    if (field.startsWith('audience')) {
      const own = FIELD_OF_KIND[kind];
      return own ? [own] : [];
    }
    return [];
  }

  function runPreview() {
    if (submit.submitting) return undefined;
    const problem = audienceProblem();
    if (problem) return submit.fail(problem[0], [problem[1]]);
    const key = audienceKey(audience);
    return submit.run(async () => {
      const result = await apiPost<NoticePreview, NoticePreviewBody>('/api/backoffice/notices/preview', { audience });
      setPreview({ key, result });
    }, fieldsOfError);
  }

  function send() {
    const missing: NoticeField[] = [];
    if (title.trim() === '') missing.push('title');
    if (text.trim() === '') missing.push('text');
    if (missing.length > 0) return submit.fail(t('backoffice.notices.missingFields'), missing);
    const problem = audienceProblem();
    if (problem) return submit.fail(problem[0], [problem[1]]);
    const bad = nonGsm7Characters(sms);
    if (bad.length > 0) {
      const inTitle = nonGsm7Characters(normalizeSmsText(title)).length > 0;
      return submit.fail(t('backoffice.notices.notGsm7', { chars: describeCharacters(bad) }), inTitle ? ['title', 'text'] : ['text']);
    }
    if (!currentPreview) return submit.fail(t('backoffice.notices.sendHint'));
    // A send while files are still uploading waits for them.
    return submit.run(async () => {
      const attachmentIds = await attachments.idsToSend((message) => submit.fail(message, ['attachments']));
      if (!attachmentIds) return;
      const result = await apiPost<NoticeSent, NewNoticeBody>('/api/backoffice/notices', {
        title: title.trim(),
        text: text.trim(),
        audience,
        attachmentIds,
      });
      const state: NoticeSentState = { noticeSent: result.customers };
      // Replace: going back should not return to a form that has already been sent.
      void navigate(`/admin/utskick/${encodeURIComponent(result.id)}`, { replace: true, state });
    }, fieldsOfError);
  }

  const reach = currentPreview
    ? t('backoffice.notices.reach', {
        customers: t('backoffice.notices.reachCustomers', { count: currentPreview.customers }),
        users: t('backoffice.notices.reachUsers', { count: currentPreview.users }),
        emails: t('backoffice.notices.reachEmails', { count: currentPreview.emails }),
        sms: t('backoffice.notices.reachSms', { count: currentPreview.sms }),
      })
    : '';

  return (
    <Form submit={submit} onSubmit={send} className="form narrow notice-form">
      <Field
        label={t('backoffice.notices.titleLabel')}
        required
        maxLength={TITLE_MAX}
        autoComplete="off"
        {...submit.field('title')}
        value={title}
        onValueChange={setTitle}
      />
      <TextAreaField
        label={t('backoffice.notices.textLabel')}
        required
        maxLength={TEXT_MAX}
        rows={8}
        {...submit.field('text')}
        describedBy={counterId}
        value={text}
        onValueChange={setText}
      />
      <SmsCounter id={counterId} sms={sms} empty={!title.trim() && !text.trim()} />
      <AttachmentPicker uploads={attachments} hint={t('backoffice.notices.attachmentsHint')} {...submit.field('attachments')} />

      <fieldset className="field radio-group radio-group--stacked">
        <legend>{t('backoffice.notices.audienceLabel')}</legend>
        {KINDS.map((value) => (
          <label key={value} className="radio">
            <input
              type="radio"
              name={`${id}-kind`}
              value={value}
              checked={kind === value}
              onChange={() => {
                setKind(value);
              }}
            />
            {t(`backoffice.notices.kind.${value}`)}
          </label>
        ))}
      </fieldset>

      {kind === 'property' && (
        <SelectField
          label={t('backoffice.notices.property')}
          required
          {...submit.field('property')}
          value={propertyId}
          onValueChange={setPropertyId}
        >
          <option value="">{t('backoffice.notices.chooseProperty')}</option>
          {properties.map((property) => (
            <option key={property.id} value={property.id}>
              {propertyLabel(property)}
            </option>
          ))}
        </SelectField>
      )}

      {kind === 'building' && (
        <SelectField
          label={t('backoffice.notices.building')}
          required
          {...submit.field('building')}
          value={buildingId}
          onValueChange={setBuildingId}
        >
          <option value="">{t('backoffice.notices.chooseBuilding')}</option>
          {properties
            .filter((property) => property.buildings.length > 0)
            .map((property) => (
              <optgroup key={property.id} label={propertyLabel(property)}>
                {property.buildings.map((building) => (
                  <option key={building.id} value={building.id}>
                    {building.address ? `${building.name} (${building.address})` : building.name}
                  </option>
                ))}
              </optgroup>
            ))}
        </SelectField>
      )}

      {kind === 'customers' && (
        <AsyncContent state={customers}>
          {({ customers: list }) => (
            <CustomerChoice
              customers={list}
              chosen={chosen}
              onChange={setChosen}
              filter={filter}
              onFilterChange={setFilter}
              {...submit.field('customers')}
              errorId={submit.errorId}
            />
          )}
        </AsyncContent>
      )}

      <div className="button-row">
        <button type="button" className="button button--secondary" onClick={() => void runPreview()}>
          {t('backoffice.notices.preview')}
        </button>
        <button
          type="submit"
          className="button button--primary"
          disabled={!currentPreview}
          aria-describedby={currentPreview ? undefined : sendHintId}
        >
          {t('backoffice.notices.send')}
        </button>
      </div>
      {!currentPreview && (
        <p id={sendHintId} className="hint">
          {t('backoffice.notices.sendHint')}
        </p>
      )}
      <FormStatus>{reach}</FormStatus>
    </Form>
  );
}

function propertyLabel(property: PropertyRow): string {
  return property.name ? `${property.designation} – ${property.name}` : property.designation;
}

interface CustomerChoiceProps {
  customers: CustomerOption[];
  chosen: ReadonlySet<string>;
  onChange: (chosen: ReadonlySet<string>) => void;
  filter: string;
  onFilterChange: (filter: string) => void;
  invalid: boolean;
  /** The message under the legend while invalid, and the id the error summary links to. */
  error: string | undefined;
  id: string;
  errorId: string;
}

/** Checkboxes of the customers, narrowed by a filter; chosen customers stay chosen when hidden. */
function CustomerChoice({ customers, chosen, onChange, filter, onFilterChange, invalid, error, id: fieldsetId, errorId }: CustomerChoiceProps) {
  const { t } = useTranslation();
  const id = useId();
  const messageId = invalid && error ? `${id}-message` : undefined;
  const needle = filter.trim().toLocaleLowerCase('sv');
  const shown = needle
    ? customers.filter(
        (customer) => customer.name.toLocaleLowerCase('sv').includes(needle) || customer.identityNumber.toLocaleLowerCase('sv').includes(needle),
      )
    : customers;
  const countId = `${id}-count`;

  function toggle(customerId: string, on: boolean) {
    const next = new Set(chosen);
    if (on) next.add(customerId);
    else next.delete(customerId);
    onChange(next);
  }

  if (customers.length === 0) return <EmptyState title={t('backoffice.notices.noCustomers')} />;

  return (
    <fieldset
      id={fieldsetId}
      tabIndex={-1}
      className="field customer-choice"
      aria-describedby={invalid ? `${messageId ?? errorId} ${countId}` : countId}
    >
      <legend>{t('backoffice.notices.customerList')}</legend>
      {messageId && <FieldError id={messageId} message={error} />}
      <Field
        type="search"
        label={t('backoffice.notices.filter')}
        hint={t('backoffice.notices.filterHint')}
        autoComplete="off"
        value={filter}
        onValueChange={onFilterChange}
      />
      <p id={countId} className="hint">
        {t('backoffice.notices.selected', { count: chosen.size })}
      </p>
      {shown.length === 0 ? (
        <p className="muted">{t('backoffice.notices.noMatch')}</p>
      ) : (
        <ul className="customer-choice__list">
          {shown.map((customer) => (
            <li key={customer.id} className="checkbox">
              <input
                id={`${id}-${customer.id}`}
                type="checkbox"
                checked={chosen.has(customer.id)}
                onChange={(event) => {
                  toggle(customer.id, event.target.checked);
                }}
              />
              <label htmlFor={`${id}-${customer.id}`}>
                {customer.name} <span className="muted">({customer.identityNumber})</span>
              </label>
            </li>
          ))}
        </ul>
      )}
    </fieldset>
  );
}
