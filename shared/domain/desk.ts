import type { Light } from './schedule';

/**
 * The leader's desk orders projects worst first (issue 16, decision 114). Each project yields signals,
 * red (a date has passed: act now) or yellow (a date is near or a rule is unmet: act soon), in this order:
 *
 *   red:    红灯 (schedule or 序时进度), 督办单 overdue or escalated to red, overdue problems, overdue 批示
 *   yellow: 黄灯, 督办单 escalated to yellow, milestones due within 7 days, stalled, major without 主包
 *
 * Tier 0 has a red signal, tier 1 a yellow one, tier 2 none; 需关注 counts tiers 0 and 1. Within a tier:
 * more kinds of red signal, as many: the graver kind (earlier in the list above); then the same for
 * yellow; then more overdue items in all, more open items, the larger investment, the longest quiet.
 */
export interface DeskUrgencyFacts {
  id: number;
  /** The worse of the schedule's light and its 序时进度 light; null without a schedule (or while held). */
  light: Light | null;
  /** Open 督办单, each counted once by its worst state: past its due date, else its escalation level. */
  chaseUpsOverdue: number;
  chaseUpsRed: number;
  chaseUpsYellow: number;
  overdueMilestones: number;
  dueSoonMilestones: number;
  overdueProblems: number;
  overdueInstructions: number;
  stalled: boolean;
  noPrimaryLeader: boolean;
  openProblems: number;
  pendingInstructions: number;
  amount: number;
  lastActivityAt: number;
}

export const DESK_SIGNALS = [
  'redLight',
  'chaseUpOverdue',
  'chaseUpRed',
  'overdueProblems',
  'overdueInstructions',
  'yellowLight',
  'chaseUpYellow',
  'dueSoon',
  'stalled',
  'noPrimaryLeader',
] as const;
export type DeskSignalKey = (typeof DESK_SIGNALS)[number];
export type Severity = 'red' | 'yellow';

export interface DeskSignal {
  key: DeskSignalKey;
  severity: Severity;
  /** How many items it stands for (1 for a light, stalled or a missing 主包). */
  count: number;
}

/** The project's signals, red ones first, in the order of DESK_SIGNALS (also the badges' order). */
export function deskSignals(p: DeskUrgencyFacts): DeskSignal[] {
  const counts: Record<DeskSignalKey, number> = {
    redLight: p.light === 'red' ? 1 : 0,
    chaseUpOverdue: p.chaseUpsOverdue,
    chaseUpRed: p.chaseUpsRed,
    overdueProblems: p.overdueProblems,
    overdueInstructions: p.overdueInstructions,
    yellowLight: p.light === 'yellow' ? 1 : 0,
    chaseUpYellow: p.chaseUpsYellow,
    dueSoon: p.dueSoonMilestones,
    stalled: p.stalled ? 1 : 0,
    noPrimaryLeader: p.noPrimaryLeader ? 1 : 0,
  };
  return DESK_SIGNALS.filter((key) => counts[key] > 0).map((key) => ({
    key,
    severity: DESK_SIGNALS.indexOf(key) < DESK_SIGNALS.indexOf('yellowLight') ? 'red' : 'yellow',
    count: counts[key],
  }));
}

export type UrgencyTier = 0 | 1 | 2;

export function urgencyTier(p: DeskUrgencyFacts): UrgencyTier {
  const signals = deskSignals(p);
  if (signals.some((s) => s.severity === 'red')) return 0;
  return signals.length > 0 ? 1 : 2;
}

/** 需关注: a project with any signal. */
export const needsAttention = (p: DeskUrgencyFacts): boolean => urgencyTier(p) < 2;

function weight(p: DeskUrgencyFacts) {
  const signals = deskSignals(p);
  const rank = (severity: Severity) =>
    signals.filter((s) => s.severity === severity).map((s) => DESK_SIGNALS.indexOf(s.key));
  return {
    tier: urgencyTier(p),
    red: rank('red'),
    yellow: rank('yellow'),
    overdue: p.chaseUpsOverdue + p.overdueMilestones + p.overdueProblems + p.overdueInstructions,
    open: p.openProblems + p.pendingInstructions + p.chaseUpsOverdue + p.chaseUpsRed + p.chaseUpsYellow,
  };
}

/** More signals first; as many: the one whose signals come first in DESK_SIGNALS (the graver kind). */
function compareSignals(a: number[], b: number[]): number {
  if (a.length !== b.length) return b.length - a.length;
  const i = a.findIndex((x, k) => x !== b[k]);
  return i < 0 ? 0 : a[i]! - b[i]!;
}

export function compareUrgency(a: DeskUrgencyFacts, b: DeskUrgencyFacts): number {
  const wa = weight(a);
  const wb = weight(b);
  return (
    wa.tier - wb.tier ||
    compareSignals(wa.red, wb.red) ||
    compareSignals(wa.yellow, wb.yellow) ||
    wb.overdue - wa.overdue ||
    wb.open - wa.open ||
    b.amount - a.amount ||
    a.lastActivityAt - b.lastActivityAt ||
    a.id - b.id
  );
}

export function byUrgency<T extends DeskUrgencyFacts>(projects: readonly T[]): T[] {
  return [...projects].sort(compareUrgency);
}
