import type { Role } from './catalog';
import { allows, problemMoveAction, type Relation } from './permissions';

/** 问题清单: 待办 → 办理中 → 已解决 → 已销号. */
export const PROBLEM_STATUSES = ['open', 'in_progress', 'resolved', 'closed'] as const;
export type ProblemStatus = (typeof PROBLEM_STATUSES)[number];

export type ProblemEventKind = 'created' | 'status' | 'escalated';

export type ProblemMove =
  | { ok: true; reopen: boolean }
  | {
      ok: false;
      error: 'same_status' | 'not_allowed' | 'reason' | 'resolution';
      message: string;
    };

const NEXT: Record<ProblemStatus, readonly ProblemStatus[]> = {
  open: ['in_progress', 'resolved'],
  in_progress: ['resolved'],
  resolved: ['closed', 'in_progress'],
  closed: ['in_progress'],
};

/**
 * Decides whether a problem may move from `from` to `to`. Resolving needs a resolution text; reopening
 * (back to 办理中 from 已解决/已销号) needs a reason. Who may (closing and reopening a closed problem are
 * for the project's leaders and admins) is shared/domain/permissions.ts's problemMoveAction.
 */
export function checkProblemMove(
  from: ProblemStatus,
  to: ProblemStatus,
  input: { reason?: string | null; resolution?: string | null },
): ProblemMove {
  if (from === to) return { ok: false, error: 'same_status', message: '问题已处于该状态' };
  if (!NEXT[from].includes(to))
    return { ok: false, error: 'not_allowed', message: '不能从当前状态改为该状态' };
  const reopen = isReopen(from, to);
  if (reopen && !hasText(input.reason))
    return { ok: false, error: 'reason', message: '重新打开问题须说明原因' };
  if (to === 'resolved' && !hasText(input.resolution)) {
    return { ok: false, error: 'resolution', message: '请填写办理结果' };
  }
  return { ok: true, reopen };
}

export function isReopen(from: ProblemStatus, to: ProblemStatus): boolean {
  return (from === 'resolved' || from === 'closed') && to === 'in_progress';
}

/**
 * The moves the person may make on a problem, standing in `relation` to its project (with the assignee
 * bit when it is assigned to them), and whether they may escalate it: the list's menu offers only these.
 */
export function offeredProblemActions(
  role: Role,
  relation: Relation,
  p: { status: ProblemStatus; escalatedAt: number | null },
): { moves: ProblemStatus[]; escalate: boolean } {
  return {
    moves: NEXT[p.status].filter((to) => allows(role, problemMoveAction(p.status, to), relation)),
    escalate: isProblemOpen(p.status) && !p.escalatedAt && allows(role, 'problem.work', relation),
  };
}

/** The statuses a problem may move to next (for menus; the server re-checks with the actor). */
export function nextProblemStatuses(from: ProblemStatus): readonly ProblemStatus[] {
  return NEXT[from];
}

export function isProblemOpen(status: ProblemStatus): boolean {
  return status === 'open' || status === 'in_progress';
}

/** Overdue: still open or in progress after its due date ('YYYY-MM-DD' in Shanghai). */
export function isProblemOverdue(
  p: { status: ProblemStatus; dueDate: string | null },
  today: string,
): boolean {
  return isProblemOpen(p.status) && p.dueDate !== null && p.dueDate < today;
}

function hasText(s: string | null | undefined): boolean {
  return typeof s === 'string' && s.trim().length > 0;
}
