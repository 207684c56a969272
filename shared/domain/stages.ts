/** The five funnel stages, in order (洽谈一批、引进一批、落地一批、开工一批、建成一批). */
export const FUNNEL_STAGES = ['negotiating', 'introduced', 'landed', 'started', 'completed'] as const;
export type FunnelStage = (typeof FUNNEL_STAGES)[number];

/** Off-funnel states: 暂缓 keeps its funnel stage and can return to it; 终止 is kept for the record. */
export const OFF_FUNNEL_STATES = ['on_hold', 'dropped'] as const;
export type OffFunnelState = (typeof OFF_FUNNEL_STATES)[number];

/** A project's place: one of the funnel stages or an off-funnel state. Stage events move between these. */
export const PROJECT_STATES = [...FUNNEL_STAGES, ...OFF_FUNNEL_STATES] as const;
export type ProjectState = (typeof PROJECT_STATES)[number];

export const PROJECT_STATUSES = ['active', 'on_hold', 'dropped'] as const;
export type ProjectStatus = (typeof PROJECT_STATUSES)[number];

export function stageIndex(stage: FunnelStage): number {
  return FUNNEL_STAGES.indexOf(stage);
}

export function isFunnelStage(value: string): value is FunnelStage {
  return (FUNNEL_STAGES as readonly string[]).includes(value);
}

export function isProjectState(value: string): value is ProjectState {
  return (PROJECT_STATES as readonly string[]).includes(value);
}
