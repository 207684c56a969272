import type { PlanStep } from './plan';
export { STAGE_DATE_FIELD, LINKABLE_STAGES, isLinkableStage, type LinkableStage } from './linked';

export const TEMPLATE_KINDS = ['construction', 'building'] as const;
export type TemplateKind = (typeof TEMPLATE_KINDS)[number];

/** The two templates of domain.md with typical durations (days from the previous milestone). */
export const DEFAULT_TEMPLATES: { name: string; kind: TemplateKind; steps: PlanStep[] }[] = [
  {
    name: '建设类项目',
    kind: 'construction',
    steps: [
      { name: '签订投资协议', durationDays: 30, linkedStage: 'introduced' },
      { name: '注册公司', durationDays: 30, linkedStage: 'landed' },
      { name: '立项备案', durationDays: 30, linkedStage: null },
      { name: '取得用地', durationDays: 90, linkedStage: null },
      { name: '规划许可', durationDays: 45, linkedStage: null },
      { name: '施工许可', durationDays: 45, linkedStage: null },
      { name: '开工', durationDays: 15, linkedStage: 'started' },
      { name: '主体完工', durationDays: 300, linkedStage: null },
      { name: '竣工验收', durationDays: 90, linkedStage: null },
      { name: '投产运营', durationDays: 60, linkedStage: 'completed' },
    ],
  },
  {
    name: '楼宇入驻类项目',
    kind: 'building',
    steps: [
      { name: '签订协议', durationDays: 30, linkedStage: 'introduced' },
      { name: '注册公司', durationDays: 30, linkedStage: 'landed' },
      { name: '装修设计', durationDays: 30, linkedStage: null },
      { name: '装修开工', durationDays: 20, linkedStage: 'started' },
      { name: '入驻开业', durationDays: 90, linkedStage: 'completed' },
    ],
  },
];
