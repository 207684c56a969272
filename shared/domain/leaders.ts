import { isMajor } from './money';
import { REMINDER_KINDS } from './reminders';
import { type FunnelStage, stageIndex } from './stages';

/** 领导包保: one primary leader (主包) and optional co-leaders (协包) per project. */
export const LEADER_ROLES = ['primary', 'co'] as const;
export type LeaderRole = (typeof LEADER_ROLES)[number];

export const INSTRUCTION_STATUSES = ['pending', 'answered'] as const;
export type InstructionStatus = (typeof INSTRUCTION_STATUSES)[number];

/** 'chase_up' is reserved for reverse-schedule chase-up orders (督办单); reminders come from the daily job. */
export const NOTIFICATION_KINDS = [
  'assigned',
  'problem_escalated',
  'instruction_received',
  'instruction_replied',
  'chase_up',
  ...REMINDER_KINDS,
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

/**
 * 未落实包保: a major project (≥ 5,000 万元) at 引进 or later that has no open primary leader.
 * Dropped projects are off the record's active list and are not flagged.
 */
export function lacksPrimaryLeader(
  p: { stage: FunnelStage; status: string; agreedInvestment: number | null; estimatedInvestment: number },
  hasPrimaryLeader: boolean,
): boolean {
  return (
    !hasPrimaryLeader &&
    p.status !== 'dropped' &&
    stageIndex(p.stage) >= stageIndex('introduced') &&
    isMajor(p)
  );
}

/** A pending instruction past its reply-by date ('YYYY-MM-DD', compared with today in Shanghai). */
export function isInstructionOverdue(
  i: { status: InstructionStatus; replyBy: string },
  today: string,
): boolean {
  return i.status === 'pending' && i.replyBy < today;
}

export { isProblemOverdue, PROBLEM_STATUSES, type ProblemStatus, type ProblemEventKind } from './problems';
