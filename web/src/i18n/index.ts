import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { sv, type StartMessages } from './sv';
import type { StaffMessages } from './sv/staff';

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
const loaders: Record<Language, () => Promise<StartMessages>> = {
  sv: async () => sv,
  en: async () => (await import('./en')).en,
};

/** The back office's texts, in a file of their own per language: a tenant's phone never loads them. */
const staffLoaders: Record<Language, () => Promise<StaffMessages>> = {
  sv: async () => (await import('./sv/staff')).svStaff,
  en: async () => (await import('./en/staff')).enStaff,
};

/** Set once the back office has opened: from then on a change of language brings its texts too. */
let staffWanted = false;
const staffLoaded = new Set<Language>();

async function loadStart(lang: Language): Promise<void> {
  if (!i18n.hasResourceBundle(lang, 'translation')) i18n.addResourceBundle(lang, 'translation', await loaders[lang](), true, true);
}

async function loadStaff(lang: Language): Promise<void> {
  if (staffLoaded.has(lang)) return;
  i18n.addResourceBundle(lang, 'translation', await staffLoaders[lang](), true, true);
  staffLoaded.add(lang);
}

async function loadLanguage(lang: Language): Promise<void> {
  await loadStart(lang);
  if (staffWanted) await loadStaff(lang);
}

/**
 * The back office's texts in the visitor's language (and in Swedish, every text's fallback), loaded
 * before a back-office page first renders (App.tsx: the back office's routes wait for it).
 */
export async function loadStaffTexts(): Promise<void> {
  staffWanted = true;
  await languageReady;
  await loadStaff('sv');
  const lang = currentLanguage();
  if (lang !== 'sv') await loadStaff(lang);
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
 * not come, the app is shown in Swedish. The start's texts only: the back office's come with its pages
 * (loadStaffTexts), whose failing to come is their page's error, in the visitor's language.
 */
export const languageReady: Promise<void> = stored === 'sv'
  ? Promise.resolve()
  : loadStart(stored).then(() => i18n.changeLanguage(stored)).then(() => undefined, () => undefined);

export default i18n;
