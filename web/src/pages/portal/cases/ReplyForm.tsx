import { useTranslation } from 'react-i18next';
import { apiPost } from '../../../api';
import { AttachmentPicker } from '../../../components/attachments/AttachmentPicker';
import { Form, FormStatus } from '../../../components/Form';
import { TextAreaField } from '../../../components/TextAreaField';
import { useMessageForm } from '../../../hooks/useMessageForm';
import type { CaseMessageBody, CaseResponse } from '@api';

/** The longest message the server takes (CaseMessageBody). */
const BODY_MAX = 5000;

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
  const { body, setBody, attachments, submit, send } = useMessageForm('portal', async (text, attachmentIds) => {
    await apiPost<CaseResponse, CaseMessageBody>(`/api/portal/cases/${encodeURIComponent(caseId)}/messages`, { body: text, attachmentIds });
    return t('portal.case.sent');
  }, onSent);

  function sendChecked() {
    // In our words, before the server's schema refuses it.
    if (body.trim().length > BODY_MAX) return submit.fail(t('portal.case.tooLong', { max: BODY_MAX }), ['body']);
    return send();
  }

  return (
    <Form submit={submit} onSubmit={sendChecked} className="form form--compact narrow">
      <TextAreaField
        label={t('cases.message')}
        hint={closed ? t('portal.case.reopenHint') : undefined}
        {...submit.field('body')}
        value={body}
        onValueChange={setBody}
      />
      <AttachmentPicker uploads={attachments} {...submit.field('attachments')} />
      <button type="submit" className="button button--primary">
        {t('portal.case.send')}
      </button>
      <FormStatus>{submit.status}</FormStatus>
    </Form>
  );
}
