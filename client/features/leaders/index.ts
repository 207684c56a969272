import { lazy } from 'react';

// Shown on the board only in selection mode and in swimlane view: loaded then, not with the board.
export const BulkAssignBar = lazy(() =>
  import('./bulk-assign-bar').then((m) => ({ default: m.BulkAssignBar })),
);
export const LeaderLanes = lazy(() => import('./leader-lanes').then((m) => ({ default: m.LeaderLanes })));
export { LeaderBoardFilters, NoPrimaryBadge } from './board-extras';
export { LeadersSection } from './leaders-section';
