import { appMessage } from '../../errors/catalog';
import { fail, type ParseResult } from './dates';
import { isBlankText, toHalfWidth } from './text';

export type AmountUnit = 'wan' | 'yi' | 'yuan';

const MAX_WAN = 100_000_000;
const AMOUNT_ERROR = fail(appMessage('ledgerAmountUnreadable'));

/**
 * An amount in whole 万元 from a ledger cell, or null for a blank. The unit written in the cell wins
 * (万元/万, 亿元/亿, 元); otherwise the column's unit (from its header, 万元 by default). Accepts
 * thousands separators, full-width digits and commas, a leading 约/大约/预计 and a trailing 左右; a
 * fraction of a 万元 is rounded.
 */
export function parseLedgerAmount(
  input: unknown,
  columnUnit: AmountUnit = 'wan',
): ParseResult<number | null> {
  if (input === null || input === undefined) return { ok: true, value: null };
  let value: number;
  let unit = columnUnit;
  if (typeof input === 'number') {
    value = input;
  } else if (typeof input === 'string') {
    let s = toHalfWidth(input).replace(/\s+/g, '');
    if (isBlankText(s)) return { ok: true, value: null };
    s = s.replace(/^(约|大约|预计|计划|共|合计)/, '').replace(/(左右|以上|多)$/, '');
    s = s.replace(/(人民币|RMB)/gi, '');
    const m = /^([+-]?[\d,]*\.?\d+)(亿元|亿|万元|万|元)?(人民币)?$/.exec(s);
    if (!m?.[1]) return AMOUNT_ERROR;
    const digits = m[1].replace(/,/g, '');
    // Separators must group by three (1,234,567); "12,34" is more likely a typo than a number.
    if (m[1].includes(',') && !/^[+-]?\d{1,3}(,\d{3})*(\.\d+)?$/.test(m[1])) return AMOUNT_ERROR;
    value = Number(digits);
    if (m[2]) unit = m[2].startsWith('亿') ? 'yi' : m[2].startsWith('万') ? 'wan' : 'yuan';
  } else {
    return AMOUNT_ERROR;
  }
  if (!Number.isFinite(value)) return AMOUNT_ERROR;
  if (value < 0) return fail(appMessage('ledgerAmountNegative'));
  const wan = unit === 'yi' ? value * 10_000 : unit === 'yuan' ? value / 10_000 : value;
  const rounded = Math.round(wan);
  if (rounded > MAX_WAN) return fail(appMessage('ledgerAmountTooLarge'));
  return { ok: true, value: rounded };
}
