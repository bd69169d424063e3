// i18next set-up: English first, Welsh second; the choice is remembered and sets <html lang>.
// English (also the fallback) is bundled; Welsh is fetched the first time it is needed, so nobody
// downloads both catalogues up front.
import i18n, { type BackendModule } from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from '@/locales/en.json';

export const LANGUAGES = [
  { code: 'en', name: 'English' },
  { code: 'cy', name: 'Cymraeg' },
] as const;

export type LanguageCode = (typeof LANGUAGES)[number]['code'];

export const LANGUAGE_STORAGE_KEY = 'coproduce-language';

/** The catalogues not bundled, loaded on demand (each becomes its own chunk). */
const CATALOGUES: Partial<Record<LanguageCode, () => Promise<{ default: object }>>> = {
  cy: () => import('@/locales/cy.json'),
};

/** An i18next backend that loads a language's catalogue the first time it is used. */
const onDemandCatalogues: BackendModule = {
  type: 'backend',
  init() {},
  read(language, _namespace, callback) {
    const load = CATALOGUES[language as LanguageCode];
    if (!load) {
      callback(null, {});
      return;
    }
    load().then(
      (catalogue) => callback(null, catalogue.default as never),
      (error: unknown) => callback(error instanceof Error ? error : new Error(String(error)), false),
    );
  },
};

function isLanguage(value: string | null | undefined): value is LanguageCode {
  return LANGUAGES.some((language) => language.code === value);
}

function storedLanguage(): LanguageCode {
  try {
    const fromUrl = new URLSearchParams(window.location.search).get('lang');
    if (isLanguage(fromUrl)) return fromUrl;
    const saved = window.localStorage.getItem(LANGUAGE_STORAGE_KEY);
    if (isLanguage(saved)) return saved;
  } catch {
    // storage may be blocked; English it is
  }
  return 'en';
}

function applyLanguage(language: string) {
  if (!isLanguage(language)) return;
  document.documentElement.lang = language;
  try {
    window.localStorage.setItem(LANGUAGE_STORAGE_KEY, language);
  } catch {
    // not remembered, but still applied
  }
}

i18n.on('languageChanged', applyLanguage);

/** Resolves once the starting language's catalogue is there (at once for English); render after it. */
export const i18nReady = i18n
  .use(onDemandCatalogues)
  .use(initReactI18next)
  .init({
    resources: { en: { translation: en } },
    partialBundledLanguages: true,
    lng: storedLanguage(),
    fallbackLng: 'en',
    supportedLngs: LANGUAGES.map((language) => language.code),
    initAsync: false,
    interpolation: { escapeValue: false },
    returnNull: false,
    react: { useSuspense: false },
  });

applyLanguage(i18n.language);

export default i18n;
