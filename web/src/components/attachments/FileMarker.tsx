import { useTranslation } from 'react-i18next';

/** A file icon with the file's type on it (PDF, JPG…); decorative, as the name is always beside it. */
export function FileMarker({ filename }: { filename: string }) {
  const { t } = useTranslation();
  const dot = filename.lastIndexOf('.');
  const extension = dot > 0 ? filename.slice(dot + 1).toUpperCase() : '';
  const label = extension.length > 0 && extension.length <= 4 ? extension : t('attachments.file');
  return (
    <span className="file-icon" aria-hidden="true">
      {label}
    </span>
  );
}
