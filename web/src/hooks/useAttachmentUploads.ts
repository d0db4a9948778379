import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiDelete, apiUpload, errorMessage } from '../api';
import type { AttachmentView, UploadResponse } from '@api';

/** At most this many files go with one case, message or notice (the API's limit). */
export const MAX_ATTACHMENTS = 10;
/** The largest file the API takes: 10 MB. */
export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;

/** A file the user has picked: on its way up, uploaded, or refused (it then stays until removed). */
export type UploadItem = { key: string; name: string; size: number } & (
  | { state: 'uploading' }
  | { state: 'done'; attachment: AttachmentView }
  | { state: 'failed'; error: string }
);

export interface AttachmentUploads {
  /** The picked files, in the order they were picked. */
  items: readonly UploadItem[];
  max: number;
  /** A file is on its way up. */
  busy: boolean;
  /** A submit is waiting for the uploads to finish. */
  waiting: boolean;
  /** Why picked files were not added (too many); '' when they all were. */
  notice: string;
  /** The latest change, for a polite live region: "foto.jpg är uppladdad." */
  announcement: string;
  /** Checks and uploads files at once, one request each. */
  add: (files: Iterable<File>) => void;
  /** Drops a file: stops its upload, or discards it on the server when it is up. */
  remove: (key: string) => void;
  /**
   * Waits for running uploads, then gives the ids of the uploaded files. When a file failed while
   * waiting (the user has not seen that yet), it calls `fail` with words naming it and gives null:
   * the form should not send then.
   */
  idsToSend: (fail: (message: string) => void) => Promise<string[] | null>;
  /** Forgets every file, e.g. once the form that carried them has been sent. */
  clear: () => void;
}

/**
 * The files of one form, uploaded as soon as they are picked (tenant: /api/portal/uploads, staff:
 * /api/backoffice/uploads). Files over 10 MB are refused here with the server's own words, and no
 * more than `max` are taken. A file left behind (the page closed) is never attached; the server
 * discards such uploads.
 */
export function useAttachmentUploads(scope: 'portal' | 'backoffice', max = MAX_ATTACHMENTS): AttachmentUploads {
  const { t } = useTranslation();
  const uploadUrl = `/api/${scope}/uploads`;
  const keyPrefix = useId();
  const counter = useRef(0);
  // The list lives in a ref too: upload answers and `idsToSend` read it after renders they did not see.
  const itemsRef = useRef<readonly UploadItem[]>([]);
  const [items, setItems] = useState<readonly UploadItem[]>([]);
  const running = useRef(new Map<string, { controller: AbortController; done: Promise<void> }>());
  // Files that finished since the list was last idle: one "uploaded" message for them all.
  const finished = useRef<string[]>([]);
  const [waiting, setWaiting] = useState(false);
  const [notice, setNotice] = useState('');
  const [announcement, setAnnouncement] = useState('');

  function update(change: (current: readonly UploadItem[]) => readonly UploadItem[]) {
    itemsRef.current = change(itemsRef.current);
    setItems(itemsRef.current);
  }

  function finish(key: string, result: { attachment: AttachmentView } | { error: string }) {
    running.current.delete(key);
    const item = itemsRef.current.find((candidate) => candidate.key === key);
    if (!item) {
      // Removed while its answer was on the way: discard what arrived.
      if ('attachment' in result) discard(result.attachment.id);
      return;
    }
    const next: UploadItem =
      'attachment' in result
        ? { key, name: item.name, size: item.size, state: 'done', attachment: result.attachment }
        : { key, name: item.name, size: item.size, state: 'failed', error: result.error };
    update((current) => current.map((candidate) => (candidate.key === key ? next : candidate)));
    const messages: string[] = [];
    if (next.state === 'failed') messages.push(t('attachments.failedAnnounce', { name: item.name, message: next.error }));
    else finished.current.push(item.name);
    if (running.current.size === 0 && finished.current.length > 0) {
      const names = finished.current;
      finished.current = [];
      messages.push(t('attachments.uploadedAnnounce', { count: names.length, name: names[0] ?? '' }));
    }
    if (messages.length > 0) setAnnouncement(messages.join(' '));
  }

  function discard(id: string) {
    // Best effort: an upload that is never attached is discarded by the server anyway.
    apiDelete(`${uploadUrl}/${encodeURIComponent(id)}`).catch(() => undefined);
  }

  function start(key: string, file: File) {
    const controller = new AbortController();
    const body = new FormData();
    body.append('file', file, file.name);
    const done = apiUpload<UploadResponse>(uploadUrl, body, controller.signal).then(
      ({ attachment }) => {
        finish(key, { attachment });
      },
      (reason: unknown) => {
        if (controller.signal.aborted) return;
        finish(key, { error: errorMessage(reason) });
      },
    );
    running.current.set(key, { controller, done });
  }

  function add(files: Iterable<File>) {
    const picked = [...files];
    if (picked.length === 0) return;
    let room = max - itemsRef.current.filter((item) => item.state !== 'failed').length;
    const added: UploadItem[] = [];
    const refused: string[] = [];
    const uploads: [string, File][] = [];
    for (const file of picked) {
      counter.current += 1;
      const key = `${keyPrefix}-${String(counter.current)}`;
      const base = { key, name: file.name, size: file.size };
      if (file.size > MAX_ATTACHMENT_BYTES) {
        added.push({ ...base, state: 'failed', error: t('attachments.tooLarge') });
      } else if (room <= 0) {
        refused.push(file.name);
      } else {
        room -= 1;
        added.push({ ...base, state: 'uploading' });
        uploads.push([key, file]);
      }
    }
    update((current) => [...current, ...added]);
    for (const [key, file] of uploads) start(key, file);

    const tooMany = refused.length > 0 ? t('attachments.tooMany', { max, names: refused.join(', ') }) : '';
    setNotice(tooMany);
    const parts = [
      uploads.length > 0 ? t('attachments.uploadingAnnounce', { count: uploads.length, name: uploads[0]![1].name }) : '',
      ...added.filter((item) => item.state === 'failed').map((item) => t('attachments.failedAnnounce', { name: item.name, message: t('attachments.tooLarge') })),
      tooMany,
    ];
    setAnnouncement(parts.filter(Boolean).join(' '));
  }

  function remove(key: string) {
    const item = itemsRef.current.find((candidate) => candidate.key === key);
    if (!item) return;
    update((current) => current.filter((candidate) => candidate.key !== key));
    if (item.state === 'uploading') {
      running.current.get(key)?.controller.abort();
      running.current.delete(key);
    }
    if (item.state === 'done') discard(item.attachment.id);
    setNotice('');
    setAnnouncement(t('attachments.removedAnnounce', { name: item.name }));
  }

  async function settled() {
    const watched = new Set<string>();
    if (running.current.size > 0) setWaiting(true);
    try {
      // Files picked while waiting are waited for too.
      while (running.current.size > 0) {
        for (const key of running.current.keys()) watched.add(key);
        await Promise.all([...running.current.values()].map((upload) => upload.done));
      }
    } finally {
      setWaiting(false);
    }
    const current = itemsRef.current;
    return {
      attachmentIds: current.flatMap((item) => (item.state === 'done' ? [item.attachment.id] : [])),
      failed: current.filter((item) => item.state === 'failed' && watched.has(item.key)).map((item) => item.name),
    };
  }

  async function idsToSend(fail: (message: string) => void): Promise<string[] | null> {
    const { attachmentIds, failed } = await settled();
    if (failed.length === 0) return attachmentIds;
    fail(t('attachments.failedWhileSending', { names: failed.join(', ') }));
    return null;
  }

  function clear() {
    update(() => []);
    finished.current = [];
    setNotice('');
    setAnnouncement('');
  }

  return {
    items,
    max,
    busy: items.some((item) => item.state === 'uploading'),
    waiting,
    notice,
    announcement,
    add,
    remove,
    idsToSend,
    clear,
  };
}
