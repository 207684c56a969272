import { describe, expect, it } from 'vitest';
import { errorsEn } from '../../client/i18n/sections/en/errors';
import { ERROR_ENTITIES_ZH, ERROR_MESSAGES_ZH, type ErrorCode } from '../../shared/errors/catalog';
import { formatMessageZh } from '../../shared/errors/format';

const codes = Object.keys(ERROR_MESSAGES_ZH).filter(
  (k) => typeof ERROR_MESSAGES_ZH[k as keyof typeof ERROR_MESSAGES_ZH] === 'string',
) as ErrorCode[];
const paramsOf = (s: string) => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();

describe('server messages: a code and parameters, Chinese by default', () => {
  it.each<[ErrorCode, Record<string, string | number>, string]>([
    ['notFound', { what: 'project' }, '项目不存在'],
    ['conflict', { what: 'user' }, '该用户已被他人修改，请刷新后重试'],
    ['creditCodeTaken', { name: '星河' }, '该统一社会信用代码已用于项目「星河」'],
    ['dateOrder', { field: 'landingDate', after: 'signingDate' }, '落地日期不能早于签约日期'],
    ['oneMilestonePerStage', { stage: 'landed' }, '只能有一个里程碑关联「落地」阶段'],
    [
      'rowsWithErrors',
      { count: 2, rows: '3、5' },
      '有 2 行存在错误（第 3、5 行），未导入任何数据。请修正后再导入',
    ],
    ['signInFirst', {}, '请先登录'],
  ])('%s %j → %s', (code, params, text) => {
    expect(formatMessageZh({ code, params })).toBe(text);
  });

  it.each(Object.keys(ERROR_ENTITIES_ZH))('every entity has a name in both languages: %s', (what) => {
    expect(formatMessageZh({ code: 'notFound', params: { what } })).not.toContain('$t(');
    expect(errorsEn.entity[what as keyof typeof errorsEn.entity]).toBeTruthy();
  });

  it.each(codes)('the English %s takes the same parameters as the Chinese', (code) => {
    expect(paramsOf(errorsEn[code])).toEqual(paramsOf(ERROR_MESSAGES_ZH[code]));
  });
});
