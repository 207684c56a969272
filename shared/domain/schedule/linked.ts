import type { FunnelStage } from '../stages';

/** Funnel stages a milestone can be linked to, and the project's gate date that records reaching each. */
export const STAGE_DATE_FIELD = {
  introduced: 'signingDate',
  landed: 'landingDate',
  started: 'startDate',
  completed: 'completionDate',
} as const satisfies Partial<Record<FunnelStage, string>>;
export type LinkableStage = keyof typeof STAGE_DATE_FIELD;
export const LINKABLE_STAGES = Object.keys(STAGE_DATE_FIELD) as LinkableStage[];

export function isLinkableStage(s: string | null | undefined): s is LinkableStage {
  return s != null && s in STAGE_DATE_FIELD;
}
