export { ScheduleTab } from './schedule-tab';
export { LightBadge, ScheduleBadge } from './light-badge';
export { MyChaseUps } from './my-chase-ups';
export { DeskSchedules } from './desk-schedules';
export { DeskChaseUpDialog } from './desk-chase-up';
