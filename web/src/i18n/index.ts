import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { sv, type Messages } from './sv';

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

/**
 * Swedish, the default and the fallback, is in the first download; English is fetched the first time
 * it is chosen (or at start, when the visitor chose it before), so a Swedish visitor never loads it.
 */
const loaders: Record<Language, () => Promise<Messages>> = {
  sv: async () => sv,
  en: async () => (await import('./en')).en,
};

async function loadLanguage(lang: Language): Promise<void> {
  if (!i18n.hasResourceBundle(lang, 'translation')) i18n.addResourceBundle(lang, 'translation', await loaders[lang](), true, true);
}

export async function setLanguage(lang: Language): Promise<void> {
  // Remembered first: a page opened while the words are on their way opens in the chosen language.
  try {
    window.localStorage.setItem(STORAGE_KEY, lang);
  } catch {
    // Not remembered, but the switch still works for this visit.
  }
  await loadLanguage(lang);
  await i18n.changeLanguage(lang);
}

i18n.on('languageChanged', (lang) => {
  document.documentElement.lang = isLanguage(lang) ? lang : 'sv';
});

const stored = storedLanguage();
void i18n.use(initReactI18next).init({
  resources: { sv: { translation: sv } },
  lng: 'sv',
  fallbackLng: 'sv',
  supportedLngs: ['sv', 'en'],
  // React escapes output itself.
  interpolation: { escapeValue: false },
  showSupportNotice: false,
  // Resources are bundled: initialise synchronously so the first render and API call know the language.
  initAsync: false,
});

/**
 * Resolves when the visitor's language is ready: at once for Swedish, after English's file for one who
 * chose English before (the app renders after it, so no page shows in Swedish first). Should the file
 * not come, the app is shown in Swedish.
 */
export const languageReady: Promise<void> = stored === 'sv'
  ? Promise.resolve()
  : loadLanguage(stored).then(() => i18n.changeLanguage(stored)).then(() => undefined, () => undefined);

export default i18n;
