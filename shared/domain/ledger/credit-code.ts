import { creditCodeCheckChar, isValidCreditCode } from '../credit-code';
import type { ParseResult } from './dates';
import { cellString, compactText, isBlankText } from './text';

/**
 * A unified social credit code from a ledger cell: full-width characters, spaces and lower case are
 * forgiven; the GB 32100-2015 check character is not. Null for a blank.
 */
export function parseLedgerCreditCode(input: unknown): ParseResult<string | null> {
  if (input === null || input === undefined) return { ok: true, value: null };
  const s = compactText(cellString(input)).replace(/[-_]/g, '').toUpperCase();
  if (isBlankText(s)) return { ok: true, value: null };
  if (isValidCreditCode(s)) return { ok: true, value: s };
  if (s.length !== 18) return { ok: false, error: `统一社会信用代码应为18位，这里是${s.length}位` };
  const expected = creditCodeCheckChar(s.slice(0, 17));
  if (expected === null || !/^[0-9A-HJ-NPQRTUWXY]{18}$/.test(s))
    return { ok: false, error: '统一社会信用代码含有不允许的字符（不含 I、O、Z、S、V）' };
  if (expected === s[17])
    return { ok: false, error: '统一社会信用代码格式不正确：第3–8位应为行政区划代码（数字）' };
  return { ok: false, error: `统一社会信用代码校验位错误（按前17位应为 ${expected}）` };
}
