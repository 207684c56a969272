import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { setValidationLocale } from '../../shared/schemas/messages';
import { zhCN } from '../i18n/zh-CN';

export type Language = 'zh-CN' | 'en';
const STORAGE_KEY = 'lang';

function savedLanguage(): Language {
  return localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'zh-CN';
}

void i18n.use(initReactI18next).init({
  resources: { 'zh-CN': { translation: zhCN } },
  lng: 'zh-CN',
  fallbackLng: 'zh-CN',
  interpolation: { escapeValue: false },
});

/** Chinese ships with the page; the English catalogue loads the first time it is chosen. */
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
