import { lazyWithStrings } from '../../lib/lazy';

// Shown on the board only in selection mode and in swimlane view: loaded then, not with the board.
export const BulkAssignBar = lazyWithStrings(
  () => import('./bulk-assign-bar'),
  (m) => m.BulkAssignBar,
);
export const LeaderLanes = lazyWithStrings(
  () => import('./leader-lanes'),
  (m) => m.LeaderLanes,
);
export { LeaderBoardFilters, NoPrimaryBadge } from './board-extras';
export { LeadersSection } from './leaders-section';
