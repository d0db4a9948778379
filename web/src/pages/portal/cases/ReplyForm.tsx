import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiPost } from '../../../api';
import { messageFieldOf, type MessageField } from '../../../components/attachments/attachmentErrors';
import { AttachmentPicker } from '../../../components/attachments/AttachmentPicker';
import { Form, FormStatus } from '../../../components/Form';
import { TextAreaField } from '../../../components/TextAreaField';
import { useAttachmentUploads } from '../../../hooks/useAttachmentUploads';
import { useSubmit } from '../../../hooks/useSubmit';
import type { CaseDetail } from '../../../types';

interface Props {
  caseId: string;
  /** A closed case can still be written to: the server reopens it if it closed recently. */
  closed: boolean;
  onSent: () => void;
}

/**
 * The tenant's message in the dialog of a case: text, files, or both. A send while files are
 * still uploading waits for them.
 */
export function ReplyForm({ caseId, closed, onSent }: Props) {
  const { t } = useTranslation();
  const [body, setBody] = useState('');
  const attachments = useAttachmentUploads('portal');
  const submit = useSubmit<MessageField>();

  function send() {
    const text = body.trim();
    if (text === '' && !attachments.items.some((item) => item.state !== 'failed')) return submit.fail(t('cases.missingMessage'), ['body']);
    return submit.run(async () => {
      const { attachmentIds, failed } = await attachments.settled();
      if (failed.length > 0) return submit.fail(t('attachments.failedWhileSending', { names: failed.join(', ') }), ['attachments']);
      if (text === '' && attachmentIds.length === 0) return submit.fail(t('cases.missingMessage'), ['body']);
      await apiPost<{ case: CaseDetail }>(`/api/portal/cases/${encodeURIComponent(caseId)}/messages`, { body: text, attachmentIds });
      setBody('');
      attachments.clear();
      submit.setStatus(t('portal.case.sent'));
      onSent();
    }, messageFieldOf);
  }

  return (
    <Form submit={submit} onSubmit={send} className="form form--compact narrow">
      <TextAreaField
        label={t('cases.message')}
        hint={closed ? t('portal.case.reopenHint') : undefined}
        invalid={submit.invalid('body')}
        value={body}
        onValueChange={setBody}
      />
      <AttachmentPicker uploads={attachments} invalid={submit.invalid('attachments')} />
      <button type="submit" className="button button--primary">
        {t('portal.case.send')}
      </button>
      <FormStatus>{submit.status}</FormStatus>
    </Form>
  );
}
