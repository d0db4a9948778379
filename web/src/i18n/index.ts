import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { sv } from './sv';
import { en } from './en';

export type Language = 'sv' | 'en';

const STORAGE_KEY = 'lang';

function isLanguage(value: unknown): value is Language {
  return value === 'sv' || value === 'en';
}

function storedLanguage(): Language {
  try {
    const value = window.localStorage.getItem(STORAGE_KEY);
    return isLanguage(value) ? value : 'sv';
  } catch {
    // Storage can be blocked (private mode, strict settings); Swedish is the default anyway.
    return 'sv';
  }
}

export function currentLanguage(): Language {
  const lang = i18n.resolvedLanguage ?? i18n.language;
  return isLanguage(lang) ? lang : 'sv';
}

export async function setLanguage(lang: Language): Promise<void> {
  try {
    window.localStorage.setItem(STORAGE_KEY, lang);
  } catch {
    // Not remembered, but the switch still works for this visit.
  }
  await i18n.changeLanguage(lang);
}

i18n.on('languageChanged', (lang) => {
  document.documentElement.lang = isLanguage(lang) ? lang : 'sv';
});

void i18n.use(initReactI18next).init({
  resources: { sv: { translation: sv }, en: { translation: en } },
  lng: storedLanguage(),
  fallbackLng: 'sv',
  supportedLngs: ['sv', 'en'],
  // React escapes output itself.
  interpolation: { escapeValue: false },
  showSupportNotice: false,
  // Resources are bundled: initialise synchronously so the first render and API call know the language.
  initAsync: false,
});

export default i18n;
