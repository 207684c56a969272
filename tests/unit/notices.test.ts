import { describe, expect, it } from 'vitest';
import { chineseDate } from '../../shared/domain/dates';
import { notice } from '../../shared/labels/notices';

describe('the sentences notifications carry', () => {
  it('write dates as the pages do', () => {
    expect(chineseDate('2026-12-04')).toBe('2026年12月4日');
    expect(notice.instructionReceived('陈立新', '星遥空间', '2026-12-14', '请倒排工期')).toBe(
      '陈立新对「星遥空间」作出批示，请于2026年12月14日前回复：请倒排工期',
    );
    expect(notice.milestoneDue('星遥空间', '开工仪式', '2027-01-05')).toBe(
      '节点临近：「星遥空间」「开工仪式」计划2027年1月5日完成',
    );
  });

  it('leave out what a case does not have', () => {
    expect(notice.chaseUp('星遥空间', null, '补齐材料', '2026-12-10')).toBe(
      '督办：「星遥空间」— 补齐材料（2026年12月10日前办结）',
    );
    expect(notice.chaseUp('星遥空间', '土地摘牌', '补齐材料', '2026-12-10')).toContain('「土地摘牌」—');
    expect(notice.followUpDue('星遥空间', null, '2026-12-10')).toBe(
      '下一步到期：「星遥空间」（2026年12月10日）',
    );
    expect(notice.problemEscalated('星遥空间', '用地指标', null)).toBe(
      '「星遥空间」的问题「用地指标」已上报给您协调',
    );
    expect(notice.leaderAssigned('星遥空间', 'co')).toBe('您被指定为「星遥空间」的协包领导');
    expect(notice.chaseUpEscalated('red', '星遥空间', '补齐材料', '2026-12-10')).toMatch(
      /^督办单升级为红色：/,
    );
  });
});
