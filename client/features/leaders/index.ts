export { BulkAssignBar } from './bulk-assign-bar';
export { LeaderBoardFilters, NoPrimaryBadge } from './board-extras';
export { LeaderLanes } from './leader-lanes';
export { NotificationBell } from './notification-bell';
export { ProjectCoordination } from './project-coordination';
