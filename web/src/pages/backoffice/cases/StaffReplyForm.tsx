import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiPost } from '../../../api';
import { AttachmentPicker } from '../../../components/attachments/AttachmentPicker';
import { Form, FormStatus } from '../../../components/Form';
import { TextAreaField } from '../../../components/TextAreaField';
import { useMessageForm } from '../../../hooks/useMessageForm';
import type { StaffCaseMessageBody, StaffCaseResponse } from '@api';

/**
 * A message to the tenant (who is e-mailed) or, ticked, an internal note the tenant never sees;
 * text, files, or both. A send while files are still uploading waits for them. The box starts
 * unticked after every send, so a note is always a deliberate choice.
 */
export function StaffReplyForm({ caseId, onSent }: { caseId: string; onSent: () => void }) {
  const { t } = useTranslation();
  const id = useId();
  const [internal, setInternal] = useState(false);
  const { body, setBody, attachments, submit, send } = useMessageForm('backoffice', async (text, attachmentIds) => {
    await apiPost<StaffCaseResponse, StaffCaseMessageBody>(`/api/backoffice/cases/${encodeURIComponent(caseId)}/messages`, { body: text, internal, attachmentIds });
    setInternal(false);
    return internal ? t('backoffice.case.noteSaved') : t('backoffice.case.messageSent');
  }, onSent);

  return (
    <Form submit={submit} onSubmit={send} className={internal ? 'form form--compact narrow reply-form reply-form--internal' : 'form form--compact narrow reply-form'}>
      <TextAreaField label={t('cases.message')} {...submit.field('body')} value={body} onValueChange={setBody} />
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
      <button type="submit" className="button button--primary">
        {t('backoffice.case.send')}
      </button>
      <FormStatus>{submit.status}</FormStatus>
    </Form>
  );
}
