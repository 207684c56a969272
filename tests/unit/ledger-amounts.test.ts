import { describe, expect, it } from 'vitest';
import { formatMessageZh } from '../../shared/errors/format';
import { parseLedgerAmount } from '../../shared/domain/ledger/amounts';

describe('parseLedgerAmount: whole 万元 from what a cell says', () => {
  it.each([
    ['5000', 'wan', 5000],
    ['5,000', 'wan', 5000],
    ['1,234,567', 'wan', 1234567],
    ['５，０００', 'wan', 5000], // full-width digits and comma
    ['约5000', 'wan', 5000],
    ['约 5000 万元', 'wan', 5000],
    ['5000万', 'wan', 5000],
    ['5000万元', 'yi', 5000], // the cell's unit wins over the column's
    ['3.2亿', 'wan', 32000],
    ['3.25亿元', 'wan', 32500],
    ['0.5亿元', 'wan', 5000],
    ['3.2', 'yi', 32000], // a 总投资（亿元） column
    ['50000000元', 'wan', 5000],
    ['1234.6', 'wan', 1235], // a fraction of a 万元 is rounded
    ['2000左右', 'wan', 2000],
    [5000, 'wan', 5000],
    [1.5, 'yi', 15000],
    [0, 'wan', 0],
  ] as const)('%j (column in %s) → %i', (input, unit, wan) => {
    expect(parseLedgerAmount(input, unit)).toEqual({ ok: true, value: wan });
  });

  it.each([null, undefined, '', '  ', '-', '—', '无', '/'])('%j is a blank', (input) => {
    expect(parseLedgerAmount(input)).toEqual({ ok: true, value: null });
  });

  it.each([
    ['五千万', '金额无法识别'],
    ['12,34', '金额无法识别'], // misplaced separator
    ['-100', '不能为负数'],
    ['5000美元', '金额无法识别'],
    ['20000000亿', '金额过大'],
    [true, '金额无法识别'],
  ])('%j is refused (%s)', (input, message) => {
    const r = parseLedgerAmount(input);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(formatMessageZh(r.error)).toContain(message);
  });
});
