import { describe, expect, it } from 'vitest';
import { formatMessageZh } from '../../shared/errors/format';
import { parseLedgerCreditCode } from '../../shared/domain/ledger/credit-code';
import {
  parseAgreementType,
  parseChannel,
  parseIndustry,
  parseYesNo,
} from '../../shared/domain/ledger/labels';
import { creditCodeFor } from '../helpers/credit-code';

describe('industries, channels and flags by their Chinese labels', () => {
  it.each([
    ['金融', 'finance'],
    ['数字', 'digital'],
    ['数字经济', 'digital'],
    ['科技创新', 'scitech'],
    ['文化旅游', 'culture_tourism'],
    ['建筑和房地产', 'construction_realestate'],
    ['房地产', 'construction_realestate'],
    ['商务服务业', 'business_services'],
    ['金融产业', 'finance'],
    ['digital', 'digital'], // the stored key
  ])('industry %j → %s', (input, key) => {
    expect(parseIndustry(input)).toEqual({ ok: true, value: key });
  });

  it.each([
    ['楼宇招商', 'building'],
    ['楼宇', 'building'],
    ['以商招商', 'by_business'],
    ['产业链', 'industry_chain'],
    ['其它', 'other'],
  ])('channel %j → %s', (input, key) => {
    expect(parseChannel(input)).toEqual({ ok: true, value: key });
  });

  it.each([
    ['框架协议', 'framework'],
    ['投资协议', 'investment'],
    ['正式协议', 'investment'],
  ])('agreement type %j → %s', (input, key) => {
    expect(parseAgreementType(input)).toEqual({ ok: true, value: key });
  });

  it('an unknown industry names the allowed labels', () => {
    const r = parseIndustry('农业');
    expect(r).toEqual({
      ok: false,
      error: { code: 'ledgerLabelUnreadable', params: { field: 'industry', value: '农业' } },
    });
    expect(!r.ok && formatMessageZh(r.error)).toContain('行业「农业」无法识别，应为 金融、商贸、数字');
  });

  it.each([
    ['是', true],
    ['√', true],
    ['Y', true],
    ['否', false],
    ['', false],
    [null, false],
    [true, true],
  ])('flag %j → %s', (input, value) => {
    expect(parseYesNo(input)).toEqual({ ok: true, value });
  });
  it('a flag that is neither 是 nor 否 is refused', () => expect(parseYesNo('待定').ok).toBe(false));
});

describe('parseLedgerCreditCode', () => {
  const good = creditCodeFor(7);
  it.each([
    [good, good],
    [good.toLowerCase(), good],
    [` ${good.slice(0, 9)} ${good.slice(9)} `, good], // spaces inside
    [good.replace(/[0-9A-Z]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0)), good], // full-width
    ['', null],
    ['—', null],
  ])('%j → %j', (input, value) => {
    expect(parseLedgerCreditCode(input)).toEqual({ ok: true, value });
  });

  it.each([
    [good.slice(0, 17), '应为18位，这里是17位'],
    [good.slice(0, 17) + (good[17] === '0' ? '1' : '0'), '校验位错误'],
    ['91220102MA1234567I', '不允许的字符'],
  ])('%j is refused (%s)', (input, message) => {
    const r = parseLedgerCreditCode(input);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(formatMessageZh(r.error)).toContain(message);
  });
});
