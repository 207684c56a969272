import { creditCodeCheckChar, isValidCreditCode } from '../credit-code';
import { appMessage } from '../../errors/catalog';
import { fail, type ParseResult } from './dates';
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
  if (s.length !== 18) return fail(appMessage('ledgerCreditCodeLength', { length: s.length }));
  const expected = creditCodeCheckChar(s.slice(0, 17));
  if (expected === null || !/^[0-9A-HJ-NPQRTUWXY]{18}$/.test(s))
    return fail(appMessage('ledgerCreditCodeChars'));
  if (expected === s[17]) return fail(appMessage('ledgerCreditCodeRegion'));
  return fail(appMessage('ledgerCreditCodeCheck', { expected }));
}
