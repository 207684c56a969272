import type { DropCategory } from './catalog';
import type { MovePlan } from './transitions';
import type { FunnelStage, ProjectStatus } from './stages';

/** The project fields a stage move decides (besides the gate values it supplies). */
export interface MoveRowFields {
  stage: FunnelStage;
  status: ProjectStatus;
  holdReason: string | null;
  dropCategory: DropCategory | null;
  dropNote: string | null;
  stageEnteredAt: number;
  lastActivityAt: number;
}

type Before = Pick<MoveRowFields, 'stage' | 'holdReason' | 'dropCategory' | 'dropNote' | 'stageEnteredAt'>;

/**
 * What a planned move writes onto the project's row: a hold records its reason, a drop its category and
 * note, a return to the funnel clears both, the stage-entered instant moves only when the stage does.
 * Pure, so the board's move, the import and a schedule-linked move write the same row.
 */
export function moveRowFields(
  before: Before,
  plan: Pick<MovePlan, 'kind' | 'stage' | 'status'>,
  move: { note: string | null; dropCategory: DropCategory | null },
  now: number,
): MoveRowFields {
  const active = plan.status === 'active';
  return {
    stage: plan.stage,
    status: plan.status,
    holdReason: plan.kind === 'hold' ? move.note : active ? null : before.holdReason,
    dropCategory: plan.kind === 'drop' ? (move.dropCategory ?? 'other') : active ? null : before.dropCategory,
    dropNote: plan.kind === 'drop' ? move.note : active ? null : before.dropNote,
    stageEnteredAt: plan.stage !== before.stage ? now : before.stageEnteredAt,
    lastActivityAt: now,
  };
}

/** Fields of an edit that change nothing are left out, so the audit row and the history list only real changes. */
export function changedFields<F extends object>(before: object, fields: F): Partial<F> {
  const was = before as Record<string, unknown>;
  return Object.fromEntries(
    Object.entries(fields).filter(([k, v]) => v !== undefined && was[k] !== v),
  ) as Partial<F>;
}
