import { Type } from '@sinclair/typebox';
import { Nullable } from '../http/schemas.ts';
import type { AttachmentRow } from '../repositories/attachments.ts';

export const AttachmentView = Type.Object({
  id: Type.String(), filename: Type.String(), contentType: Type.String(), size: Type.Integer(),
  url: Type.String(), thumbnailUrl: Nullable(Type.String()),
});

export type Side = 'portal' | 'backoffice';

export function presentAttachment(row: AttachmentRow, side: Side) {
  const url = `/api/${side}/attachments/${row.id}`;
  return { id: row.id, filename: row.filename, contentType: row.contentType, size: row.size, url, thumbnailUrl: row.thumbnailKey ? `${url}?size=thumbnail` : null };
}
