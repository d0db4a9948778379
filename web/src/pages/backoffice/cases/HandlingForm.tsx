import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiPost } from '../../../api';
import { AttachmentPicker } from '../../../components/attachments/AttachmentPicker';
import { messageFieldOf } from '../../../components/attachments/attachmentErrors';
import { Form, FormStatus } from '../../../components/Form';
import { Section } from '../../../components/Section';
import { SelectField } from '../../../components/SelectField';
import { TextAreaField } from '../../../components/TextAreaField';
import { CASE_STATUSES } from '../../../cases';
import { useAttachmentUploads } from '../../../hooks/useAttachmentUploads';
import { useSubmit } from '../../../hooks/useSubmit';
import type { CaseHandlingBody, CaseStatus, NamedRef, StaffCaseDetail, StaffCaseHandled } from '@api';

type HandlingField = 'body' | 'attachments' | 'status' | 'staffId';

interface Props {
  detail: StaffCaseDetail;
  staff: NamedRef[];
  onChanged: () => void;
}

/**
 * "Handläggning": a reply to the tenant (or, ticked, an internal note), the status and the one
 * responsible, saved together in one request (and one transaction on the server). Any of them may
 * change alone; nothing changed is said, not sent. The box starts unticked after every save, so a
 * note is always a deliberate choice.
 */
export function HandlingForm({ detail, staff, onChanged }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const [body, setBody] = useState('');
  const [internal, setInternal] = useState(false);
  const [status, setStatus] = useState<CaseStatus>(detail.status);
  const [staffId, setStaffId] = useState(detail.responsible?.id ?? '');
  const attachments = useAttachmentUploads('backoffice');
  const submit = useSubmit<HandlingField>();
  // Someone who is no longer on the list (e.g. deactivated) can still be the one responsible.
  const people = detail.responsible && !staff.some((person) => person.id === detail.responsible?.id) ? [detail.responsible, ...staff] : staff;

  function save() {
    const text = body.trim();
    const unchanged = status === detail.status && staffId === (detail.responsible?.id ?? '');
    if (unchanged && text === '' && !attachments.items.some((item) => item.state !== 'failed')) {
      return submit.fail(t('backoffice.case.nothingChanged'), { body: t('backoffice.case.nothingChangedField') });
    }
    return submit.run(
      async () => {
        const attachmentIds = await attachments.idsToSend((message) => {
          submit.fail(message, ['attachments']);
        });
        if (!attachmentIds) return;
        const result = await apiPost<StaffCaseHandled, CaseHandlingBody>(`/api/backoffice/cases/${encodeURIComponent(detail.id)}/handling`, {
          status,
          staffId: staffId || null,
          body: text,
          internal,
          attachmentIds,
        });
        const { saved, case: updated } = result;
        const said = [
          saved.wrote === 'reply' && t('backoffice.case.messageSent'),
          saved.wrote === 'note' && t('backoffice.case.noteSaved'),
          saved.statusChanged && t('backoffice.case.statusChanged', { status: t(`caseStatus.${updated.status}`) }),
          saved.assigneeChanged && (updated.responsible ? t('backoffice.case.assigned', { name: updated.responsible.name }) : t('backoffice.case.toQueue')),
        ].filter(Boolean);
        setBody('');
        setInternal(false);
        setStatus(updated.status);
        setStaffId(updated.responsible?.id ?? '');
        attachments.clear();
        submit.setStatus(said.join(' '));
        onChanged();
      },
      (error) => (error.code === 'NOTHING_CHANGED' ? ['body'] : error.details?.field === 'staffId' ? ['staffId'] : messageFieldOf(error)),
    );
  }

  return (
    <Section title={t('backoffice.case.handlingHeading')}>
      <Form submit={submit} onSubmit={save} className={internal ? 'form form--compact handling-form reply-form--internal' : 'form form--compact handling-form'}>
        <p className="muted">{t('backoffice.case.handlingIntro')}</p>
        <TextAreaField label={t('backoffice.case.reply')} {...submit.field('body')} value={body} onValueChange={setBody} maxLength={5000} />
        <AttachmentPicker uploads={attachments} {...submit.field('attachments')} />
        <div className="checkbox">
          <input
            id={`${id}-internal`}
            type="checkbox"
            checked={internal}
            onChange={(event) => {
              setInternal(event.target.checked);
            }}
          />
          <label htmlFor={`${id}-internal`}>{t('backoffice.case.internalCheckbox')}</label>
        </div>
        <div className="handling-form__choices">
          <SelectField
            label={t('backoffice.case.status')}
            {...submit.field('status')}
            value={status}
            onValueChange={(value) => {
              setStatus(value as CaseStatus);
            }}
          >
            {CASE_STATUSES.map((value) => (
              <option key={value} value={value}>
                {t(`caseStatus.${value}`)}
              </option>
            ))}
          </SelectField>
          <SelectField label={t('backoffice.case.assignee')} {...submit.field('staffId')} value={staffId} onValueChange={setStaffId}>
            <option value="">{t('backoffice.case.queue')}</option>
            {people.map((person) => (
              <option key={person.id} value={person.id}>
                {person.name}
              </option>
            ))}
          </SelectField>
        </div>
        <button type="submit" className="button button--primary">
          {t('backoffice.case.save')}
        </button>
        <FormStatus>{submit.status}</FormStatus>
      </Form>
    </Section>
  );
}
