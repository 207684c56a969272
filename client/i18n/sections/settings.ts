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
