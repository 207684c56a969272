import type { ProjectFact } from '../../shared/domain/review/compute';
import type { StageEventFact } from '../../shared/domain/review/event-log';
import type { AmountChange } from '../../shared/domain/review/replay';
import { shanghai } from '../helpers/time';

/**
 * A small hand-computed district around ISO week 2026-W48 (Mon 2026-11-23 – Sun 2026-11-29, Shanghai).
 * The expected figures in the review tests were worked out by hand from this log.
 *  P1 1000万: new 11-02 09:00 (W45) → 引进 11-18 09:00 (W47) → 落地 Sun 11-29 23:30 (W48, last half hour)
 *  P2 8000万: new 11-24 09:00 (W48) → 落地 11-25 15:00 (W48, skips 引进)
 *  P3 3000万: new 10-05 (W41) → 暂缓 11-26 11:00 (W48)
 *  P4 2000万: new Mon 11-30 00:10 Shanghai = Sun 16:10 UTC (W49)
 *  P5 5000万: new 2023-06-20 (before the campaign) → 引进 2023-08-01 → 落地 2024-01-10 → 开工 11-20 (W47) → back to 引进 11-27 (W48)
 *  P6  600万: new 11-17 (W47) → 终止 11-28 (W48)
 *  P7  400万: new 10-01 10:00, nothing since (stalled)
 * P1's amount was recorded as 900 at creation and corrected to 1000 on 11-26 (W48).
 */
export const P = { p1: 1, p2: 2, p3: 3, p4: 4, p5: 5, p6: 6, p7: 7 } as const;

export const EVENTS: StageEventFact[] = [
  { projectId: 5, fromState: null, toState: 'negotiating', at: shanghai(2023, 6, 20, 10) },
  { projectId: 5, fromState: 'negotiating', toState: 'introduced', at: shanghai(2023, 8, 1, 10) },
  { projectId: 5, fromState: 'introduced', toState: 'landed', at: shanghai(2024, 1, 10, 10) },
  { projectId: 7, fromState: null, toState: 'negotiating', at: shanghai(2026, 10, 1, 10) },
  { projectId: 3, fromState: null, toState: 'negotiating', at: shanghai(2026, 10, 5, 10) },
  { projectId: 1, fromState: null, toState: 'negotiating', at: shanghai(2026, 11, 2, 9) },
  { projectId: 6, fromState: null, toState: 'negotiating', at: shanghai(2026, 11, 17, 10) },
  { projectId: 1, fromState: 'negotiating', toState: 'introduced', at: shanghai(2026, 11, 18, 9) },
  { projectId: 5, fromState: 'landed', toState: 'started', at: shanghai(2026, 11, 20, 10) },
  { projectId: 2, fromState: null, toState: 'negotiating', at: shanghai(2026, 11, 24, 9) },
  { projectId: 2, fromState: 'negotiating', toState: 'landed', at: shanghai(2026, 11, 25, 15) },
  { projectId: 3, fromState: 'negotiating', toState: 'on_hold', at: shanghai(2026, 11, 26, 11) },
  { projectId: 5, fromState: 'started', toState: 'introduced', at: shanghai(2026, 11, 27, 10) },
  { projectId: 6, fromState: 'negotiating', toState: 'dropped', at: shanghai(2026, 11, 28, 10) },
  { projectId: 1, fromState: 'introduced', toState: 'landed', at: shanghai(2026, 11, 29, 23, 30) },
  { projectId: 4, fromState: null, toState: 'negotiating', at: Date.UTC(2026, 10, 29, 16, 10) },
];

export const AMOUNT_CHANGES: AmountChange[] = [
  { projectId: 1, at: shanghai(2026, 11, 2, 9), amount: 900 },
  { projectId: 1, at: shanghai(2026, 11, 26, 14), amount: 1000 },
];

const fact = (id: number, amount: number, o: Partial<ProjectFact> = {}): ProjectFact => ({
  id,
  amount,
  industry: 'digital',
  channel: 'building',
  unitId: null,
  ownerAId: 100,
  isBond: false,
  isFirstStore: false,
  ...o,
});

export const PROJECTS: ProjectFact[] = [
  fact(1, 1000, { industry: 'finance', ownerAId: 101, isFirstStore: true }),
  fact(2, 8000, { industry: 'finance', ownerAId: 101, unitId: 9, isBond: true }),
  fact(3, 3000),
  fact(4, 2000),
  fact(5, 5000, { industry: 'commerce', channel: 'agency' }),
  fact(6, 600),
  fact(7, 400, { industry: 'scitech' }),
];
