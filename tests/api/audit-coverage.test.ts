import { type AnyProcedure, TRPCError } from '@trpc/server';
import { and, asc, eq, gt, isNull, max } from 'drizzle-orm';
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  auditLog,
  chaseUpOrders,
  industryChains,
  instructions,
  leaderAssignments,
  milestones,
  notifications,
  problems,
  projects,
  schedules,
  scheduleTemplates,
  taskForceMembers,
  taskForceProjects,
  taskForces,
  targets,
  units,
  users,
} from '../../db/schema';
import { createSession, type SessionUser, userForSession } from '../../server/auth/sessions';
import type { SessionCookie } from '../../server/context';
import { appRouter } from '../../server/routers';
import { campaignSettings } from '../../server/services/review/settings';
import { getThresholds } from '../../server/services/schedule-settings';
import { stallDaysAt } from '../../server/services/stall-settings';
import { saveRequiredKinds } from '../../server/services/documents/proof';
import { projectColumns } from '../../server/services/project-select';
import { stepsOf } from '../../server/services/schedule-templates';
import type { MilestoneInput } from '../../shared/schemas/schedules';
import { callerFor } from '../helpers/caller';
import { createTestDb } from '../helpers/db';
import { makeProject, makeUnit, makeUser, TEST_PASSWORD } from '../helpers/factories';
import { makeDocument } from '../helpers/documents';
import { officeLedger, uploadLedger } from '../helpers/ledger-sheet';
import { DAY_MS, NOW, TODAY } from '../helpers/time';

/**
 * Issue "Trust", item 3: every mutation writes who, when, what and the before/after of the changed
 * fields, in the same transaction as the change. One successful call per mutation of appRouter, each
 * from its own scenario below; a mutation added without a scenario fails this file.
 */

const db = createTestDb();
const admin = makeUser(db, { role: 'admin', displayName: '管理员' });
const officer = makeUser(db, { role: 'staff', displayName: '郑凯' });
const officer2 = makeUser(db, { role: 'staff', displayName: '马丽' });
const leader = makeUser(db, { role: 'leader', displayName: '陈立新' });
const leader2 = makeUser(db, { role: 'leader', displayName: '赵海波' });
const unit = makeUnit(db, '投资促进局');

// At run time the router keeps a flat record by dotted path ('projects.move'), as in permissions.test.ts.
const procedures = appRouter._def.procedures as unknown as Record<string, AnyProcedure>;
const mutations = Object.keys(procedures)
  .filter((path) => procedures[path]?._def.type === 'mutation')
  .sort();

/** Mutations that only produce a file from data everyone reads (POST because of their size): they write nothing. */
const READ_ONLY = ['review.exportXlsx', 'schedules.exportOverview'];

type Caller = ReturnType<typeof callerFor>;

/** An update-like call: the record it changes, read before and after the call. */
interface Watched {
  /** The audit row about it: its entity and id (id omitted: the row of that entity). */
  entity: string;
  entityId?: number;
  read: () => Record<string, unknown>;
  /** Columns whose change the audit row carries as who/when already (repliedBy, closedAt …). */
  ignore?: string[];
}

interface Call {
  /** Who calls; null: signed out (auth.login). */
  as: SessionUser | null;
  /** The one call under test, with valid input. */
  run: (api: Caller) => Promise<unknown>;
  cookie?: SessionCookie;
  /** The main audit row's action. */
  action: string;
  /** Who the row names when that is not the caller: the person signing in. */
  who?: number;
  /** Update-like: every changed field of this record must be in the row's changes as [before, after]. */
  watch?: Watched;
}

type Scenario =
  | { kind: 'audited'; arrange: () => Call | Promise<Call> }
  | { kind: 'read-only'; arrange: () => Pick<Call, 'as' | 'run'> | Promise<Pick<Call, 'as' | 'run'>> };
const audited = (arrange: () => Call | Promise<Call>): Scenario => ({ kind: 'audited', arrange });
const readOnly = (arrange: () => Pick<Call, 'as' | 'run'>): Scenario => ({ kind: 'read-only', arrange });

/** Bookkeeping that every write moves; the audit row's own `at`/`userId` say when and by whom. */
const BOOKKEEPING = ['version', 'updatedAt', 'updatedBy'];

// Readers of the records update-like calls change.
const projectRow = (id: number) => db.select(projectColumns).from(projects).where(eq(projects.id, id)).get()!;
const unitRow = (id: number) => db.select().from(units).where(eq(units.id, id)).get()!;
const userRow = (id: number) => db.select().from(users).where(eq(users.id, id)).get()!;
const taskForceRow = (id: number) => db.select().from(taskForces).where(eq(taskForces.id, id)).get()!;
const chainRow = (id: number) => db.select().from(industryChains).where(eq(industryChains.id, id)).get()!;
const problemRow = (id: number) => db.select().from(problems).where(eq(problems.id, id)).get()!;
const primaryOf = (projectId: number) => ({
  leaderId:
    db
      .select({ leaderId: leaderAssignments.leaderId })
      .from(leaderAssignments)
      .where(
        and(
          eq(leaderAssignments.projectId, projectId),
          eq(leaderAssignments.role, 'primary'),
          isNull(leaderAssignments.endedAt),
        ),
      )
      .get()?.leaderId ?? null,
});
const taskForceOf = (projectId: number) => ({
  taskForceId:
    db
      .select({ id: taskForceProjects.taskForceId })
      .from(taskForceProjects)
      .where(and(eq(taskForceProjects.projectId, projectId), isNull(taskForceProjects.removedAt)))
      .get()?.id ?? null,
});

// Schedules: a major building project landed 60 days ago, planned with the building template.
/** A project (made by `makeProject` with `opts`) that `who` leads in the given role. */
async function ledBy(who: typeof leader, role: 'primary' | 'co', opts: Parameters<typeof makeProject>[1]) {
  const p = makeProject(db, opts);
  await callerFor(db, admin).leaders.assign({
    projectId: p.id,
    leaderId: who.id,
    role,
    expectedPrimaryId: null,
  });
  return p;
}

const BUILDING_TEMPLATE = 2;
const majorProject = () =>
  makeProject(db, { by: officer, estimatedInvestment: 8000, stage: 'landed', at: NOW - 60 * DAY_MS });
const m = (name: string, plannedDate: string): MilestoneInput => ({ name, plannedDate, linkedStage: null });
async function scheduled(ms: MilestoneInput[]) {
  const p = majorProject();
  const api = callerFor(db, officer);
  await api.schedules.create({
    projectId: p.id,
    templateId: BUILDING_TEMPLATE,
    targetDate: '2027-06-30',
    milestones: ms,
  });
  return { p, schedule: (await api.schedules.get({ projectId: p.id })).schedule! };
}

const LEDGER_HEADERS = [
  '序号',
  '项目名称',
  '投资方',
  '所属行业',
  '招商方式',
  '计划总投资\n（万元）',
  '协议投资（万元）',
  '项目阶段',
  '签约时间',
  '落地日期',
  '统一社会信用代码',
  '注册主体',
  '落位地点',
  '招商责任人',
  '责任单位',
  '最近进展',
  '到位资金（万元）',
  '联系人',
  '联系电话',
];

function cookieJar(token?: string): SessionCookie {
  return { token, set: () => undefined, clear: () => undefined };
}

const SCENARIOS: Record<string, Scenario> = {
  // Signing in and out
  'auth.login': audited(() => {
    const person = makeUser(db, { role: 'staff' });
    return {
      as: null,
      cookie: cookieJar(),
      run: (api) => api.auth.login({ username: person.username, password: TEST_PASSWORD }),
      action: 'auth.login',
      who: person.id,
    };
  }),
  'auth.logout': audited(() => {
    const person = makeUser(db, { role: 'staff' });
    const { token } = createSession(db, person.id, NOW);
    return {
      as: userForSession(db, token, NOW),
      cookie: cookieJar(token),
      run: (api) => api.auth.logout(),
      action: 'auth.logout',
    };
  }),

  // Projects, follow-ups, funds
  'projects.create': audited(() => ({
    as: officer,
    run: (api) =>
      api.projects.create({
        name: '审计覆盖新项目',
        investor: '某投资方',
        industry: 'finance',
        channel: 'agency',
        estimatedInvestment: 100,
        ownerAId: officer.id,
      }),
    action: 'project.create',
  })),
  'projects.update': audited(() => {
    const p = makeProject(db, { by: officer, estimatedInvestment: 1000 });
    return {
      as: officer,
      run: (api) =>
        api.projects.update({
          id: p.id,
          version: p.version,
          fields: {
            name: `${p.name}（改）`,
            investor: p.investor,
            industry: p.industry,
            channel: p.channel,
            estimatedInvestment: 6000,
            ownerAId: p.ownerAId,
            description: '扩产',
          },
        }),
      action: 'project.update',
      watch: { entity: 'project', entityId: p.id, read: () => projectRow(p.id) },
    };
  }),
  'projects.move': audited(() => {
    const p = makeProject(db, { by: officer, estimatedInvestment: 3000 });
    return {
      as: officer,
      run: (api) =>
        api.projects.move({
          id: p.id,
          version: p.version,
          to: 'introduced',
          gates: { signingDate: '2026-11-01', agreedInvestment: 8000, agreementType: 'investment' },
        }),
      action: 'project.move.forward',
      watch: { entity: 'project', entityId: p.id, read: () => projectRow(p.id) },
    };
  }),
  'followUps.add': audited(() => {
    const p = makeProject(db, { by: officer });
    return {
      as: officer,
      run: (api) =>
        api.followUps.add({
          projectId: p.id,
          date: TODAY,
          kind: 'visit',
          summary: '实地走访，企业确认选址意向',
        }),
      action: 'followUp.add',
    };
  }),
  'contacts.add': audited(() => {
    const p = makeProject(db, { by: officer });
    return {
      as: officer,
      run: (api) => api.contacts.add({ projectId: p.id, fields: { name: '王总', phone: '13800001111' } }),
      action: 'contact.add',
    };
  }),
  'contacts.update': audited(async () => {
    const p = makeProject(db, { by: officer });
    const c = await callerFor(db, officer).contacts.add({ projectId: p.id, fields: { name: '王总' } });
    return {
      as: officer,
      run: (api) => api.contacts.update({ id: c.id, version: 1, fields: { name: '王总', title: '董事长' } }),
      action: 'contact.update',
    };
  }),
  'contacts.remove': audited(async () => {
    const p = makeProject(db, { by: officer });
    const c = await callerFor(db, officer).contacts.add({ projectId: p.id, fields: { name: '王总' } });
    return {
      as: officer,
      run: (api) => api.contacts.remove({ id: c.id, version: 1 }),
      action: 'contact.remove',
    };
  }),
  'funds.add': audited(() => {
    const p = makeProject(db, { by: officer, stage: 'introduced' });
    return {
      as: officer,
      run: (api) => api.funds.add({ projectId: p.id, date: TODAY, amount: 1000, note: '首期到资' }),
      action: 'funds.add',
    };
  }),

  'documents.withdraw': audited(async () => {
    const p = makeProject(db, { by: officer });
    const doc = await makeDocument(db, officer, p.id);
    return {
      as: officer,
      run: (api) => api.documents.withdraw({ id: doc.id, version: 1, reason: '上传错了' }),
      action: 'document.withdraw',
    };
  }),
  'documents.saveKinds': audited(() => ({
    as: admin,
    run: async (api) => {
      const version = (await api.documents.kinds()).find((k) => k.key === 'other')!.version;
      return api.documents.saveKinds({ kinds: [{ key: 'other', version, label: '其他', active: true }] });
    },
    action: 'document.kinds',
  })),
  // Saved and taken back at once, so the other scenarios' moves need no documents.
  'documents.saveGates': audited(() => {
    saveRequiredKinds(db, admin, { required: { landed: ['license'] }, version: 0 }, NOW);
    return {
      as: admin,
      run: (api) => api.documents.saveGates({ required: {}, version: 1 }),
      action: 'settings.update',
    };
  }),
  'operations.setProduction': audited(() => {
    const p = makeProject(db, { by: officer, stage: 'completed' });
    return {
      as: officer,
      run: (api) => api.operations.setProduction({ projectId: p.id, date: TODAY, version: null }),
      action: 'operations.production',
    };
  }),
  'operations.addFixedAsset': audited(() => {
    const p = makeProject(db, { by: officer, stage: 'completed' });
    return {
      as: officer,
      run: (api) =>
        api.operations.addFixedAsset({ projectId: p.id, date: TODAY, amount: 8000, note: '一期入统' }),
      action: 'operations.fixedAsset',
    };
  }),
  'operations.setAnnual': audited(() => {
    const p = makeProject(db, { by: officer, stage: 'completed' });
    return {
      as: officer,
      run: (api) =>
        api.operations.setAnnual({
          projectId: p.id,
          year: 2026,
          output: 5000,
          tax: 300,
          jobs: 120,
          version: null,
        }),
      action: 'operations.annual',
    };
  }),

  // The ledger import
  'ledger.commit': audited(async () => {
    const importer = makeUser(db, { role: 'staff', username: 'ledger.owner', displayName: '台账专员' });
    const row = [
      1,
      '台账导入项目',
      '台账投资方',
      '数字经济',
      '产业链招商',
      5000,
      null,
      '洽谈',
      null,
      null,
      null,
      null,
      null,
      importer.username,
      unit.name,
      '已赴企业洽谈',
      null,
      '周敏',
      '0431-8888 6666',
    ];
    const token = await uploadLedger(admin.id, await officeLedger({ headers: LEDGER_HEADERS, rows: [row] }));
    return { as: admin, run: (api) => api.ledger.commit({ token, sheet: 0 }), action: 'ledger.import' };
  }),

  // Leaders, task forces, owners
  'leaders.assign': audited(async () => {
    const p = makeProject(db, { by: officer, stage: 'introduced' });
    const first = (await callerFor(db, admin).leaders.assign({
      projectId: p.id,
      leaderId: leader.id,
      role: 'primary',
      expectedPrimaryId: null,
    })) as { id: number };
    return {
      as: admin,
      run: (api) =>
        api.leaders.assign({
          projectId: p.id,
          leaderId: leader2.id,
          role: 'primary',
          expectedPrimaryId: first.id,
        }),
      action: 'leader.assign',
      watch: { entity: 'project', entityId: p.id, read: () => primaryOf(p.id) },
    };
  }),
  'leaders.end': audited(async () => {
    const p = makeProject(db, { by: officer });
    const { id } = (await callerFor(db, admin).leaders.assign({
      projectId: p.id,
      leaderId: leader2.id,
      role: 'co',
      expectedPrimaryId: null,
    })) as { id: number };
    return {
      as: admin,
      run: (api) => api.leaders.end({ assignmentId: id }),
      action: 'leader.end',
      watch: {
        entity: 'project',
        entityId: p.id,
        read: () => db.select().from(leaderAssignments).where(eq(leaderAssignments.id, id)).get()!,
        ignore: ['endedBy', 'endedAtTs'],
      },
    };
  }),
  'leaders.setTaskForce': audited(async () => {
    const tf = await callerFor(db, admin).coordination.createTaskForce({
      name: '审计覆盖专班甲',
      leadLeaderId: leader.id,
    });
    const p = makeProject(db, { by: officer });
    return {
      as: admin,
      run: (api) => api.leaders.setTaskForce({ projectId: p.id, taskForceId: tf.id }),
      action: 'taskForce.assign',
      watch: { entity: 'project', entityId: p.id, read: () => taskForceOf(p.id) },
    };
  }),
  'leaders.bulkLeader': audited(() => {
    const p = makeProject(db, { by: officer });
    return {
      as: admin,
      run: (api) =>
        api.leaders.bulkLeader({ projects: [{ id: p.id, version: p.version }], leaderId: leader.id }),
      action: 'leader.assign',
      watch: { entity: 'project', entityId: p.id, read: () => primaryOf(p.id) },
    };
  }),
  'leaders.bulkTaskForce': audited(async () => {
    const tf = await callerFor(db, admin).coordination.createTaskForce({
      name: '审计覆盖专班乙',
      leadLeaderId: leader.id,
    });
    const p = makeProject(db, { by: officer });
    return {
      as: admin,
      run: (api) =>
        api.leaders.bulkTaskForce({ projects: [{ id: p.id, version: p.version }], taskForceId: tf.id }),
      action: 'taskForce.assign',
      watch: { entity: 'project', entityId: p.id, read: () => taskForceOf(p.id) },
    };
  }),
  'leaders.bulkOwner': audited(() => {
    const p = makeProject(db, { by: officer, ownerBId: officer2.id });
    return {
      as: officer,
      run: (api) =>
        api.leaders.bulkOwner({ projects: [{ id: p.id, version: p.version }], ownerAId: officer2.id }),
      action: 'project.update',
      watch: { entity: 'project', entityId: p.id, read: () => projectRow(p.id) },
    };
  }),

  // Administration: units, task forces, chains, titles
  'coordination.createUnit': audited(() => ({
    as: admin,
    run: (api) => api.coordination.createUnit({ name: '审计覆盖商务局' }),
    action: 'unit.create',
  })),
  'coordination.renameUnit': audited(() => {
    const u = makeUnit(db, '审计覆盖科技局');
    return {
      as: admin,
      run: (api) => api.coordination.renameUnit({ id: u.id, version: 1, name: '审计覆盖科学技术局' }),
      action: 'unit.rename',
      watch: { entity: 'unit', entityId: u.id, read: () => unitRow(u.id) },
    };
  }),
  'coordination.setUnitActive': audited(() => {
    const u = makeUnit(db, '审计覆盖住建局');
    return {
      as: admin,
      run: (api) => api.coordination.setUnitActive({ id: u.id, version: 1, active: false }),
      action: 'unit.deactivate',
      watch: { entity: 'unit', entityId: u.id, read: () => unitRow(u.id) },
    };
  }),
  'coordination.createTaskForce': audited(() => ({
    as: admin,
    run: (api) =>
      api.coordination.createTaskForce({
        name: '审计覆盖华为专班',
        leadLeaderId: leader.id,
        description: '服务华为吉林总部建设',
        memberIds: [officer.id],
      }),
    action: 'taskForce.create',
  })),
  'coordination.updateTaskForce': audited(async () => {
    const { id } = await callerFor(db, admin).coordination.createTaskForce({
      name: '审计覆盖万象城专班',
      leadLeaderId: leader.id,
      description: '一期',
      memberIds: [officer.id],
    });
    const read = () => ({
      ...taskForceRow(id),
      memberIds: db
        .select({ id: taskForceMembers.userId })
        .from(taskForceMembers)
        .where(eq(taskForceMembers.taskForceId, id))
        .orderBy(asc(taskForceMembers.userId))
        .all()
        .map((r) => r.id),
    });
    return {
      as: admin,
      run: (api) =>
        api.coordination.updateTaskForce({
          id,
          version: 1,
          name: '审计覆盖万象城二期专班',
          leadLeaderId: leader2.id,
          description: '二期',
          memberIds: [officer2.id],
        }),
      action: 'taskForce.update',
      watch: { entity: 'taskForce', entityId: id, read },
    };
  }),
  'coordination.setTaskForceActive': audited(async () => {
    const { id } = await callerFor(db, admin).coordination.createTaskForce({
      name: '审计覆盖停用专班',
      leadLeaderId: leader.id,
    });
    return {
      as: admin,
      run: (api) => api.coordination.setTaskForceActive({ id, version: 1, active: false }),
      action: 'taskForce.deactivate',
      watch: { entity: 'taskForce', entityId: id, read: () => taskForceRow(id) },
    };
  }),
  'coordination.createChain': audited(() => ({
    as: admin,
    run: (api) =>
      api.coordination.createChain({
        name: '审计覆盖金融产业链',
        chainLeaderId: leader.id,
        industries: ['finance'],
      }),
    action: 'chain.create',
  })),
  'coordination.updateChain': audited(async () => {
    const { id } = await callerFor(db, admin).coordination.createChain({
      name: '审计覆盖数字产业链',
      chainLeaderId: leader.id,
      industries: ['digital'],
    });
    return {
      as: admin,
      run: (api) =>
        api.coordination.updateChain({
          id,
          version: 1,
          name: '审计覆盖数字经济产业链',
          chainLeaderId: null,
          industries: ['digital', 'business_services'],
        }),
      action: 'chain.update',
      watch: { entity: 'chain', entityId: id, read: () => chainRow(id) },
    };
  }),
  'coordination.setChainActive': audited(async () => {
    const { id } = await callerFor(db, admin).coordination.createChain({
      name: '审计覆盖停用产业链',
      chainLeaderId: null,
      industries: ['finance'],
    });
    return {
      as: admin,
      run: (api) => api.coordination.setChainActive({ id, version: 1, active: false }),
      action: 'chain.deactivate',
      watch: { entity: 'chain', entityId: id, read: () => chainRow(id) },
    };
  }),
  'coordination.setLeaderTitle': audited(() => {
    const l = makeUser(db, { role: 'leader' });
    return {
      as: admin,
      run: (api) =>
        api.coordination.setLeaderTitle({ id: l.id, version: userRow(l.id).version, title: '常务副区长' }),
      action: 'leader.title',
      watch: { entity: 'user', entityId: l.id, read: () => userRow(l.id) },
    };
  }),

  // Problems, instructions, notifications
  'problems.create': audited(() => {
    const p = makeProject(db, { by: officer, stage: 'introduced' });
    return {
      as: officer,
      run: (api) =>
        api.problems.create({
          projectId: p.id,
          title: '项目用电增容审批慢',
          detail: '供电公司尚未答复',
          unitId: unit.id,
          ownerId: officer.id,
          raisedDate: '2026-11-10',
          dueDate: '2026-11-30',
        }),
      action: 'problem.create',
    };
  }),
  'problems.move': audited(async () => {
    const p = makeProject(db, { by: officer, stage: 'introduced' });
    const { id } = await callerFor(db, officer).problems.create({
      projectId: p.id,
      title: '规划许可办理',
      raisedDate: '2026-11-10',
    });
    return {
      as: officer,
      run: (api) => api.problems.move({ id, version: 1, to: 'in_progress' }),
      action: 'problem.move',
      watch: { entity: 'problem', entityId: id, read: () => problemRow(id) },
    };
  }),
  'problems.escalate': audited(async () => {
    const p = await ledBy(leader, 'primary', { by: officer, stage: 'introduced' });
    const { id } = await callerFor(db, officer).problems.create({
      projectId: p.id,
      title: '停车位配建',
      raisedDate: '2026-11-10',
    });
    return {
      as: officer,
      run: (api) => api.problems.escalate({ id, version: 1, note: '需区领导协调' }),
      action: 'problem.escalate',
      watch: { entity: 'problem', entityId: id, read: () => problemRow(id), ignore: ['escalatedAt'] },
    };
  }),
  'instructions.create': audited(async () => {
    const p = await ledBy(leader, 'co', { by: officer, stage: 'landed', estimatedInvestment: 12000 });
    return {
      as: leader,
      run: (api) =>
        api.instructions.create({ projectId: p.id, text: '请加快推进施工许可办理', replyBy: '2026-12-05' }),
      action: 'instruction.create',
    };
  }),
  'instructions.reply': audited(async () => {
    const p = await ledBy(leader, 'co', { by: officer, stage: 'landed', estimatedInvestment: 12000 });
    const { id } = await callerFor(db, leader).instructions.create({
      projectId: p.id,
      text: '请协调解决用地问题',
      replyBy: '2026-12-10',
    });
    return {
      as: officer,
      run: (api) => api.instructions.reply({ id, version: 1, reply: '已协调自然资源局' }),
      action: 'instruction.reply',
      watch: {
        entity: 'instruction',
        entityId: id,
        read: () => db.select().from(instructions).where(eq(instructions.id, id)).get()!,
        ignore: ['repliedBy', 'repliedAt'],
      },
    };
  }),
  'notifications.markRead': audited(() => {
    const reader = makeUser(db, { role: 'viewer' });
    const { id } = db
      .insert(notifications)
      .values({
        userId: reader.id,
        kind: 'assigned',
        projectId: null,
        refId: null,
        text: '测试通知',
        createdAt: NOW - DAY_MS,
      })
      .returning({ id: notifications.id })
      .get();
    return {
      as: reader,
      run: (api) => api.notifications.markRead({ ids: [id] }),
      action: 'notification.read',
      watch: {
        entity: 'notification',
        read: () => db.select().from(notifications).where(eq(notifications.id, id)).get()!,
      },
    };
  }),

  // Schedules, templates, chase-up orders
  'schedules.create': audited(() => {
    const p = majorProject();
    return {
      as: officer,
      run: (api) =>
        api.schedules.create({
          projectId: p.id,
          templateId: BUILDING_TEMPLATE,
          targetDate: '2027-06-30',
          milestones: [m('装修设计', '2026-12-01'), m('入驻开业', '2027-06-30')],
        }),
      action: 'schedule.create',
    };
  }),
  'schedules.update': audited(async () => {
    const { p, schedule } = await scheduled([m('甲', '2027-01-01'), m('乙', '2027-02-01')]);
    const [a] = schedule.milestones;
    const read = () => ({
      targetDate: db
        .select({ targetDate: schedules.targetDate })
        .from(schedules)
        .where(eq(schedules.id, schedule.id))
        .get()!.targetDate,
      milestones: db
        .select({
          name: milestones.name,
          plannedDate: milestones.plannedDate,
          actualDate: milestones.actualDate,
          linkedStage: milestones.linkedStage,
          note: milestones.note,
        })
        .from(milestones)
        .where(and(eq(milestones.scheduleId, schedule.id), eq(milestones.active, true)))
        .orderBy(asc(milestones.position))
        .all(),
    });
    return {
      as: officer,
      run: (api) =>
        api.schedules.update({
          id: schedule.id,
          version: schedule.version,
          targetDate: '2027-08-31',
          milestones: [
            { id: a!.id, name: '甲', plannedDate: '2027-01-15', linkedStage: null },
            m('新增：丁', '2027-08-31'),
          ],
        }),
      action: 'schedule.update',
      watch: { entity: 'project', entityId: p.id, read },
    };
  }),
  'schedules.recordActual': audited(async () => {
    const { schedule } = await scheduled([m('装修设计', '2026-11-10'), m('入驻开业', '2027-06-30')]);
    const first = schedule.milestones[0]!;
    return {
      as: officer,
      run: (api) =>
        api.schedules.recordActual({
          milestoneId: first.id,
          version: first.version,
          actualDate: '2026-11-20',
          note: '设计单位更换，延期10天',
        }),
      action: 'milestone.actual',
      watch: {
        entity: 'milestone',
        entityId: first.id,
        read: () => db.select().from(milestones).where(eq(milestones.id, first.id)).get()!,
      },
    };
  }),
  'schedules.templates.save': audited(async () => {
    const { id } = await callerFor(db, admin).schedules.templates.save({
      name: '审计覆盖模板',
      kind: 'building',
      steps: [{ name: '甲', durationDays: 10, linkedStage: null }],
    });
    const read = () => {
      const t = db.select().from(scheduleTemplates).where(eq(scheduleTemplates.id, id)).get()!;
      return { name: t.name, kind: t.kind, active: t.active, steps: stepsOf(db, id, t.version) };
    };
    return {
      as: admin,
      run: (api) =>
        api.schedules.templates.save({
          id,
          version: 1,
          name: '审计覆盖模板（二版）',
          kind: 'building',
          steps: [
            { name: '甲', durationDays: 10, linkedStage: null },
            { name: '乙', durationDays: 5, linkedStage: null },
          ],
        }),
      action: 'template.update',
      watch: { entity: 'schedule_template', entityId: id, read },
    };
  }),
  'schedules.templates.setActive': audited(async () => {
    const { id } = await callerFor(db, admin).schedules.templates.save({
      name: '审计覆盖停用模板',
      kind: 'building',
      steps: [{ name: '甲', durationDays: 1, linkedStage: null }],
    });
    return {
      as: admin,
      run: (api) => api.schedules.templates.setActive({ id, version: 1, active: false }),
      action: 'template.active',
      watch: {
        entity: 'schedule_template',
        entityId: id,
        read: () => db.select().from(scheduleTemplates).where(eq(scheduleTemplates.id, id)).get()!,
      },
    };
  }),
  'schedules.templates.saveThresholds': audited(() => {
    const { version } = getThresholds(db);
    return {
      as: admin,
      run: (api) => api.schedules.templates.saveThresholds({ yellowFrom: 15, redAbove: 35, version }),
      action: 'settings.update',
      watch: { entity: 'settings', read: () => ({ ...getThresholds(db) }) },
    };
  }),
  'schedules.chaseUps.issue': audited(async () => {
    const { p } = await scheduled([m('装修设计', '2026-11-10'), m('入驻开业', '2027-06-30')]);
    // Only a leader who leads the project issues there (issue 12).
    await callerFor(db, admin).leaders.assign({
      projectId: p.id,
      leaderId: leader.id,
      role: 'primary',
      expectedPrimaryId: null,
    });
    return {
      as: leader,
      run: (api) =>
        api.schedules.chaseUps.issue({
          projectId: p.id,
          subject: '协调装修设计单位，本周内提交施工图',
          assigneeId: officer.id,
          dueDate: '2026-12-03',
          yellowDate: '2026-12-04',
          redDate: '2026-12-11',
        }),
      action: 'chaseUp.issue',
    };
  }),
  'schedules.chaseUps.close': audited(async () => {
    const { p } = await scheduled([m('装修设计', '2026-11-10'), m('入驻开业', '2027-06-30')]);
    const { id } = await callerFor(db, admin).schedules.chaseUps.issue({
      projectId: p.id,
      subject: '本周内提交施工图',
      assigneeId: officer.id,
      dueDate: '2026-12-03',
      yellowDate: '2026-12-04',
      redDate: '2026-12-11',
    });
    return {
      as: officer,
      run: (api) => api.schedules.chaseUps.close({ id, version: 1, resolution: '施工图已提交审查' }),
      action: 'chaseUp.close',
      watch: {
        entity: 'project',
        entityId: p.id,
        read: () => db.select().from(chaseUpOrders).where(eq(chaseUpOrders.id, id)).get()!,
        ignore: ['closedBy', 'closedAt'],
      },
    };
  }),

  // Targets and the campaign
  'targets.create': audited(() => ({
    as: admin,
    run: (api) =>
      api.targets.create({
        metric: 'agreed_investment',
        value: 20000,
        periodStart: '2026-01-01',
        periodEnd: '2026-12-31',
      }),
    action: 'target.create',
  })),
  'targets.update': audited(async () => {
    const { id, version } = await callerFor(db, admin).targets.create({
      metric: 'agreed_investment',
      value: 20000,
      periodStart: '2026-01-01',
      periodEnd: '2026-12-31',
    });
    return {
      as: admin,
      run: (api) =>
        api.targets.update({
          id,
          version,
          fields: {
            metric: 'agreed_investment',
            value: 30000,
            periodStart: '2026-01-01',
            periodEnd: '2026-12-31',
            industry: 'finance',
          },
        }),
      action: 'target.update',
      watch: {
        entity: 'target',
        entityId: id,
        read: () => db.select().from(targets).where(eq(targets.id, id)).get()!,
      },
    };
  }),
  'targets.deactivate': audited(async () => {
    const { id, version } = await callerFor(db, admin).targets.create({
      metric: 'agreed_investment',
      value: 5000,
      periodStart: '2026-01-01',
      periodEnd: '2026-06-30',
    });
    return {
      as: admin,
      run: (api) => api.targets.deactivate({ id, version }),
      action: 'target.deactivate',
      watch: {
        entity: 'target',
        entityId: id,
        read: () => db.select().from(targets).where(eq(targets.id, id)).get()!,
      },
    };
  }),
  'targets.saveCampaign': audited(() => {
    const { version } = campaignSettings(db);
    return {
      as: admin,
      run: (api) =>
        api.targets.saveCampaign({ campaignStart: '2026-11-01', campaignEnd: '2026-12-31', version }),
      action: 'review.campaign',
      watch: { entity: 'review_settings', entityId: 1, read: () => campaignSettings(db) },
    };
  }),

  // Settings the office owns
  'settings.saveStallDays': audited(() => {
    const { version } = stallDaysAt(db);
    return {
      as: admin,
      run: (api) =>
        api.settings.saveStallDays({ negotiating: 60, introduced: 45, landed: 20, started: 14, version }),
      action: 'settings.update',
      watch: { entity: 'stall_settings', read: () => stallDaysAt(db) },
    };
  }),

  // Users
  'users.create': audited(() => ({
    as: admin,
    run: (api) =>
      api.users.create({
        username: 'audit.new',
        displayName: '新专员',
        role: 'staff',
        unitId: unit.id,
        title: '科员',
        password: 'first-password-1',
      }),
    action: 'user.create',
  })),
  'users.update': audited(() => {
    const u = makeUser(db, { role: 'staff' });
    return {
      as: admin,
      run: (api) =>
        api.users.update({
          id: u.id,
          version: 1,
          displayName: '改过的名字',
          role: 'viewer',
          unitId: unit.id,
          title: '科长',
        }),
      action: 'user.update',
      watch: { entity: 'user', entityId: u.id, read: () => userRow(u.id) },
    };
  }),
  'users.setActive': audited(() => {
    const u = makeUser(db, { role: 'staff' });
    return {
      as: admin,
      run: (api) => api.users.setActive({ id: u.id, version: 1, active: false }),
      action: 'user.deactivate',
      watch: { entity: 'user', entityId: u.id, read: () => userRow(u.id) },
    };
  }),
  'users.resetPassword': audited(() => {
    const u = makeUser(db, { role: 'staff' });
    return {
      as: admin,
      run: (api) => api.users.resetPassword({ id: u.id, version: 1, password: 'temporary-pass-1' }),
      action: 'user.resetPassword',
      // The hash is a secret: the row says that it changed (mustChangePassword), never what to.
      watch: { entity: 'user', entityId: u.id, read: () => userRow(u.id), ignore: ['passwordHash'] },
    };
  }),
  'users.setLargeText': audited(() => {
    const u = makeUser(db, { role: 'viewer' });
    return {
      as: u,
      run: (api) => api.users.setLargeText({ largeText: true }),
      action: 'user.setLargeText',
      watch: { entity: 'user', entityId: u.id, read: () => userRow(u.id) },
    };
  }),
  'users.changePassword': audited(async () => {
    const u = makeUser(db, { role: 'viewer' });
    await callerFor(db, admin).users.resetPassword({ id: u.id, version: 1, password: 'temporary-pass-1' });
    return {
      as: { ...u, mustChangePassword: true },
      cookie: cookieJar(),
      run: (api) => api.users.changePassword({ current: 'temporary-pass-1', next: 'my-own-password-1' }),
      action: 'user.changePassword',
      watch: { entity: 'user', entityId: u.id, read: () => userRow(u.id), ignore: ['passwordHash'] },
    };
  }),

  // Sealed weeks (定稿)
  'review.seal': audited(() => ({
    as: admin,
    run: (api) => api.review.seal({ week: '2026-W40' }),
    action: 'review.seal',
  })),
  'review.reopen': audited(async () => {
    await callerFor(db, admin).review.seal({ week: '2026-W41' });
    return {
      as: admin,
      run: (api) => api.review.reopen({ week: '2026-W41', reason: '会后补录了一个签约项目' }),
      action: 'review.reopen',
    };
  }),

  // Files from data everyone reads
  'review.exportXlsx': readOnly(() => ({
    as: officer,
    run: (api) => api.review.exportXlsx({ week: '2026-W47' }),
  })),
  'schedules.exportOverview': readOnly(() => ({
    as: officer,
    run: (api) => api.schedules.exportOverview({}),
  })),
};

const scenarioPaths = Object.keys(SCENARIOS).sort();

/** Every table's row count and a hash of its rows: equal before and after means nothing was written. */
function snapshot(): Record<string, string> {
  const tables = db.$client
    .prepare("select name from sqlite_master where type = 'table' and name not like 'sqlite_%' order by name")
    .pluck()
    .all() as string[];
  return Object.fromEntries(
    tables.map((t) => {
      const rows = db.$client.prepare(`select * from "${t}"`).raw().all();
      return [t, `${rows.length} rows, ${createHash('sha1').update(JSON.stringify(rows)).digest('hex')}`];
    }),
  );
}

const lastAuditId = () =>
  db
    .select({ id: max(auditLog.id) })
    .from(auditLog)
    .get()?.id ?? 0;
const auditSince = (id: number) =>
  db.select().from(auditLog).where(gt(auditLog.id, id)).orderBy(asc(auditLog.id)).all();

/** Makes every audit insert fail, the way a full disk or a broken audit table would. */
function withAuditBroken<T>(fn: () => Promise<T>): Promise<T> {
  db.$client.exec(
    "create trigger audit_broken before insert on audit_log begin select raise(abort, 'audit unavailable'); end",
  );
  return fn().finally(() => db.$client.exec('drop trigger audit_broken'));
}

/** The fields whose values differ between two reads of a record, bookkeeping and `ignore` aside. */
function changedFields(
  before: Record<string, unknown>,
  after: Record<string, unknown>,
  ignore: readonly string[],
): string[] {
  return Object.keys(after).filter(
    (k) =>
      !BOOKKEEPING.includes(k) &&
      !ignore.includes(k) &&
      JSON.stringify(before[k]) !== JSON.stringify(after[k]),
  );
}

describe('the scenario table', () => {
  it('has a scenario for every mutation of appRouter', () => {
    expect(mutations.length).toBeGreaterThan(40);
    const missing = mutations.filter((path) => !(path in SCENARIOS));
    expect(
      missing,
      `mutations without a scenario in SCENARIOS (tests/api/audit-coverage.test.ts): ${missing.join(', ')}`,
    ).toEqual([]);
  });

  it('has no scenario for a path that is not a mutation (any more)', () => {
    const stale = scenarioPaths.filter((path) => !mutations.includes(path));
    expect(stale, `scenarios for paths that are not mutations of appRouter: ${stale.join(', ')}`).toEqual([]);
  });

  it('lets only the file exports off the audit', () => {
    expect(scenarioPaths.filter((path) => SCENARIOS[path]?.kind === 'read-only')).toEqual(
      [...READ_ONLY].sort(),
    );
  });
});

describe('every mutation writes its audit row', () => {
  it.each(mutations)(
    '%s',
    async (path) => {
      const scenario = SCENARIOS[path];
      if (!scenario) throw new Error(`${path} has no scenario: add one to SCENARIOS`);
      const call = await scenario.arrange();
      const api = callerFor(db, call.as, NOW, (call as Partial<Call>).cookie);

      if (scenario.kind === 'read-only') {
        const before = snapshot();
        await call.run(api);
        expect(snapshot(), `${path} only produces a file: it must write nothing`).toEqual(before);
        return;
      }

      const c = call as Call;
      const who = c.who ?? c.as?.id;
      const record = c.watch;
      const before = snapshot();
      const read0 = record?.read();
      const since = lastAuditId();

      // In the same transaction: when the audit row cannot be written, the change is not made either.
      const refused = await withAuditBroken(() =>
        c.run(api).then(
          () => null,
          (error: unknown) => error,
        ),
      );
      expect(refused, `${path} succeeded although its audit row could not be written`).toBeInstanceOf(
        TRPCError,
      );
      expect(String((refused as TRPCError).cause)).toContain('audit unavailable');
      expect(
        snapshot(),
        `${path} kept (part of) its change although its audit row could not be written`,
      ).toEqual(before);

      await c.run(api);
      const rows = auditSince(since);
      expect(rows.length, `${path} wrote no audit row`).toBeGreaterThan(0);
      for (const row of rows) {
        expect(row, `${path}: audit row ${row.action}`).toMatchObject({ userId: who, at: NOW });
        expect(row.action.length).toBeGreaterThan(0);
        expect(row.entity.length).toBeGreaterThan(0);
      }
      expect(rows.map((r) => r.action)).toContain(c.action);

      if (record && read0) {
        const read1 = record.read();
        const fields = changedFields(read0, read1, record.ignore ?? []);
        expect(fields.length, `${path}: the scenario should change the record it watches`).toBeGreaterThan(0);
        const row = rows.find(
          (r) =>
            r.action === c.action &&
            r.entity === record.entity &&
            (record.entityId === undefined || r.entityId === record.entityId),
        );
        expect(
          row,
          `${path}: no ${c.action} row about ${record.entity} ${record.entityId ?? ''}`,
        ).toBeDefined();
        const changes = JSON.parse(row!.changes ?? 'null') as Record<string, unknown> | null;
        for (const field of fields) {
          expect(changes?.[field], `${path}: changes.${field} should be [before, after]`).toEqual([
            read0[field],
            read1[field],
          ]);
        }
      }
    },
    60_000,
  ); // the users.* and auth.* scenarios hash passwords (scrypt) several times
});
