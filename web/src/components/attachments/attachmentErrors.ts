import type { ApiError } from '../../api';

/** The parts of a message form (text and files) that an error can be about. */
export type MessageField = 'body' | 'attachments';

/**
 * Whether a refused request is about its files: too many, or one that is no longer to be had (the
 * server's NOT_FOUND then names `attachmentIds` as its field).
 */
export function isAttachmentError(error: ApiError): boolean {
  return error.code === 'TOO_MANY_ATTACHMENTS' || error.details?.field === 'attachmentIds';
}

/** What a refused message is about: its files (see isAttachmentError), else its text. */
export function messageFieldOf(error: ApiError): MessageField[] {
  return isAttachmentError(error) ? ['attachments'] : ['body'];
}
