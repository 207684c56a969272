/** Amounts are integers in 万元. 1 亿元 = 10,000 万元. */
export const WAN_PER_YI = 10_000;

/** A major project (重大项目) has a total investment of at least 5,000 万元. Derived, never stored. */
export const MAJOR_THRESHOLD_WAN = 5_000;

/** The amount a project counts for: the agreed investment once signed, the estimate before. */
export function totalInvestment(p: { agreedInvestment: number | null; estimatedInvestment: number }): number {
  return p.agreedInvestment ?? p.estimatedInvestment;
}

export function isMajor(p: { agreedInvestment: number | null; estimatedInvestment: number }): boolean {
  return totalInvestment(p) >= MAJOR_THRESHOLD_WAN;
}

export type MoneyLocale = 'zh-CN' | 'en';

/** The units' names: 万元 is "10k yuan" and 亿元 "100M yuan" in English (decision 113). */
const UNITS = { 'zh-CN': { wan: '万元', yi: '亿元' }, en: { wan: '× 10k yuan', yi: '× 100M yuan' } } as const;
const tagOf = (locale: MoneyLocale) => (locale === 'en' ? 'en-US' : 'zh-CN');

/**
 * Formats 万元 amounts per domain.md: below 1 亿 as 万元 with thousands separators,
 * from 1 亿 as 亿元 with two decimals. English keeps the same figures: 1,234 × 10k yuan, 1.23 × 100M yuan.
 */
export function formatWan(wan: number, locale: MoneyLocale = 'zh-CN'): string {
  if (Math.abs(wan) >= WAN_PER_YI) {
    const yi = (wan / WAN_PER_YI).toLocaleString(tagOf(locale), {
      minimumFractionDigits: 2,
      maximumFractionDigits: 2,
    });
    return `${yi} ${UNITS[locale].yi}`;
  }
  return formatWanExact(wan, locale);
}

/** Always in 万元 with separators (190,000 万元), where two large amounts must not round alike. */
export function formatWanExact(wan: number, locale: MoneyLocale = 'zh-CN'): string {
  return `${wan.toLocaleString(tagOf(locale), { maximumFractionDigits: 0 })} ${UNITS[locale].wan}`;
}
