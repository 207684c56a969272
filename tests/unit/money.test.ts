import { describe, expect, it } from 'vitest';
import { formatWan, formatWanExact, isMajor, totalInvestment } from '../../shared/domain/money';

describe('major project (重大项目): total investment ≥ 5,000 万元', () => {
  it.each([
    [{ estimatedInvestment: 4999, agreedInvestment: null }, 4999, false],
    [{ estimatedInvestment: 5000, agreedInvestment: null }, 5000, true],
    [{ estimatedInvestment: 5001, agreedInvestment: null }, 5001, true],
    [{ estimatedInvestment: 8000, agreedInvestment: 4999 }, 4999, false], // the agreed amount overrides the estimate
    [{ estimatedInvestment: 3000, agreedInvestment: 5000 }, 5000, true],
    [{ estimatedInvestment: 9000, agreedInvestment: 0 }, 0, false], // 0 agreed is an agreed amount, not a blank
  ])('%j → total %i, major %s', (p, total, major) => {
    expect(totalInvestment(p)).toBe(total);
    expect(isMajor(p)).toBe(major);
  });
});

describe('formatWan: 万元 below 1 亿, 亿元 with two decimals from 1 亿', () => {
  it.each([
    [0, '0 万元'],
    [800, '800 万元'],
    [1234, '1,234 万元'],
    [9999, '9,999 万元'],
    [10000, '1.00 亿元'],
    [12345, '1.23 亿元'],
    [12399, '1.24 亿元'],
    [4_600_000, '460.00 亿元'],
    [123_456_789, '12,345.68 亿元'],
  ])('%i → %s', (wan, text) => {
    expect(formatWan(wan)).toBe(text);
  });

  it.each([
    [1234, '1,234 × 10k yuan'],
    [10000, '1.00 × 100M yuan'],
    [12345, '1.23 × 100M yuan'],
  ])('English: %i → %s', (wan, text) => {
    expect(formatWan(wan, 'en')).toBe(text);
  });

  it.each([
    [190_000, 'zh-CN', '190,000 万元'],
    [190_050, 'en', '190,050 × 10k yuan'],
  ] as const)('exact: %i in %s → %s', (wan, locale, text) => {
    expect(formatWanExact(wan, locale)).toBe(text);
  });
});
