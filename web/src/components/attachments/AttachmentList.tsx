import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatFileSize } from '../../format';
import { currentLanguage } from '../../i18n';
import type { AttachmentView } from '@api';
import { FileMarker } from './FileMarker';
import { ImageViewer } from './ImageViewer';

/**
 * The files of a case, message or notice: images as thumbnails that open the photo at full size,
 * other files (PDFs) as links that download them. Each one's accessible name is its name and size.
 */
export function AttachmentList({ attachments }: { attachments: readonly AttachmentView[] }) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const [viewing, setViewing] = useState<AttachmentView | null>(null);
  if (attachments.length === 0) return null;
  // Thumbnails first, so that they wrap together and the files follow as a list.
  const ordered = [...attachments.filter((file) => file.thumbnailUrl !== null), ...attachments.filter((file) => file.thumbnailUrl === null)];
  return (
    <>
      <ul className="attachment-list" aria-label={t('attachments.listLabel')}>
        {ordered.map((file) => {
          const size = formatFileSize(file.size, lang);
          return (
            <li key={file.id} className={file.thumbnailUrl ? 'attachment-list__image' : 'attachment-list__file'}>
              {file.thumbnailUrl ? (
                <button type="button" className="attachment-thumb" aria-haspopup="dialog" onClick={() => setViewing(file)}>
                  <img src={file.thumbnailUrl} alt={file.filename} loading="lazy" decoding="async" width={96} height={96} />
                  <span className="visually-hidden">{` (${size})`}</span>
                </button>
              ) : (
                <a href={file.url} className="attachment-file">
                  <FileMarker filename={file.filename} />
                  <span className="attachment-file__name">{file.filename}</span>{' '}
                  <span className="attachment-file__size">({size})</span>
                </a>
              )}
            </li>
          );
        })}
      </ul>
      {viewing && <ImageViewer file={viewing} size={formatFileSize(viewing.size, lang)} onClose={() => setViewing(null)} />}
    </>
  );
}
