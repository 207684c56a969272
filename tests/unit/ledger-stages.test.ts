import { describe, expect, it } from 'vitest';
import { formatMessageZh } from '../../shared/errors/format';
import { formatLedgerStage, parseLedgerStage } from '../../shared/domain/ledger/stages';

describe('parseLedgerStage: stage words and their variants', () => {
  it.each([
    ['洽谈', 'active', 'negotiating'],
    ['在谈', 'active', 'negotiating'],
    ['洽谈中', 'active', 'negotiating'],
    ['引进', 'active', 'introduced'],
    ['已签约', 'active', 'introduced'],
    ['落地', 'active', 'landed'],
    ['已落地', 'active', 'landed'],
    ['开工', 'active', 'started'],
    ['在建', 'active', 'started'],
    ['建成', 'active', 'completed'],
    ['已投产', 'active', 'completed'],
    ['已开业', 'active', 'completed'],
    ['落地一批', 'active', 'landed'],
    [' 已 签约 ', 'active', 'introduced'],
    ['暂缓', 'on_hold', null],
    ['终止', 'dropped', null],
    ['已终止', 'dropped', null],
    ['暂缓（落地）', 'on_hold', 'landed'], // as the export writes it
    ['终止(引进)', 'dropped', 'introduced'],
    ['暂缓【已签约】', 'on_hold', 'introduced'],
  ])('%j → %s / %s', (input, status, stage) => {
    expect(parseLedgerStage(input)).toEqual({ ok: true, value: { status, stage } });
  });

  it.each([null, '', ' ', '-'])('%j is a blank', (input) => {
    expect(parseLedgerStage(input)).toEqual({ ok: true, value: null });
  });

  it.each(['进行中', '落地（开工）', '暂缓（未知）', '已完成'])('%j is refused', (input) => {
    const r = parseLedgerStage(input);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(formatMessageZh(r.error)).toContain('洽谈、引进、落地、开工、建成、暂缓 或 终止');
  });

  it.each([
    [{ stage: 'landed', status: 'active' }, '落地'],
    [{ stage: 'landed', status: 'on_hold' }, '暂缓（落地）'],
    [{ stage: 'introduced', status: 'dropped' }, '终止（引进）'],
  ] as const)('formats %j as %s, which parses back', (p, text) => {
    expect(formatLedgerStage(p)).toBe(text);
    expect(parseLedgerStage(text)).toEqual({ ok: true, value: { status: p.status, stage: p.stage } });
  });
});
