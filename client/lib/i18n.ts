import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { setValidationLocale } from '../../shared/schemas/messages';
import { en } from '../i18n/en';
import { zhCN } from '../i18n/zh-CN';

export type Language = 'zh-CN' | 'en';
const STORAGE_KEY = 'lang';

function initialLanguage(): Language {
  return localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'zh-CN';
}

void i18n.use(initReactI18next).init({
  resources: { 'zh-CN': { translation: zhCN }, en: { translation: en } },
  lng: initialLanguage(),
  fallbackLng: 'zh-CN',
  interpolation: { escapeValue: false },
});
setValidationLocale(initialLanguage());

export function setLanguage(lang: Language): void {
  localStorage.setItem(STORAGE_KEY, lang);
  setValidationLocale(lang);
  document.documentElement.lang = lang;
  void i18n.changeLanguage(lang);
}

export function currentLanguage(): Language {
  return i18n.language === 'en' ? 'en' : 'zh-CN';
}

export { i18n };
