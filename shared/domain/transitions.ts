import type { ErrorCode } from '../errors/catalog';
import { formatMessageZh } from '../errors/format';
import { gatesBetween, type GateField, missingGates } from './gates';
import {
  type FunnelStage,
  PROJECT_STATES,
  type ProjectState,
  type ProjectStatus,
  isFunnelStage,
  stageIndex,
} from './stages';

export type MoveKind = 'forward' | 'backward' | 'hold' | 'resume' | 'drop' | 'restore';

export interface MovePlan {
  kind: MoveKind;
  /** The funnel stage the project stands in after the move (kept while on hold or dropped). */
  stage: FunnelStage;
  status: ProjectStatus;
  /** Gate fields the move needs and the project does not have yet. */
  missing: GateField[];
  /** A note explaining the move is required (backward, hold, drop, restore). */
  needsReason: boolean;
  /** A drop needs its reason category. */
  needsDropCategory: boolean;
}

/** `code` names the message in shared/errors/catalog.ts; `message` is its Chinese text. */
type RefusalCode = Extract<
  ErrorCode,
  'alreadyInStage' | 'holdActiveOnly' | 'unknownStage' | 'resumeToSameStage' | 'restoreToSameStage'
>;
export type MoveRefusal = { error: 'same_state' | 'not_allowed'; code: RefusalCode; message: string };

function refuse(error: MoveRefusal['error'], code: RefusalCode): MoveRefusal {
  return { error, code, message: formatMessageZh({ code }) };
}

/** The state a project stands in: its funnel stage when active, else its off-funnel state. */
export function currentState(p: { stage: FunnelStage; status: ProjectStatus }): ProjectState {
  return p.status === 'active' ? p.stage : p.status;
}

/**
 * Decides what moving a project to `to` means and what it needs. Pure: the caller passes the project's
 * values merged with what the person supplied, so `missing` lists only what is still empty.
 */
export function planMove(
  p: { stage: FunnelStage; status: ProjectStatus } & Partial<Record<GateField, unknown>>,
  to: ProjectState,
): MovePlan | MoveRefusal {
  const from = currentState(p);
  if (from === to) return refuse('same_state', 'alreadyInStage');

  if (to === 'on_hold') {
    if (p.status !== 'active') return refuse('not_allowed', 'holdActiveOnly');
    return plan('hold', p.stage, 'on_hold', [], true, false);
  }
  if (to === 'dropped') return plan('drop', p.stage, 'dropped', [], true, true);

  if (!isFunnelStage(to)) return refuse('not_allowed', 'unknownStage');
  if (p.status === 'on_hold') {
    if (to !== p.stage) return refuse('not_allowed', 'resumeToSameStage');
    return plan('resume', to, 'active', [], false, false);
  }
  if (p.status === 'dropped') {
    if (to !== p.stage) return refuse('not_allowed', 'restoreToSameStage');
    return plan('restore', to, 'active', [], true, false);
  }
  if (stageIndex(to) < stageIndex(p.stage)) return plan('backward', to, 'active', [], true, false);
  // Every gate after 洽谈 up to the target: for a complete project only the skipped stages' and the
  // target's are empty; a 资料待补 project must also complete the facts it still lacks.
  return plan('forward', to, 'active', missingGates(p, gatesBetween('negotiating', to)), false, false);
}

function plan(
  kind: MoveKind,
  stage: FunnelStage,
  status: ProjectStatus,
  missing: GateField[],
  needsReason: boolean,
  needsDropCategory: boolean,
): MovePlan {
  return { kind, stage, status, missing, needsReason, needsDropCategory };
}

export function isRefusal(x: MovePlan | MoveRefusal): x is MoveRefusal {
  return 'error' in x;
}

/**
 * What a 调整阶段 menu offers: every state `planMove` does not refuse, with the kind of move. A held
 * project offers only its own stage (resume) and 终止; a dropped one only its own stage (restore).
 */
export function moveTargets(p: {
  stage: FunnelStage;
  status: ProjectStatus;
}): { to: ProjectState; kind: MoveKind }[] {
  return PROJECT_STATES.flatMap((to) => {
    const plan = planMove(p, to);
    return isRefusal(plan) ? [] : [{ to, kind: plan.kind }];
  });
}
