import { describe, expect, it } from 'vitest';
import { formatMessageZh } from '../../shared/errors/format';
import { excelSerialToDate, parseLedgerDate } from '../../shared/domain/ledger/dates';

describe('parseLedgerDate: the date forms offices type', () => {
  it.each([
    ['2024-03-05', '2024-03-05'],
    ['2024/3/5', '2024-03-05'],
    ['2024.3.5', '2024-03-05'],
    ['2024年3月5日', '2024-03-05'],
    ['2024年03月05号', '2024-03-05'],
    ['２０２４．３．５', '2024-03-05'], // full-width digits and dot
    [' 2024-3-5 ', '2024-03-05'],
    ['2024-03-05 10:30:00', '2024-03-05'],
    ['20240305', '2024-03-05'],
    ['45356', '2024-03-05'], // a serial exported as text
    [45356, '2024-03-05'], // Excel date serial (cell not formatted as a date)
    [45356.75, '2024-03-05'], // a serial with a time of day
    [new Date(Date.UTC(2024, 2, 5)), '2024-03-05'], // exceljs: date cells come as UTC midnight
    ['2024-02-29', '2024-02-29'],
  ])('%j → %s', (input, expected) => {
    expect(parseLedgerDate(input)).toEqual({ ok: true, value: expected });
  });

  it.each([null, undefined, '', '  ', '-', '—', '/', '无'])('%j is a blank', (input) => {
    expect(parseLedgerDate(input)).toEqual({ ok: true, value: null });
  });

  it.each([
    ['2024-02-30', '日期不存在'],
    ['2023年2月29日', '日期不存在'],
    ['2024-13-01', '日期不存在'],
    ['下月初', '日期无法识别'],
    ['3月5日', '日期无法识别'], // no year
    [12, '日期无法识别'], // a number far from any plausible serial
    [true, '日期无法识别'],
  ])('%j is refused (%s)', (input, message) => {
    const r = parseLedgerDate(input);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(formatMessageZh(r.error)).toContain(message);
  });

  it.each([
    [1, '1899-12-31'],
    [60, '1900-02-28'], // Excel's phantom 1900-02-29 sits at 60; real dates from 61 on are right
    [61, '1900-03-01'],
    [45292, '2024-01-01'],
  ])('serial %i → %s', (serial, date) => {
    expect(excelSerialToDate(serial)).toBe(date);
  });
});
