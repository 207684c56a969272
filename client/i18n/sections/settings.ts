import type { Widen } from '../types';

export const settingsZh = {
  nav: '设置',
  title: '系统设置',
  stall: {
    title: '久未推进天数',
    hint: '项目在某阶段连续多少天没有跟进记录或阶段变动，即标记为「久未推进」。看板、领导工作台、周调度会和提醒都按此天数判断；建成阶段不计。',
    stageDays: '{{stage}}（天）',
    effective: '修改自保存时起生效；已结束的周调度会仍按当时的天数。',
    saved: '久未推进天数已保存',
    readOnly: '只有管理员可以修改这些设置',
  },
} as const;

export const settingsEn: Widen<typeof settingsZh> = {
  nav: 'Settings',
  title: 'Settings',
  stall: {
    title: 'Days until a project is stalled',
    hint: 'A project with no follow-up or stage move for this many days in a stage is marked stalled. The board, the leader desk, the weekly review and notifications all use these days; completed projects never stall.',
    stageDays: '{{stage}} (days)',
    effective:
      'Changes apply from the moment they are saved; weeks already over keep the days of their time.',
    saved: 'Stalled-project days saved',
    readOnly: 'Only an admin can change these settings',
  },
};
