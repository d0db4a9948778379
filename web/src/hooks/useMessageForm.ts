import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { messageFieldOf, type MessageField } from '../components/attachments/attachmentErrors';
import { useAttachmentUploads } from './useAttachmentUploads';
import { useSubmit } from './useSubmit';

/**
 * A message in the dialog of a case (tenant's or staff's): text, files or both, never neither. A send
 * while files are still uploading waits for them; a file that fails meanwhile stops the send and is
 * named. `post` sends and answers the status line to show; the form is then emptied.
 */
export function useMessageForm(scope: 'portal' | 'backoffice', post: (body: string, attachmentIds: string[]) => Promise<string>, onSent: () => void) {
  const { t } = useTranslation();
  const [body, setBody] = useState('');
  const attachments = useAttachmentUploads(scope);
  const submit = useSubmit<MessageField>();

  function send() {
    const text = body.trim();
    if (text === '' && !attachments.items.some((item) => item.state !== 'failed')) return submit.fail(t('cases.missingMessage'), ['body']);
    return submit.run(async () => {
      const attachmentIds = await attachments.idsToSend((message) => submit.fail(message, ['attachments']));
      if (!attachmentIds) return;
      if (text === '' && attachmentIds.length === 0) return submit.fail(t('cases.missingMessage'), ['body']);
      const status = await post(text, attachmentIds);
      setBody('');
      attachments.clear();
      submit.setStatus(status);
      onSent();
    }, messageFieldOf);
  }

  return { body, setBody, attachments, submit, send };
}
