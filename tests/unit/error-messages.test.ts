import { describe, expect, it } from 'vitest';
import { errorsEn } from '../../client/i18n/sections/en/errors';
import { ERROR_ENTITIES_ZH, ERROR_MESSAGES_ZH, type ErrorCode } from '../../shared/errors/catalog';
import { formatMessageZh, joinMessages } from '../../shared/errors/format';

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
    // The ledger import's messages: the same texts it wrote before it had codes.
    [
      'ledgerLabelUnreadable',
      { field: 'channel', value: '招商' },
      '招商方式「招商」无法识别，应为 产业链招商、以商招商、中介招商、楼宇招商、全员招商、专业招商、其他 之一',
    ],
    ['ledgerOffReasonRequired', { status: 'on_hold' }, '暂缓项目须填写暂缓原因'],
    ['ledgerOffReasonRequired', { status: 'dropped' }, '终止项目须填写终止原因'],
    [
      'ledgerPersonAmbiguous',
      { n: 2, who: 'ownerB', name: '王磊' },
      '有 2 位同名的B岗人员「王磊」，请改填用户名',
    ],
    ['ledgerPersonUnknown', { who: 'ownerA', name: '王磊' }, '招商责任人「王磊」不是系统中的在职用户'],
    ['ledgerTooLong', { limit: 100 }, '内容过长（最多 100 字）'],
    ['ledgerStageTo', { stage: 'landed' }, '阶段调整为落地'],
    ['ledgerSheetEmpty', { sheet: 'Sheet1' }, '工作表「Sheet1」是空的'],
    ['fileTooLarge', { mb: 10 }, '文件超过 10 MB，请拆分后分批导入'],
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

  it('an update summary is a head and its parts, joined in the language of the text', () => {
    const summary = [
      { code: 'ledgerUpdateOf', params: { id: 7 } },
      { code: 'ledgerFieldsChanged', params: { n: 2 } },
      { code: 'ledgerProgressAdded' },
    ] as const;
    expect(joinMessages(summary, formatMessageZh)).toBe('项目编号 7：更新 2 项信息，新增进展记录');
    expect(joinMessages([summary[0]], formatMessageZh)).toBe('项目编号 7：');
  });
});
