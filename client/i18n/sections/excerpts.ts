import { lightZh } from '../../../shared/labels/domain';

/**
 * The few keys of page-only sections (../zh-CN-pages.ts) that the header and the board show, loaded
 * with the board (../zh-CN-core.ts); their sections spread them. A module of their own, because the
 * bundler keeps a module whole: were they in schedules.ts or ledger.ts, all of it would load with the
 * board.
 */
export const schedulesBoardZh = {
  nav: { major: '挂图作战', templates: '工期模板' },
  light: lightZh,
  lightShort: { red: '红', yellow: '黄', green: '绿' },
  unscheduled: '未编排工期',
} as const;

export const auditNavZh = { nav: '操作日志' } as const;

export const ledgerBoardZh = {
  nav: '台账导入',
  export: {
    all: '导出台账',
    filtered: '导出当前筛选',
    csv: 'CSV',
    allHint: '导出全部项目（含暂缓、终止）为 Excel 台账',
    filteredHint: '按看板当前筛选导出 Excel 台账',
    csvHint: '导出全部项目为 CSV（UTF-8，Excel 可直接打开）',
  },
} as const;
