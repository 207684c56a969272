import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { setValidationLocale } from '../../shared/schemas/messages';
import { zhCore } from '../i18n/zh-CN-core';

export type Language = 'zh-CN' | 'en';
const STORAGE_KEY = 'lang';

function savedLanguage(): Language {
  return localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'zh-CN';
}

void i18n.use(initReactI18next).init({
  resources: { 'zh-CN': { translation: zhCore } },
  lng: 'zh-CN',
  fallbackLng: 'zh-CN',
  interpolation: { escapeValue: false },
});

let pageStrings: Promise<void> | undefined;

/**
 * The Chinese sections the board does not show (client/i18n/zh-CN-pages.ts), loaded once, by the first
 * page or dialog loaded on demand (client/lib/lazy.ts) before it renders.
 */
export function loadPageStrings(): Promise<void> {
  pageStrings ??= import('../i18n/zh-CN-pages').then(
    ({ zhPages }) => void i18n.addResourceBundle('zh-CN', 'translation', zhPages, true, true),
    (error: unknown) => {
      pageStrings = undefined;
      throw error;
    },
  );
  return pageStrings;
}

/** Chinese ships with the page (the rest on demand, above); English loads the first time it is chosen. */
async function loadLanguage(lang: Language): Promise<void> {
  if (lang === 'en' && !i18n.hasResourceBundle('en', 'translation')) {
    const { en } = await import('../i18n/en');
    i18n.addResourceBundle('en', 'translation', en);
  }
}

export async function setLanguage(lang: Language, remember = true): Promise<void> {
  await loadLanguage(lang);
  if (remember) localStorage.setItem(STORAGE_KEY, lang);
  setValidationLocale(lang);
  document.documentElement.lang = lang;
  await i18n.changeLanguage(lang);
}

export function currentLanguage(): Language {
  return i18n.language === 'en' ? 'en' : 'zh-CN';
}

if (savedLanguage() === 'en') void setLanguage('en', false);

export { i18n };
