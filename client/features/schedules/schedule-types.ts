import type { RouterOutputs } from '../../lib/trpc';

type Out = RouterOutputs;
export type ScheduleData = Out['schedules']['get'];
export type Schedule = NonNullable<ScheduleData['schedule']>;
export type Milestone = Schedule['milestones'][number];
export type ChaseUp = Out['schedules']['chaseUps']['forProject'][number];
export type OverviewRow = Out['schedules']['overview']['rows'][number];
export type HeldRow = Out['schedules']['overview']['held'][number];
