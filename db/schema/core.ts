import { sql } from 'drizzle-orm';
import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import type {
  AgreementType,
  CapitalType,
  Channel,
  DropCategory,
  FollowUpKind,
  Industry,
  Origin,
  Role,
} from '../../shared/domain/catalog';
import type { GateField } from '../../shared/domain/gates';
import type { FunnelStage, ProjectState, ProjectStatus } from '../../shared/domain/stages';

/** Instants are UTC milliseconds; business dates are 'YYYY-MM-DD' text in Asia/Shanghai. */
const now = sql`(cast(unixepoch('subsec') * 1000 as integer))`;

export const units = sqliteTable('units', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  name: text('name').notNull().unique(),
  active: integer('active', { mode: 'boolean' }).notNull().default(true),
  createdAt: integer('created_at').notNull().default(now),
  version: integer('version').notNull().default(1),
});

export const users = sqliteTable(
  'users',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    /** Unique without regard to case (`Staff` and `staff` are one name): see the index below. */
    username: text('username').notNull(),
    displayName: text('display_name').notNull(),
    passwordHash: text('password_hash').notNull(),
    role: text('role').$type<Role>().notNull(),
    title: text('title'),
    unitId: integer('unit_id').references(() => units.id),
    active: integer('active', { mode: 'boolean' }).notNull().default(true),
    mustChangePassword: integer('must_change_password', { mode: 'boolean' }).notNull().default(false),
    /** 大字号: the person reads the app in larger type (issue 20); follows them to every device. */
    largeText: integer('large_text', { mode: 'boolean' }).notNull().default(false),
    createdAt: integer('created_at').notNull().default(now),
    version: integer('version').notNull().default(1),
  },
  (t) => [uniqueIndex('users_username_lower_unique').on(sql`lower(${t.username})`)],
);

export const sessions = sqliteTable(
  'sessions',
  {
    /** SHA-256 of the session token: a leaked database does not yield live sessions. */
    id: text('id').primaryKey(),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id),
    createdAt: integer('created_at').notNull(),
    lastSeenAt: integer('last_seen_at').notNull(),
    expiresAt: integer('expires_at').notNull(),
  },
  (t) => [index('sessions_user_idx').on(t.userId)],
);

export const projects = sqliteTable(
  'projects',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    name: text('name').notNull(),
    investor: text('investor').notNull(),
    industry: text('industry').$type<Industry>().notNull(),
    channel: text('channel').$type<Channel>().notNull(),
    origin: text('origin').$type<Origin>(),
    capitalType: text('capital_type').$type<CapitalType>(),
    estimatedInvestment: integer('estimated_investment').notNull(),
    description: text('description'),
    location: text('location'),
    // 引进 gate
    signingDate: text('signing_date'),
    agreedInvestment: integer('agreed_investment'),
    agreementType: text('agreement_type').$type<AgreementType>(),
    // 落地 gate
    registeredEntity: text('registered_entity'),
    creditCode: text('credit_code'),
    landingDate: text('landing_date'),
    // 开工 / 建成 gates
    startDate: text('start_date'),
    completionDate: text('completion_date'),
    // Where it stands: the funnel stage is kept while on hold or dropped.
    stage: text('stage').$type<FunnelStage>().notNull(),
    status: text('status').$type<ProjectStatus>().notNull().default('active'),
    holdReason: text('hold_reason'),
    dropCategory: text('drop_category').$type<DropCategory>(),
    dropNote: text('drop_note'),
    stageEnteredAt: integer('stage_entered_at').notNull(),
    lastActivityAt: integer('last_activity_at').notNull(),
    // Responsibility
    ownerAId: integer('owner_a_id')
      .notNull()
      .references(() => users.id),
    ownerBId: integer('owner_b_id').references(() => users.id),
    unitId: integer('unit_id').references(() => units.id),
    // Flags set by the office
    isKey: integer('is_key', { mode: 'boolean' }).notNull().default(false),
    isBond: integer('is_bond', { mode: 'boolean' }).notNull().default(false),
    isFirstStore: integer('is_first_store', { mode: 'boolean' }).notNull().default(false),
    // 资料待补: gate facts its stage needs that an imported ledger lacked (empty: complete).
    missingFacts: text('missing_facts', { mode: 'json' }).$type<GateField[]>().notNull().default([]),
    createdAt: integer('created_at').notNull(),
    createdBy: integer('created_by')
      .notNull()
      .references(() => users.id),
    updatedAt: integer('updated_at').notNull(),
    updatedBy: integer('updated_by')
      .notNull()
      .references(() => users.id),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    index('projects_board_idx').on(t.status, t.stage, t.lastActivityAt),
    // Covers the board's per-column totals without reading each project row (docs/benchmarks.md).
    index('projects_totals_idx').on(t.status, t.stage, t.agreedInvestment, t.estimatedInvestment),
    index('projects_industry_board_idx').on(t.status, t.industry, t.stage, t.lastActivityAt),
    index('projects_owner_idx').on(t.ownerAId),
    index('projects_industry_idx').on(t.industry),
    uniqueIndex('projects_credit_code_idx')
      .on(t.creditCode)
      .where(sql`credit_code is not null`),
  ],
);

/** Immutable: the funnel of any past day is rebuilt from these. */
export const stageEvents = sqliteTable(
  'stage_events',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    projectId: integer('project_id')
      .notNull()
      .references(() => projects.id),
    fromState: text('from_state').$type<ProjectState>(),
    toState: text('to_state').$type<ProjectState>().notNull(),
    at: integer('at').notNull(),
    byUserId: integer('by_user_id')
      .notNull()
      .references(() => users.id),
    note: text('note'),
    dropCategory: text('drop_category').$type<DropCategory>(),
    /**
     * When the move became known to the app (`at` is when it took effect): equal for a move made on the
     * board, later for a backdated import or a corrected date (docs/decisions/090-known-at.md).
     */
    recordedAt: integer('recorded_at').notNull().default(0),
    /** A corrected date: this event replaces that one from `recordedAt` on. */
    supersedesId: integer('supersedes_id'),
  },
  (t) => [
    index('stage_events_project_idx').on(t.projectId, t.at),
    index('stage_events_at_idx').on(t.at),
    index('stage_events_recorded_idx').on(t.recordedAt),
    // "Has this move been re-dated?" (the review's moves list, stage corrections): a lookup, not a scan.
    index('stage_events_supersedes_idx')
      .on(t.supersedesId)
      .where(sql`${t.supersedesId} is not null`),
  ],
);

export const followUps = sqliteTable(
  'follow_ups',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    projectId: integer('project_id')
      .notNull()
      .references(() => projects.id),
    date: text('date').notNull(),
    kind: text('kind').$type<FollowUpKind>().notNull(),
    participants: text('participants'),
    summary: text('summary').notNull(),
    nextStep: text('next_step'),
    nextDate: text('next_date'),
    createdBy: integer('created_by')
      .notNull()
      .references(() => users.id),
    createdAt: integer('created_at').notNull(),
  },
  (t) => [index('follow_ups_project_idx').on(t.projectId, t.date)],
);

export const fundsInPlace = sqliteTable(
  'funds_in_place',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    projectId: integer('project_id')
      .notNull()
      .references(() => projects.id),
    date: text('date').notNull(),
    amount: integer('amount').notNull(),
    note: text('note'),
    createdBy: integer('created_by')
      .notNull()
      .references(() => users.id),
    createdAt: integer('created_at').notNull(),
  },
  (t) => [index('funds_project_idx').on(t.projectId, t.date), index('funds_date_idx').on(t.date)],
);

/** Who changed what and when: one row per mutation, written in the same transaction. */
export const auditLog = sqliteTable(
  'audit_log',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    at: integer('at').notNull(),
    userId: integer('user_id').references(() => users.id),
    action: text('action').notNull(),
    entity: text('entity').notNull(),
    entityId: integer('entity_id'),
    /** JSON: { field: [before, after] } or a short description. */
    changes: text('changes'),
  },
  (t) => [index('audit_entity_idx').on(t.entity, t.entityId), index('audit_at_idx').on(t.at)],
);
