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

/**
 * Formats 万元 amounts per domain.md: below 1 亿 as 万元 with thousands separators,
 * from 1 亿 as 亿元 with two decimals.
 */
export function formatWan(wan: number, locale: MoneyLocale = 'zh-CN'): string {
  const tag = locale === 'en' ? 'en-US' : 'zh-CN';
  if (Math.abs(wan) >= WAN_PER_YI) {
    const yi = (wan / WAN_PER_YI).toLocaleString(tag, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
    return locale === 'en' ? `${yi} yi yuan` : `${yi} 亿元`;
  }
  const n = wan.toLocaleString(tag, { maximumFractionDigits: 0 });
  return locale === 'en' ? `${n} wan yuan` : `${n} 万元`;
}
