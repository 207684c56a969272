/**
 * 领导包保 for the demo district, written after the projects: leader assignments (with a little
 * reassignment history), task forces, the eight industry chains with their 链长, problems (open,
 * overdue, resolved, closed), instructions (pending, overdue, answered) and a few notifications.
 * Every major project at 引进 or later has a primary leader except three, so 未落实包保 shows.
 * The `leader` account (陈立新, 常务副区长) leads a realistic load of 20+ projects.
 */
import { asc } from 'drizzle-orm';
import { INDUSTRIES, type Industry } from '../../../shared/domain/catalog';
import { DAY_MS } from '../../../shared/domain/dates';
import { isMajor } from '../../../shared/domain/money';
import type { ProblemStatus } from '../../../shared/domain/problems';
import { stageIndex } from '../../../shared/domain/stages';
import { type Db, writeTransaction } from '../../client';
import {
  industryChains,
  instructions,
  leaderAssignments,
  notifications,
  problemEvents,
  problems,
  projects,
  taskForceMembers,
  taskForceProjects,
  taskForces,
  units,
  users,
} from '../../schema';
import type { DemoCalendar } from './calendar';
import { Rng } from './random';
import { notice } from '../../../shared/labels/notices';

const UNASSIGNED_MAJORS = 3;

const CHAINS: Record<Industry, string> = {
  finance: '金融产业链',
  commerce: '商贸流通产业链',
  digital: '数字经济产业链',
  scitech: '科技创新产业链',
  business_services: '商务服务产业链',
  culture_tourism: '文化旅游产业链',
  education_health: '教育健康产业链',
  construction_realestate: '建筑和房地产产业链',
};

/** 链长 by username: each district leader chairs one or two chains. */
const CHAIN_LEADERS: Record<Industry, string> = {
  finance: 'leader',
  commerce: 'zhaohaibo',
  digital: 'liuzhigang',
  scitech: 'sunxiaomei',
  business_services: 'zhouwenbin',
  culture_tourism: 'wujing',
  education_health: 'sunxiaomei',
  construction_realestate: 'zhouwenbin',
};

const TASK_FORCES = [
  {
    name: '华为吉林总部项目专班',
    lead: 'liuzhigang',
    members: ['zhangwei', 'guopeng', 'hemin'],
    industries: ['digital', 'scitech'],
  },
  {
    name: '中央商务区金融科技专班',
    lead: 'leader',
    members: ['staff', 'gaojie', 'lina'],
    industries: ['finance', 'business_services'],
  },
  {
    name: '万象城商圈提升专班',
    lead: 'zhaohaibo',
    members: ['huangli', 'machao', 'songxue'],
    industries: ['commerce', 'culture_tourism'],
  },
  {
    name: '重大建设项目服务专班',
    lead: 'zhouwenbin',
    members: ['hemin', 'luojun', 'yangfan'],
    industries: ['construction_realestate', 'education_health'],
  },
] as const;

/** Leaders weighted by load: the 常务副区长 (`leader`) carries the most, as in the office. */
const LEADER_WEIGHTS = [
  ['leader', 5],
  ['liuzhigang', 2],
  ['zhaohaibo', 3],
  ['sunxiaomei', 3],
  ['zhouwenbin', 3],
  ['wujing', 2],
] as const;

const PROBLEMS: readonly (readonly [string, string, string])[] = [
  ['用电增容审批进度慢', '企业申请 2000kVA 用电增容，供电公司尚未答复接电方案。', '发改局'],
  ['施工许可办理受阻', '消防设计审查意见未闭环，施工许可证迟迟未能核发。', '发改局'],
  ['项目用地指标不足', '地块规划指标与企业投资强度不匹配，需调整用地方案。', '发改局'],
  ['人才公寓配套需求', '企业首批 120 名员工到岗，申请人才公寓及子女入学支持。', '投资促进局'],
  ['外资企业注册资料需协调', '境外投资方主体公证认证材料办理周期长，影响工商注册。', '商务局'],
  ['装修审批与楼宇物业协调', '楼宇物业对装修方案提出异议，装修进场时间延后。', '投资促进局'],
  ['首店开业前消防验收', '首店开业前需完成消防验收，企业希望提前预约现场检查。', '商务局'],
  ['研发费用加计扣除政策咨询', '企业对研发费用加计扣除和科技型中小企业认定有疑问。', '科技局'],
  ['产业扶持资金兑现', '按协议约定的落户奖励尚未兑现，企业多次询问。', '金融服务中心'],
  ['周边道路及停车配套', '项目周边道路未贯通，停车位不足，影响开业客流。', '自由大路街道'],
  ['文旅项目演出许可', '沉浸式演艺项目需办理营业性演出许可，材料准备存在困难。', '文旅局'],
  ['银行授信额度不足', '企业扩产需追加授信 3 亿元，希望政府协调银行支持。', '金融服务中心'],
  ['办公场地租金补贴', '企业申请总部办公用房租金补贴，需明确申报流程。', '南岭街道'],
  ['环评批复时间紧', '项目环评报告需专家评审，企业希望加快组织评审会。', '发改局'],
];

const RESOLUTIONS = [
  '已召开专题协调会，相关部门明确办理时限并完成办理。',
  '已协调主管部门开通绿色通道，企业确认问题解决。',
  '已按政策完成兑现，企业表示满意。',
  '已安排专人对接，相关手续已全部办结。',
];

const INSTRUCTIONS = [
  '请加快推进项目落地，本周内报送推进计划。',
  '请协调解决企业反映的用电问题，及时反馈进展。',
  '请会同有关部门研究扶持政策兑现方案，按期回复。',
  '该项目为重大项目，请倒排工期，确保年底前开工。',
  '请摸清企业投资计划调整原因，提出应对措施。',
  '请做好企业服务保障，重大问题及时报告。',
];

const REPLIES = [
  '已按要求报送推进计划，目前手续办理进展顺利。',
  '已与供电公司对接，预计两周内完成接电。',
  '已会同财政、商务部门形成兑现方案，近期报区政府审定。',
  '已倒排工期，施工许可正在办理，计划下月开工。',
];

export function seedLeaders(db: Db, cal: DemoCalendar): void {
  const rng = Rng.fromText('南关区领导包保');
  const today = cal.today;
  const people = db
    .select({ id: users.id, username: users.username, displayName: users.displayName, role: users.role })
    .from(users)
    .all();
  const user = (username: string): number => {
    const u = people.find((p) => p.username === username);
    if (!u) throw new Error(`demo seed: unknown user ${username}`);
    return u.id;
  };
  const admin = user('admin');
  const unitIds = new Map(
    db
      .select({ id: units.id, name: units.name })
      .from(units)
      .all()
      .map((u) => [u.name, u.id]),
  );
  const rows = db
    .select({
      id: projects.id,
      name: projects.name,
      industry: projects.industry,
      stage: projects.stage,
      status: projects.status,
      estimatedInvestment: projects.estimatedInvestment,
      agreedInvestment: projects.agreedInvestment,
      createdAt: projects.createdAt,
      ownerAId: projects.ownerAId,
      ownerBId: projects.ownerBId,
      unitId: projects.unitId,
    })
    .from(projects)
    .orderBy(asc(projects.id))
    .all();
  const setUpAt = cal.at(cal.daysAgo(600), 9);
  /** An instant between `from` and yesterday, at office hours. */
  const between = (from: number, minDaysAgo = 1): number => {
    const fromDays = Math.max(minDaysAgo, Math.floor((cal.at(today, 0) - from) / DAY_MS));
    const ago = rng.int(minDaysAgo, Math.max(minDaysAgo, fromDays));
    return cal.at(cal.daysAgo(ago), rng.int(9, 17), rng.int(0, 59));
  };
  const dateOf = (at: number) => cal.daysAgo(Math.round((cal.at(today, 12) - at) / DAY_MS));

  writeTransaction(db, () => {
    // Industry chains and task forces.
    db.insert(industryChains)
      .values(
        INDUSTRIES.map((i) => ({
          name: CHAINS[i],
          chainLeaderId: user(CHAIN_LEADERS[i]),
          industries: [i],
          createdAt: setUpAt,
        })),
      )
      .run();
    const tfIds = TASK_FORCES.map(
      (tf) =>
        db
          .insert(taskForces)
          .values({
            name: tf.name,
            leadLeaderId: user(tf.lead),
            createdAt: setUpAt,
            description: `${tf.name}：统筹协调、定期调度、专人服务`,
          })
          .returning({ id: taskForces.id })
          .get().id,
    );
    TASK_FORCES.forEach((tf, i) => {
      db.insert(taskForceMembers)
        .values(tf.members.map((m) => ({ taskForceId: tfIds[i]!, userId: user(m) })))
        .run();
    });

    const live = rows.filter((p) => p.status !== 'dropped');
    const majorsLate = live.filter((p) => isMajor(p) && stageIndex(p.stage) >= 1);
    // Three large projects signed recently are still waiting for a leader: the 未落实包保 flag.
    const unassigned = new Set(
      [...majorsLate]
        .sort((a, b) => b.createdAt - a.createdAt)
        .slice(0, 8)
        .filter((_, i) => i % 2 === 0)
        .slice(0, UNASSIGNED_MAJORS)
        .map((p) => p.id),
    );
    const staffId = user('staff');
    const leaderId = user('leader');
    const assignments: (typeof leaderAssignments.$inferInsert)[] = [];
    const leadersOf = new Map<number, number[]>();
    const primaryOf = new Map<number, number>();
    for (const p of live) {
      const major = isMajor(p);
      const late = stageIndex(p.stage) >= 1;
      const wanted = unassigned.has(p.id)
        ? false
        : major && late
          ? true
          : major
            ? rng.chance(0.5)
            : p.ownerAId === staffId && late
              ? rng.chance(0.6)
              : rng.chance(late ? 0.3 : 0.1);
      if (!wanted) continue;
      // The 常务副区长 takes the officer `staff`'s signed projects first: the demo desk and bell meet.
      const primary =
        p.ownerAId === staffId && late && rng.chance(0.7) ? leaderId : user(rng.weighted(LEADER_WEIGHTS));
      const assignedAt = between(p.createdAt);
      // A few were reassigned: an earlier primary whose assignment ended.
      if (rng.chance(0.08)) {
        const earlier = user(rng.weighted(LEADER_WEIGHTS.filter(([u]) => user(u) !== primary)));
        const earlierAt = between(
          p.createdAt,
          Math.max(2, Math.floor((cal.at(today, 0) - assignedAt) / DAY_MS) + 1),
        );
        assignments.push({
          projectId: p.id,
          leaderId: earlier,
          role: 'primary',
          assignedAt: dateOf(earlierAt),
          endedAt: dateOf(assignedAt),
          assignedBy: admin,
          endedBy: admin,
          createdAt: earlierAt,
          endedAtTs: assignedAt,
        });
      }
      assignments.push({
        projectId: p.id,
        leaderId: primary,
        role: 'primary',
        assignedAt: dateOf(assignedAt),
        assignedBy: admin,
        createdAt: assignedAt,
      });
      primaryOf.set(p.id, primary);
      const leaders = [primary];
      if (major && rng.chance(0.3)) {
        const co = user(rng.weighted(LEADER_WEIGHTS.filter(([u]) => user(u) !== primary)));
        assignments.push({
          projectId: p.id,
          leaderId: co,
          role: 'co',
          assignedAt: dateOf(assignedAt),
          assignedBy: admin,
          createdAt: assignedAt + 60_000,
        });
        leaders.push(co);
      }
      leadersOf.set(p.id, leaders);
    }
    for (let i = 0; i < assignments.length; i += 100)
      db.insert(leaderAssignments)
        .values(assignments.slice(i, i + 100))
        .run();

    // Task forces own the majors of their industries.
    const tfRows = live
      .filter((p) => isMajor(p) && rng.chance(0.7))
      .flatMap((p) => {
        const i = TASK_FORCES.findIndex((tf) => (tf.industries as readonly string[]).includes(p.industry));
        return i < 0
          ? []
          : [{ taskForceId: tfIds[i]!, projectId: p.id, addedAt: between(p.createdAt), addedBy: admin }];
      });
    if (tfRows.length) db.insert(taskForceProjects).values(tfRows).run();

    // Problems on led projects: about a third have one or two.
    const led = live.filter((p) => leadersOf.has(p.id));
    const notes: (typeof notifications.$inferInsert)[] = [];
    for (const p of led) {
      const n =
        p.ownerAId === staffId
          ? rng.int(0, 2)
          : rng.weighted([
              [0, 6],
              [1, 3],
              [2, 1],
            ] as const);
      for (let k = 0; k < n; k++) {
        const [title, detail, unitName] = rng.pick(PROBLEMS);
        const raisedAgo = rng.int(3, 90);
        const raisedDate = cal.daysAgo(raisedAgo);
        const raisedAt = cal.at(raisedDate, rng.int(9, 16));
        const dueDate = cal.daysAgo(raisedAgo - rng.int(7, 30));
        const dueAgo = Math.round((cal.at(today, 12) - cal.at(dueDate, 12)) / DAY_MS);
        // Older problems are mostly settled; some past their due date are still open (red).
        const status: ProblemStatus =
          dueAgo > 0
            ? rng.weighted([
                ['closed', 4],
                ['resolved', 2],
                ['in_progress', 2],
                ['open', 1],
              ] as const)
            : rng.weighted([
                ['open', 3],
                ['in_progress', 4],
                ['resolved', 1],
              ] as const);
        const by = p.ownerAId;
        const path: ProblemStatus[] = {
          open: [],
          in_progress: ['in_progress'],
          resolved: ['in_progress', 'resolved'],
          closed: ['in_progress', 'resolved', 'closed'],
        }[status] as ProblemStatus[];
        const span = Math.max(1, raisedAgo - 1);
        const times = path.map((_, j) =>
          cal.at(
            cal.daysAgo(Math.max(1, raisedAgo - Math.round(((j + 1) * span) / (path.length + 1)))),
            10 + j,
          ),
        );
        const escalated = (status === 'open' || status === 'in_progress') && rng.chance(0.35);
        const lastAt = times.at(-1) ?? raisedAt;
        const escalatedAt = escalated ? lastAt + 3_600_000 : null;
        const primary = primaryOf.get(p.id)!;
        const resolution = status === 'resolved' || status === 'closed' ? rng.pick(RESOLUTIONS) : null;
        const row = db
          .insert(problems)
          .values({
            projectId: p.id,
            title,
            detail,
            unitId: unitIds.get(unitName) ?? p.unitId,
            ownerId: by,
            raisedDate,
            dueDate,
            status,
            resolution,
            escalatedAt,
            escalatedTo: escalated ? primary : null,
            createdBy: by,
            createdAt: raisedAt,
            updatedAt: escalatedAt ?? lastAt,
            version: 1 + path.length + (escalated ? 1 : 0),
          })
          .returning({ id: problems.id })
          .get();
        const events: (typeof problemEvents.$inferInsert)[] = [
          {
            problemId: row.id,
            kind: 'created',
            fromStatus: null,
            toStatus: 'open',
            at: raisedAt,
            byUserId: by,
          },
        ];
        let from: ProblemStatus = 'open';
        path.forEach((to, j) => {
          events.push({
            problemId: row.id,
            kind: 'status',
            fromStatus: from,
            toStatus: to,
            at: times[j]!,
            byUserId: to === 'closed' ? primary : by,
            reason: to === 'resolved' ? resolution : null,
          });
          from = to;
        });
        if (escalatedAt) {
          events.push({
            problemId: row.id,
            kind: 'escalated',
            fromStatus: status,
            toStatus: status,
            at: escalatedAt,
            byUserId: by,
            reason: '请领导协调相关部门',
          });
          notes.push({
            userId: primary,
            kind: 'problem_escalated',
            projectId: p.id,
            refId: row.id,
            text: notice.problemEscalated(p.name, title, '请领导协调相关部门'),
            createdAt: escalatedAt,
            readAt: rng.chance(0.5) ? escalatedAt + DAY_MS : null,
          });
        }
        db.insert(problemEvents).values(events).run();
      }
    }

    // Instructions: the leaders write on a share of their projects; most are answered.
    const leaderName = (id: number) => people.find((u) => u.id === id)?.displayName ?? '';
    for (const p of led) {
      const mine = p.ownerAId === staffId && primaryOf.get(p.id) === leaderId;
      if (!rng.chance(mine ? 0.6 : 0.2)) continue;
      const by = primaryOf.get(p.id)!;
      const writtenAgo = rng.int(2, 45);
      const createdAt = cal.at(cal.daysAgo(writtenAgo), rng.int(9, 17));
      const replyBy = cal.daysAgo(writtenAgo - rng.int(5, 14));
      const answered = rng.chance(0.6);
      const text = rng.pick(INSTRUCTIONS);
      const replyAgo = Math.max(1, writtenAgo - rng.int(1, 5));
      const repliedAt = answered ? cal.at(cal.daysAgo(replyAgo), 16) : null;
      const reply = answered ? rng.pick(REPLIES) : null;
      const row = db
        .insert(instructions)
        .values({
          projectId: p.id,
          leaderId: by,
          text,
          replyBy,
          status: answered ? 'answered' : 'pending',
          reply,
          repliedBy: answered ? p.ownerAId : null,
          repliedAt,
          createdAt,
          version: answered ? 2 : 1,
        })
        .returning({ id: instructions.id })
        .get();
      for (const owner of [p.ownerAId, p.ownerBId]) {
        if (owner == null) continue;
        notes.push({
          userId: owner,
          kind: 'instruction_received',
          projectId: p.id,
          refId: row.id,
          text: notice.instructionReceived(leaderName(by), p.name, replyBy, text),
          createdAt,
          readAt: answered ? createdAt + DAY_MS : null,
        });
      }
      if (answered) {
        notes.push({
          userId: by,
          kind: 'instruction_replied',
          projectId: p.id,
          refId: row.id,
          text: notice.instructionReplied(leaderName(p.ownerAId), p.name, reply ?? ''),
          createdAt: repliedAt!,
          readAt: rng.chance(0.6) ? repliedAt! + DAY_MS : null,
        });
      }
    }
    for (let i = 0; i < notes.length; i += 100)
      db.insert(notifications)
        .values(notes.slice(i, i + 100))
        .run();

    // The latest assignments told their leaders.
    const recent = assignments.filter((a) => a.endedAt == null && a.createdAt > cal.at(cal.daysAgo(14), 0));
    if (recent.length) {
      db.insert(notifications)
        .values(
          recent.map((a) => ({
            userId: a.leaderId,
            kind: 'assigned' as const,
            projectId: a.projectId,
            refId: null,
            text: notice.leaderAssigned(rows.find((p) => p.id === a.projectId)?.name ?? '', a.role),
            createdAt: a.createdAt,
          })),
        )
        .run();
    }
  });
}
