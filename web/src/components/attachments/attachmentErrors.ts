import type { ApiError } from '../../api';

/** The parts of a message form (text and files) that an error can be about. */
export type MessageField = 'body' | 'attachments';

/** Whether a refused request is about its files: too many, or one that is no longer to be had. */
export function isAttachmentError(error: ApiError, sentFiles: boolean): boolean {
  if (error.code === 'TOO_MANY_ATTACHMENTS' || error.details?.field === 'attachmentIds') return true;
  // NOT_FOUND: an upload that is not the sender's unclaimed one (already sent, or discarded).
  return sentFiles && error.code === 'NOT_FOUND';
}

/** What a refused message is about: its files (see isAttachmentError), else its text. */
export function messageFieldsOf(sentFiles: boolean): (error: ApiError) => MessageField[] {
  return (error) => (isAttachmentError(error, sentFiles) ? ['attachments'] : ['body']);
}
