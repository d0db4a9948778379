import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiPost } from '../../../api';
import { AttachmentPicker } from '../../../components/attachments/AttachmentPicker';
import { messageFieldOf, type MessageField } from '../../../components/attachments/attachmentErrors';
import { Form, FormStatus } from '../../../components/Form';
import { TextAreaField } from '../../../components/TextAreaField';
import { useAttachmentUploads } from '../../../hooks/useAttachmentUploads';
import { useSubmit } from '../../../hooks/useSubmit';
import type { StaffCaseResponse } from '../../../types';

/**
 * A message to the tenant (who is e-mailed) or, ticked, an internal note the tenant never sees;
 * text, files, or both. A send while files are still uploading waits for them. The box starts
 * unticked after every send, so a note is always a deliberate choice.
 */
export function StaffReplyForm({ caseId, onSent }: { caseId: string; onSent: () => void }) {
  const { t } = useTranslation();
  const id = useId();
  const [body, setBody] = useState('');
  const [internal, setInternal] = useState(false);
  const attachments = useAttachmentUploads('backoffice');
  const submit = useSubmit<MessageField>();

  function send() {
    const text = body.trim();
    if (text === '' && !attachments.items.some((item) => item.state !== 'failed')) return submit.fail(t('cases.missingMessage'), ['body']);
    return submit.run(async () => {
      const { attachmentIds, failed } = await attachments.settled();
      if (failed.length > 0) return submit.fail(t('attachments.failedWhileSending', { names: failed.join(', ') }), ['attachments']);
      if (text === '' && attachmentIds.length === 0) return submit.fail(t('cases.missingMessage'), ['body']);
      await apiPost<StaffCaseResponse>(`/api/backoffice/cases/${encodeURIComponent(caseId)}/messages`, { body: text, internal, attachmentIds });
      setBody('');
      setInternal(false);
      attachments.clear();
      submit.setStatus(internal ? t('backoffice.case.noteSaved') : t('backoffice.case.messageSent'));
      onSent();
    }, messageFieldOf);
  }

  return (
    <Form submit={submit} onSubmit={send} className={internal ? 'form form--compact narrow reply-form reply-form--internal' : 'form form--compact narrow reply-form'}>
      <TextAreaField label={t('cases.message')} invalid={submit.invalid('body')} value={body} onValueChange={setBody} />
      <AttachmentPicker uploads={attachments} invalid={submit.invalid('attachments')} />
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
