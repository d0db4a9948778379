import { useTranslation } from 'react-i18next';
import { setLanguage } from '../i18n';

/**
 * Offers the other language, named in that language ("English" / "Svenska") and marked with
 * its `lang` so screen readers pronounce it right.
 */
export function LanguageSwitch() {
  const { t } = useTranslation();
  const target = t('language.switchToCode') === 'en' ? 'en' : 'sv';
  return (
    <button type="button" className="button button--ghost language-switch" lang={target} onClick={() => void setLanguage(target)}>
      {t('language.switchTo')}
    </button>
  );
}
