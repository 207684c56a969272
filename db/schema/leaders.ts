import { sql } from 'drizzle-orm';
import { index, integer, primaryKey, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import type { Industry } from '../../shared/domain/catalog';
import type { InstructionStatus, LeaderRole, NotificationKind } from '../../shared/domain/leaders';
import type { ProblemEventKind, ProblemStatus } from '../../shared/domain/problems';
import { projects, units, users } from './core';

/**
 * Leader coordination (issue 3). Instants are UTC ms integers; business dates 'YYYY-MM-DD' text
 * (Asia/Shanghai). Assignments are a history: a reassignment ends the open row and inserts a new one.
 */

/** 领导包保: primary (主包) or co-leader (协包). Open while endedAt is null; at most one open primary. */
export const leaderAssignments = sqliteTable(
  'leader_assignments',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    projectId: integer('project_id')
      .notNull()
      .references(() => projects.id),
    leaderId: integer('leader_id')
      .notNull()
      .references(() => users.id),
    role: text('role').$type<LeaderRole>().notNull(),
    assignedAt: text('assigned_at').notNull(),
    endedAt: text('ended_at'),
    assignedBy: integer('assigned_by')
      .notNull()
      .references(() => users.id),
    endedBy: integer('ended_by').references(() => users.id),
    /** Instants, for ordering several changes on one day. */
    createdAt: integer('created_at').notNull(),
    endedAtTs: integer('ended_at_ts'),
  },
  (t) => [
    index('leader_assignments_project_idx').on(t.projectId, t.endedAt),
    index('leader_assignments_leader_idx').on(t.leaderId, t.endedAt),
    uniqueIndex('leader_assignments_one_primary_idx')
      .on(t.projectId)
      .where(sql`role = 'primary' and ended_at is null`),
    uniqueIndex('leader_assignments_one_open_idx')
      .on(t.projectId, t.leaderId)
      .where(sql`ended_at is null`),
  ],
);

/** 项目专班: a named group led by a leader that owns a set of projects. */
export const taskForces = sqliteTable('task_forces', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  name: text('name').notNull().unique(),
  leadLeaderId: integer('lead_leader_id')
    .notNull()
    .references(() => users.id),
  description: text('description'),
  active: integer('active', { mode: 'boolean' }).notNull().default(true),
  createdAt: integer('created_at').notNull(),
  version: integer('version').notNull().default(1),
});

export const taskForceMembers = sqliteTable(
  'task_force_members',
  {
    taskForceId: integer('task_force_id')
      .notNull()
      .references(() => taskForces.id),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id),
  },
  (t) => [
    primaryKey({ columns: [t.taskForceId, t.userId] }),
    index('task_force_members_user_idx').on(t.userId),
  ],
);

/** A project belongs to at most one task force at a time; the rows keep the history. */
export const taskForceProjects = sqliteTable(
  'task_force_projects',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    taskForceId: integer('task_force_id')
      .notNull()
      .references(() => taskForces.id),
    projectId: integer('project_id')
      .notNull()
      .references(() => projects.id),
    addedAt: integer('added_at').notNull(),
    addedBy: integer('added_by')
      .notNull()
      .references(() => users.id),
    removedAt: integer('removed_at'),
    removedBy: integer('removed_by').references(() => users.id),
  },
  (t) => [
    index('task_force_projects_tf_idx').on(t.taskForceId, t.removedAt),
    uniqueIndex('task_force_projects_open_idx')
      .on(t.projectId)
      .where(sql`removed_at is null`),
  ],
);

/** 产业链 with its chain leader (链长); industries is a JSON array of Industry keys. */
export const industryChains = sqliteTable('industry_chains', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  name: text('name').notNull().unique(),
  chainLeaderId: integer('chain_leader_id').references(() => users.id),
  industries: text('industries', { mode: 'json' }).$type<Industry[]>().notNull(),
  active: integer('active', { mode: 'boolean' }).notNull().default(true),
  createdAt: integer('created_at').notNull(),
  version: integer('version').notNull().default(1),
});

/** 问题清单 / 企业诉求. */
export const problems = sqliteTable(
  'problems',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    projectId: integer('project_id')
      .notNull()
      .references(() => projects.id),
    title: text('title').notNull(),
    detail: text('detail'),
    unitId: integer('unit_id').references(() => units.id),
    ownerId: integer('owner_id').references(() => users.id),
    raisedDate: text('raised_date').notNull(),
    dueDate: text('due_date'),
    status: text('status').$type<ProblemStatus>().notNull().default('open'),
    resolution: text('resolution'),
    escalatedAt: integer('escalated_at'),
    escalatedTo: integer('escalated_to').references(() => users.id),
    createdBy: integer('created_by')
      .notNull()
      .references(() => users.id),
    createdAt: integer('created_at').notNull(),
    updatedAt: integer('updated_at').notNull(),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    index('problems_project_idx').on(t.projectId, t.status),
    index('problems_status_due_idx').on(t.status, t.dueDate),
  ],
);

/** Every status change and escalation of a problem: who, when, why. Immutable. */
export const problemEvents = sqliteTable(
  'problem_events',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    problemId: integer('problem_id')
      .notNull()
      .references(() => problems.id),
    kind: text('kind').$type<ProblemEventKind>().notNull(),
    fromStatus: text('from_status').$type<ProblemStatus>(),
    toStatus: text('to_status').$type<ProblemStatus>(),
    at: integer('at').notNull(),
    byUserId: integer('by_user_id')
      .notNull()
      .references(() => users.id),
    reason: text('reason'),
  },
  (t) => [index('problem_events_problem_idx').on(t.problemId, t.at)],
);

/** 领导批示: a leader's note on a project asking for a reply by a date. */
export const instructions = sqliteTable(
  'instructions',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    projectId: integer('project_id')
      .notNull()
      .references(() => projects.id),
    leaderId: integer('leader_id')
      .notNull()
      .references(() => users.id),
    text: text('text').notNull(),
    replyBy: text('reply_by').notNull(),
    status: text('status').$type<InstructionStatus>().notNull().default('pending'),
    reply: text('reply'),
    repliedBy: integer('replied_by').references(() => users.id),
    repliedAt: integer('replied_at'),
    createdAt: integer('created_at').notNull(),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    index('instructions_project_idx').on(t.projectId, t.status),
    index('instructions_leader_idx').on(t.leaderId, t.status),
  ],
);

/** In-app notifications; read state is per recipient (one row per person). */
export const notifications = sqliteTable(
  'notifications',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id),
    kind: text('kind').$type<NotificationKind>().notNull(),
    projectId: integer('project_id').references(() => projects.id),
    refId: integer('ref_id'),
    text: text('text').notNull(),
    createdAt: integer('created_at').notNull(),
    readAt: integer('read_at'),
    /** Set on reminders from the daily job: one notification per person and key, however often it runs. */
    dedupeKey: text('dedupe_key'),
  },
  (t) => [
    index('notifications_user_idx').on(t.userId, t.readAt, t.createdAt),
    uniqueIndex('notifications_dedupe_idx').on(t.userId, t.dedupeKey),
  ],
);
