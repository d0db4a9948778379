import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { AttachmentView } from '@api';

/**
 * A photo at full size in a modal dialog (the native <dialog>: focus stays inside, Escape closes),
 * with its name, a download link and a close button. The file itself is served as a download, which
 * an <img> shows all the same.
 */
export function ImageViewer({ file, size, onClose }: { file: AttachmentView; size: string; onClose: () => void }) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();

  // No close() on unmount: a removed dialog leaves the top layer by itself, and a close() there would
  // fire a late "close" event (StrictMode mounts twice) that shuts the viewer just opened.
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);

  return (
    <dialog
      ref={ref}
      className="image-viewer"
      aria-labelledby={titleId}
      onClose={onClose}
      onClick={(event) => {
        // a click on the backdrop (the dialog itself, outside its content) closes it
        if (event.target === ref.current) ref.current.close();
      }}
    >
      <div className="image-viewer__bar">
        <h2 id={titleId} className="image-viewer__title">
          {file.filename} <span className="image-viewer__size">({size})</span>
        </h2>
        <a href={file.url} download={file.filename} className="button button--secondary button--small">
          {t('attachments.download')}
        </a>
        <button type="button" className="button button--primary button--small" onClick={() => ref.current?.close()} autoFocus>
          {t('attachments.close')}
        </button>
      </div>
      <img src={file.url} alt={file.filename} className="image-viewer__image" decoding="async" />
    </dialog>
  );
}
