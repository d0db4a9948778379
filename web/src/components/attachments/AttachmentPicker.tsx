import { useEffect, useId, useRef, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { formatFileSize } from '../../format';
import type { AttachmentUploads, UploadItem } from '../../hooks/useAttachmentUploads';
import { currentLanguage } from '../../i18n';
import { FieldError, useDescribedBy } from '../Form';
import { FileMarker } from './FileMarker';

/** What the API takes, by type and by name (HEIC often comes without a type). */
const ACCEPT = 'application/pdf,image/jpeg,image/png,image/webp,image/heic,image/heif,.heic,.heif,.pdf,.jpg,.jpeg,.png,.webp';
/** A document that must be a PDF (a signed lease). */
export const PDF_ONLY = 'application/pdf,.pdf';

interface Props {
  /** The files of the form, from useAttachmentUploads. */
  uploads: AttachmentUploads;
  /** The group's legend; "Bilagor" unless told. */
  label?: string;
  /** What the files are for, before the hint on types and sizes. */
  hint?: string;
  /** Marks the inputs invalid; the alert of the form then describes them. */
  invalid?: boolean;
  /** The message under the invalid picker (see useSubmit's `field`). */
  error?: string;
  /** The id of "Välj filer", which the form's error summary links to. */
  id?: string;
  /**
   * Only PDF files (PDF_ONLY's types): no "Ta foto", "Välj fil" and a hint of its own. One file when
   * the uploads take one (`max` 1).
   */
  pdfOnly?: boolean;
}

/**
 * Files for a form: "Välj filer", and on touch devices "Ta foto" straight to the camera. Each file
 * is uploaded as soon as it is picked; the list shows its name, size and state, and a button to
 * remove it. Changes are announced in a polite live region.
 */
export function AttachmentPicker({ uploads, label, hint, invalid, error, id: chooseId, pdfOnly = false }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const hintId = `${id}-hint`;
  const purposeId = hint ? `${id}-purpose` : undefined;
  const messageId = invalid && error ? `${id}-message` : undefined;
  const describedBy = useDescribedBy({ invalid, messageId, ids: [purposeId, hintId] });
  const chooseRef = useRef<HTMLInputElement>(null);
  const listRef = useRef<HTMLUListElement>(null);
  const focusAfterRemove = useRef<number | null>(null);
  const { items } = uploads;
  const single = uploads.max === 1;

  // A removed file's button is gone: focus the next file's, else the previous one's, else "Välj filer".
  useEffect(() => {
    const index = focusAfterRemove.current;
    if (index === null) return;
    focusAfterRemove.current = null;
    const buttons = listRef.current ? [...listRef.current.querySelectorAll<HTMLButtonElement>('.attachment-item__remove')] : [];
    (buttons[Math.min(index, buttons.length - 1)] ?? chooseRef.current)?.focus();
  }, [items]);

  function pick(event: ChangeEvent<HTMLInputElement>) {
    const files = [...(event.target.files ?? [])];
    // Empty the input, so that the same file can be picked again after it was removed.
    event.target.value = '';
    uploads.add(files);
  }

  const inputProps = {
    type: 'file',
    className: 'visually-hidden',
    'aria-describedby': describedBy,
    'aria-invalid': invalid ? true : undefined,
    onChange: pick,
  } as const;

  return (
    <fieldset className="field attachment-picker">
      <legend>{label ?? t('attachments.label')}</legend>
      {hint && (
        <p className="hint" id={purposeId}>
          {hint}
        </p>
      )}
      {messageId && <FieldError id={messageId} message={error} />}
      <div className="attachment-picker__buttons">
        {!pdfOnly && (
          <label className="button button--secondary file-button file-button--camera">
            <input {...inputProps} accept="image/*" capture="environment" />
            {t('attachments.takePhoto')}
          </label>
        )}
        <label className="button button--secondary file-button">
          <input {...inputProps} id={chooseId} ref={chooseRef} multiple={!single} accept={pdfOnly ? PDF_ONLY : ACCEPT} />
          {t(single ? 'attachments.chooseFile' : 'attachments.chooseFiles')}
        </label>
      </div>
      <p className="hint" id={hintId}>
        {pdfOnly ? t('attachments.pdfHint') : t('attachments.hint', { max: uploads.max })}
      </p>
      {uploads.notice && <p className="attachment-picker__notice">{uploads.notice}</p>}
      {items.length > 0 && (
        <ul ref={listRef} className="attachment-items">
          {items.map((item, index) => (
            <PickedFile
              key={item.key}
              item={item}
              onRemove={() => {
                focusAfterRemove.current = index;
                uploads.remove(item.key);
              }}
            />
          ))}
        </ul>
      )}
      <p role="status" className="attachment-picker__status">
        {uploads.waiting ? t('attachments.waiting') : ''}
      </p>
      <p role="status" className="visually-hidden">
        {uploads.announcement}
      </p>
    </fieldset>
  );
}

function PickedFile({ item, onRemove }: { item: UploadItem; onRemove: () => void }) {
  const { t } = useTranslation();
  const size = formatFileSize(item.size, currentLanguage());
  const thumbnail = item.state === 'done' ? item.attachment.thumbnailUrl : null;
  return (
    <li className={`attachment-item attachment-item--${item.state}`}>
      {thumbnail ? (
        // The name is beside it: the picture adds nothing to read out.
        <img className="attachment-item__thumb" src={thumbnail} alt="" width={48} height={48} />
      ) : (
        <FileMarker filename={item.name} />
      )}
      <span className="attachment-item__text">
        <span className="attachment-item__name">{item.name}</span>
        <span className="attachment-item__meta">
          {size}
          {item.state === 'uploading' && ` · ${t('attachments.uploading')}`}
          {item.state === 'done' && ` · ${t('attachments.uploaded')}`}
        </span>
        {item.state === 'failed' && <span className="attachment-item__error">{item.error}</span>}
      </span>
      <button
        type="button"
        className="button button--ghost button--small attachment-item__remove"
        aria-label={t('attachments.removeFile', { name: item.name })}
        onClick={onRemove}
      >
        {t('attachments.remove')}
      </button>
    </li>
  );
}
