import type { inferRouterOutputs } from '@trpc/server';
import type { AppRouter } from '../../../server/routers';

type Out = inferRouterOutputs<AppRouter>;
export type ScheduleData = Out['schedules']['get'];
export type Schedule = NonNullable<ScheduleData['schedule']>;
export type Milestone = Schedule['milestones'][number];
export type ChaseUp = Out['schedules']['chaseUps']['forProject'][number];
export type OverviewRow = Out['schedules']['overview']['rows'][number];
