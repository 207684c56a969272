import type { Widen } from '../types';

/** 资料待补: projects imported without some facts their stage needs, and the import's defaults. */
export const pendingZh = {
  nav: '资料待补',
  badge: '资料待补',
  missing: '待补：{{fields}}',
  title: '资料待补的项目',
  subtitle: '从旧台账导入时缺少所处阶段资料的项目。补全后标记自动消除；推进到下一阶段前须补全。',
  mineOnly: '只看我负责的',
  boardFilter: '资料待补',
  count_other: '共 {{count}} 个项目',
  empty: '没有资料待补的项目',
  complete: '补全资料',
  project: '项目',
  stage: '阶段',
  owner: '招商责任人',
  missingFields: '缺少的资料',
  banner: '资料待补：{{fields}}。补全后标记自动消除；推进到下一阶段前须补全。',
  defaults: {
    title: '未填项的默认值',
    hint: '表格中没有该列或单元格为空时，新建项目按以下默认值导入；已有项目不受影响。',
    channel: '默认招商方式',
    ownerA: '默认招商责任人',
    unit: '默认责任单位',
    none: '不设默认值',
  },
  preview_other:
    '{{count}} 个新项目缺少所处阶段的资料，将标记为「资料待补」导入，导入后可在资料待补清单中补全。',
  done_other: '其中 {{count}} 个项目标记为资料待补',
  doneLink: '去补全资料',
} as const;

export const pendingEn: Widen<typeof pendingZh> = {
  nav: 'Facts to complete',
  badge: 'Facts missing',
  missing: 'Missing: {{fields}}',
  title: 'Projects with facts to complete',
  subtitle:
    'Projects imported from an old ledger without some facts their stage needs. The flag clears once they are filled in; moving forward requires them.',
  mineOnly: 'Only mine',
  boardFilter: 'Facts missing',
  count_one: '{{count}} project',
  count_other: '{{count}} projects',
  empty: 'No project has facts to complete',
  complete: 'Complete facts',
  project: 'Project',
  stage: 'Stage',
  owner: 'Owner A',
  missingFields: 'Missing facts',
  banner: 'Facts missing: {{fields}}. The flag clears once they are filled in; moving forward requires them.',
  defaults: {
    title: 'Defaults for empty cells',
    hint: 'When the sheet has no such column or the cell is empty, new projects are imported with these values; existing projects are not changed.',
    channel: 'Default channel',
    ownerA: 'Default owner A',
    unit: 'Default responsible unit',
    none: 'No default',
  },
  preview_one:
    '{{count}} new project lacks facts its stage needs: it will be imported flagged "Facts missing", to be completed afterwards.',
  preview_other:
    '{{count}} new projects lack facts their stage needs: they will be imported flagged "Facts missing", to be completed afterwards.',
  done_one: '{{count}} of them is flagged "Facts missing"',
  done_other: '{{count}} of them are flagged "Facts missing"',
  doneLink: 'Complete them',
};
