import { AppError } from '../../errors.ts';
import { checkAttachmentIds } from '../attachments/attach-uploads.ts';

/** A message in a case's dialog is text, files or both; never neither. */
export function cleanMessage(input: { body: string; attachmentIds?: string[] }): { body: string; attachmentIds: string[] } {
  const body = input.body.trim();
  const attachmentIds = checkAttachmentIds(input.attachmentIds);
  if (!body && attachmentIds.length === 0) throw new AppError('VALIDATION', { keyword: 'required', field: 'body' });
  return { body, attachmentIds };
}
