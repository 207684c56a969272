import { getISOWeek, getISOWeekYear } from 'date-fns';
import { TZDate } from '@date-fns/tz';
import { useTranslation } from 'react-i18next';
import { BUSINESS_TZ, businessDate } from '../../shared/domain/dates';
import { formatWan, type MoneyLocale } from '../../shared/domain/money';

/** Today's business date in Asia/Shanghai, for form defaults (called in handlers and initialisers). */
export function todayBusinessDate(): string {
  return businessDate(Date.now());
}

/** Formatters for the chosen language: 万元/亿元 amounts, business dates and times in Asia/Shanghai. */
export function useFormat() {
  const { i18n, t } = useTranslation();
  const lang: MoneyLocale = i18n.language === 'en' ? 'en' : 'zh-CN';
  const tag = lang === 'en' ? 'en-GB' : 'zh-CN';
  return {
    lang,
    money: (wan: number | null | undefined) => (wan == null ? t('common.none') : formatWan(wan, lang)),
    /** 'YYYY-MM-DD' business date → localised date. */
    date: (d: string | null | undefined) => {
      if (!d) return t('common.none');
      const [y, m, day] = d.split('-').map(Number);
      return new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, day ?? 1)).toLocaleDateString(tag, {
        timeZone: 'UTC',
        year: 'numeric',
        month: lang === 'en' ? 'short' : 'long',
        day: 'numeric',
      });
    },
    /** 'YYYY-MM' → 2026年1月 / January 2026. */
    month: (key: string) =>
      new Date(Date.UTC(Number(key.slice(0, 4)), Number(key.slice(5, 7)) - 1, 1)).toLocaleDateString(tag, {
        timeZone: 'UTC',
        year: 'numeric',
        month: 'long',
      }),
    /** A file's size: 820 B, 12.5 KB, 3.2 MB (1024-based, as the office's PCs show it). */
    bytes: (n: number) =>
      n < 1024
        ? `${n} B`
        : n < 1024 * 1024
          ? `${(n / 1024).toFixed(n < 10 * 1024 ? 1 : 0)} KB`
          : `${(n / 1024 / 1024).toFixed(1)} MB`,
    /** UTC instant → date and time in Shanghai. */
    dateTime: (ms: number) =>
      new Date(ms).toLocaleString(tag, {
        timeZone: BUSINESS_TZ,
        year: 'numeric',
        month: '2-digit',
        day: '2-digit',
        hour: '2-digit',
        minute: '2-digit',
      }),
    /** Label and value: 原因：x / Reason: x. */
    colon: t('punct.colon'),
    /** A note in brackets: （x） / (x). */
    paren: (text: string) => `${t('punct.open')}${text}${t('punct.close')}`,
    /** Items in a sentence: a、b / a, b. */
    list: (items: readonly string[]) => items.join(t('punct.list')),
    quote: (text: string) => `${t('punct.quoteOpen')}${text}${t('punct.quoteClose')}`,
    /** A count with the locale's grouping: 1,280. */
    number: (n: number) => n.toLocaleString(tag),
    percent: (ratio: number) => (ratio * 100).toLocaleString(tag, { maximumFractionDigits: 1 }) + '%',
    /** A rate already in percent, always with one decimal as reports print it: 66.0%. */
    rate: (pct: number) =>
      pct.toLocaleString(tag, { minimumFractionDigits: 1, maximumFractionDigits: 1 }) + '%',
    week: (ms: number) => {
      const d = new TZDate(ms, BUSINESS_TZ);
      return t('week.label', { year: getISOWeekYear(d), week: getISOWeek(d) });
    },
  };
}
