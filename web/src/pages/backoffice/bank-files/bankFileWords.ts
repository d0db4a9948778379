import type { BankFile, BankFileStatus } from '@api';

export const bankFileStatusTones = { queued: 'info', importing: 'info', done: 'success', refused: 'danger', failed: 'danger' } as const satisfies Record<BankFileStatus, string>;

export function bankFileFinished(file: Pick<BankFile, 'status'>): boolean {
  return file.status === 'done' || file.status === 'refused' || file.status === 'failed';
}

export const bankFileHref = (id: string) => `/admin/bankfiler/${encodeURIComponent(id)}`;

/** The queue of unmatched payments (the back office's page for allocating them by hand). */
export const UNMATCHED_QUEUE_HREF = '/admin/inbetalningar/oparade';

/** What the upload tells the report page: the server's words on what happened (e.g. "already imported"). */
export interface BankFileUploadedState {
  message: string;
  alreadyImported: boolean;
}

export function uploadedState(state: unknown): BankFileUploadedState | undefined {
  const found = state as Partial<BankFileUploadedState> | null;
  return typeof found?.message === 'string' ? { message: found.message, alreadyImported: found.alreadyImported === true } : undefined;
}
