import { useTranslation } from 'react-i18next';

/** The first focusable element on every page; visible only when focused. */
export function SkipLink() {
  const { t } = useTranslation();
  return (
    <a className="skip-link" href="#main">
      {t('common.skipToContent')}
    </a>
  );
}
