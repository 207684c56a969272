import { describe, expect, it } from 'vitest';
import {
  actionLabel,
  entityLabel,
  fieldLabel,
  objectLabel,
  type Reader,
  readableChanges,
} from '../../client/features/audit/readable';
import { en } from '../../client/i18n/en';
import { zhCN } from '../../client/i18n/zh-CN';
import { AUDIT_ACTIONS, auditActionKey } from '../../shared/domain/audit-actions';
import { formatWan } from '../../shared/domain/money';
import { REMINDER_KINDS } from '../../shared/domain/reminders';

/** A reader over a real catalogue, with the catalogue's {{placeholders}} filled like i18next does. */
function readerFor(catalogue: object, lang: 'zh-CN' | 'en'): Reader {
  const find = (key: string): unknown =>
    key
      .split('.')
      .reduce<unknown>((node, k) => (node as Record<string, unknown> | undefined)?.[k], catalogue);
  return {
    t: (key, options = {}) => {
      // i18next's plural keys: x_one / x_other by count (Chinese has only the other form).
      const form =
        typeof options.count === 'number' && (options.count === 1 && lang === 'en' ? 'one' : 'other');
      const text = (form && find(`${key}_${form}`)) || find(key);
      return (typeof text === 'string' ? text : key).replace(/\{\{(\w+)\}\}/g, (_, name: string) =>
        JSON.stringify(options[name]),
      );
    },
    exists: (key) => typeof find(key) === 'string',
    money: (wan) => formatWan(wan, lang),
    date: (day) => `[${day}]`,
    dateTime: (ms) => `<${new Date(ms).toISOString()}>`,
    names: {
      users: { '7': '王磊', '9': '李娜' },
      units: { '3': '投资促进局' },
      projects: { '5': '星遥空间' },
    },
  };
}
const zh = readerFor(zhCN, 'zh-CN');
const english = readerFor(en, 'en');

describe('the audit trail in the office language', () => {
  it("names a row's object where it has a name, and numbers it otherwise", () => {
    // The test reader quotes each parameter it fills in.
    expect(objectLabel(zh, 'project', 5)).toBe('"项目"「"星遥空间"」');
    expect(objectLabel(english, 'project', 5)).toBe('"Project" “"星遥空间"”');
    expect(objectLabel(zh, 'user', 9)).toContain('李娜');
    expect(objectLabel(zh, 'project', 6)).toBe('"项目" #6');
    expect(objectLabel(zh, 'ledger', null)).toBe(entityLabel(zh, 'ledger'));
  });

  it('names every action the log can record, in both languages', () => {
    for (const action of AUDIT_ACTIONS) {
      expect(actionLabel(zh, action), action).not.toBe(action);
      expect(actionLabel(english, action), action).not.toBe(action);
      expect(auditActionKey(action)).not.toContain('.');
    }
    expect(actionLabel(zh, 'project.move.forward')).toBe('推进阶段');
    expect(actionLabel(zh, 'some.future.action')).toBe('some.future.action');
    expect(entityLabel(zh, 'project')).toBe('项目');
  });

  it('reads an edit with field labels, enum labels, 万元, people and units by name', () => {
    const lines = readableChanges(zh, 'project.update', {
      industry: ['digital', 'finance'],
      estimatedInvestment: [600, 90_000],
      ownerAId: [7, 9],
      unitId: [null, 3],
      isKey: [false, true],
      signingDate: [null, '2026-11-20'],
      stageEnteredAt: [null, 1_700_000_000_000],
    });
    expect(lines).toEqual([
      { field: 'industry', label: '行业', before: '数字', after: '金融' },
      { field: 'estimatedInvestment', label: '预计总投资', before: '600 万元', after: '9.00 亿元' },
      { field: 'ownerAId', label: '招商责任人（A岗）', before: '王磊', after: '李娜' },
      { field: 'unitId', label: '责任单位', before: '（空）', after: '投资促进局' },
      { field: 'isKey', label: '重点项目', before: '否', after: '是' },
      { field: 'signingDate', label: '签约日期', before: '（空）', after: '[2026-11-20]' },
      {
        field: 'stageEnteredAt',
        label: '进入本阶段时间',
        before: '（空）',
        after: '<2023-11-14T22:13:20.000Z>',
      },
    ]);
  });

  it('reads the daily reminder row: its date and what it sent of each kind', () => {
    const changes = { today: '2026-12-07', chase_up_escalated: 2, follow_up_due: 42, milestone_due: 12 };
    expect(readableChanges(zh, 'notification.remind', changes)).toEqual([
      { field: 'today', label: '提醒日期', value: '[2026-12-07]' },
      { field: 'chase_up_escalated', label: '督办升级', value: '2' },
      { field: 'follow_up_due', label: '下一步到期', value: '42' },
      { field: 'milestone_due', label: '节点临近', value: '12' },
    ]);
    for (const kind of REMINDER_KINDS) expect(fieldLabel(english, kind)).not.toBe(kind);
  });

  it('reads stages, statuses by the action they belong to, lists and a created record', () => {
    expect(readableChanges(zh, 'project.move.forward', { stage: ['negotiating', 'introduced'] })).toEqual([
      { field: 'stage', label: '阶段', before: '洽谈', after: '引进' },
    ]);
    expect(readableChanges(zh, 'problem.move', { status: ['open', 'closed'] })[0]).toMatchObject({
      before: '待办',
      after: '已销号',
    });
    expect(readableChanges(zh, 'project.move.hold', { status: ['active', 'on_hold'] })[0]).toMatchObject({
      before: '推进中',
      after: '暂缓',
    });
    // A value, not a diff: a member list of two people, an industries list, a list of milestones.
    expect(readableChanges(zh, 'taskForce.create', { memberIds: [7, 9], industries: ['finance'] })).toEqual([
      { field: 'memberIds', label: '成员', value: '王磊、李娜' },
      { field: 'industries', label: '行业', value: '金融' },
    ]);
    expect(readableChanges(zh, 'followUp.add', { kind: 'visit', amount: 30 })).toEqual([
      { field: 'kind', label: '类型', value: '走访' },
      { field: 'amount', label: '金额', value: '30 万元' },
    ]);
    expect(readableChanges(zh, 'schedule.create', { milestones: [{ name: 'a' }, { name: 'b' }] })).toEqual([
      { field: 'milestones', label: '节点', value: '2 项' },
    ]);
    expect(
      readableChanges(english, 'project.create', { channel: 'by_business', name: '华为吉林总部' }),
    ).toEqual([
      { field: 'channel', label: 'Channel', value: 'Business referral' },
      { field: 'name', label: 'Project name', value: '华为吉林总部' },
    ]);
  });
});
