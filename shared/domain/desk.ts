/**
 * The leader's desk orders projects most urgent first: overdue problems, then pending instructions past
 * their reply-by date, then stalled projects, then the rest. Within a tier, more overdue items first,
 * then the project quiet the longest.
 */
export interface DeskUrgencyFacts {
  id: number;
  overdueProblems: number;
  overdueInstructions: number;
  stalled: boolean;
  openProblems: number;
  pendingInstructions: number;
  lastActivityAt: number;
}

export type UrgencyTier = 0 | 1 | 2 | 3;

export function urgencyTier(p: DeskUrgencyFacts): UrgencyTier {
  if (p.overdueProblems > 0) return 0;
  if (p.overdueInstructions > 0) return 1;
  if (p.stalled) return 2;
  return 3;
}

export function compareUrgency(a: DeskUrgencyFacts, b: DeskUrgencyFacts): number {
  return (
    urgencyTier(a) - urgencyTier(b) ||
    b.overdueProblems - a.overdueProblems ||
    b.overdueInstructions - a.overdueInstructions ||
    b.openProblems + b.pendingInstructions - (a.openProblems + a.pendingInstructions) ||
    a.lastActivityAt - b.lastActivityAt ||
    a.id - b.id
  );
}

export function byUrgency<T extends DeskUrgencyFacts>(projects: readonly T[]): T[] {
  return [...projects].sort(compareUrgency);
}
