import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { type Db, openDatabase } from '../db/client';
import {
  CAPITAL_TYPES,
  CHANNELS,
  DROP_CATEGORIES,
  FOLLOW_UP_KINDS,
  INDUSTRIES,
  type Industry,
  ORIGINS,
} from '../shared/domain/catalog';
import { creditCodeCheckChar } from '../shared/domain/credit-code';
import { businessDate, DAY_MS } from '../shared/domain/dates';
import {
  FUNNEL_STAGES,
  type FunnelStage,
  type ProjectState,
  type ProjectStatus,
} from '../shared/domain/stages';

/**
 * A throw-away database of realistic shape for the benchmarks: a district office's users and units,
 * projects spread over stages, industries and owners, with their stage history and follow-ups.
 * Deterministic (seeded PRNG) so runs are comparable. Written with raw prepared inserts in one
 * transaction, after openDatabase has applied the migrations.
 */
export interface BenchDbOptions {
  projects: number;
  stageEvents: number;
  followUps: number;
  /** Share of projects that are active (the rest on hold or dropped). */
  activeShare?: number;
  /** Database file name inside os.tmpdir(). */
  fileName: string;
  seed?: number;
  /**
   * Keep the file after dispose and open it again next time instead of rebuilding, when it was built
   * with the same options (a sidecar `<file>.json` records them). For benches that only read.
   */
  reuse?: boolean;
}

export interface BenchDb {
  db: Db;
  path: string;
  adminId: number;
  staffIds: number[];
  counts: { projects: number; active: number; stageEvents: number; followUps: number; users: number };
  buildMs: number;
  /** Closes the database and deletes its files. */
  dispose(): void;
}

/** mulberry32: small, fast, good enough for spreading test data. */
function prng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1));
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  /** Picks by weight; `weights` parallel to `items`. */
  const weighted = <T>(items: readonly T[], weights: readonly number[]): T => {
    const total = weights.reduce((a, b) => a + b, 0);
    let r = next() * total;
    for (let i = 0; i < items.length; i++) {
      r -= weights[i]!;
      if (r < 0) return items[i]!;
    }
    return items[items.length - 1]!;
  };
  return { next, int, pick, weighted, chance: (p: number) => next() < p };
}

// The funnel narrows: most projects are still being negotiated, few are completed.
const STAGE_WEIGHTS = [0.38, 0.24, 0.16, 0.12, 0.1];
const INDUSTRY_WEIGHTS: Record<Industry, number> = {
  finance: 0.2,
  commerce: 0.18,
  digital: 0.15,
  scitech: 0.12,
  business_services: 0.12,
  culture_tourism: 0.08,
  education_health: 0.08,
  construction_realestate: 0.07,
};
const INDUSTRY_WORDS: Record<Industry, readonly string[]> = {
  finance: ['金融', '财富管理', '融资租赁', '资产管理', '保险', '私募基金'],
  commerce: ['商业综合体', '跨境电商', '品牌首店', '供应链', '零售', '总部'],
  digital: ['数据中心', '人工智能', '工业互联网', '数字孪生', '云计算', '智能网联'],
  scitech: ['生物医药', '新材料', '集成电路', '智能制造', '研发中心', '检测认证'],
  business_services: ['咨询', '法律服务', '人力资源', '会计', '广告传媒', '会展'],
  culture_tourism: ['文旅', '酒店', '演艺', '主题乐园', '文创园区', '体育'],
  education_health: ['国际学校', '康养', '医院', '职业教育', '医疗器械', '健康管理'],
  construction_realestate: ['城市更新', '产业园', '商务楼宇', '建筑设计', '物业', '长租公寓'],
};
const PLACES = [
  '华东',
  '华南',
  '长三角',
  '粤港澳',
  '京津冀',
  '成渝',
  '中部',
  '西部',
  '滨江',
  '临港',
  '北部',
  '南湖',
];
const BRANDS = [
  '恒信',
  '中科',
  '华润',
  '天元',
  '锦程',
  '盛泰',
  '远景',
  '博睿',
  '嘉禾',
  '瑞丰',
  '东方',
  '海纳',
  '鼎盛',
  '融创',
  '星河',
  '启明',
];
const KINDS = ['项目', '基地', '中心', '总部项目', '二期'];
const SURNAMES = [
  '王',
  '李',
  '张',
  '刘',
  '陈',
  '杨',
  '赵',
  '黄',
  '周',
  '吴',
  '徐',
  '孙',
  '胡',
  '朱',
  '高',
  '林',
];
const GIVEN = [
  '伟',
  '芳',
  '娜',
  '敏',
  '静',
  '磊',
  '洋',
  '勇',
  '军',
  '杰',
  '涛',
  '明',
  '超',
  '霞',
  '平',
  '刚',
  '婷',
  '鹏',
];
const UNITS = ['投资促进中心', '商务局', '科技局', '金融办', '文旅局', '东湖街道', '南湖街道', '滨江街道'];
const SUMMARIES = [
  '与企业负责人面谈，了解投资意向和选址需求',
  '陪同企业实地考察载体，介绍区内产业政策',
  '电话沟通协议条款，企业将于下周反馈意见',
  '召开专题协调会，明确落地时间表和责任分工',
  '企业提交项目计划书，正在组织部门会审',
  '协助办理工商注册和税务登记相关手续',
];

export function buildBenchDb(opts: BenchDbOptions): BenchDb {
  const started = performance.now();
  const rnd = prng(opts.seed ?? 20261126);
  const path = join(tmpdir(), opts.fileName);
  const removeFiles = () => {
    for (const suffix of ['', '-wal', '-shm', '.json', '.review-log']) rmSync(path + suffix, { force: true });
  };
  const built = opts.reuse ? reuseBenchDb(opts, path) : null;
  if (built) return { ...built, buildMs: performance.now() - started };
  removeFiles();
  const db = openDatabase(path);
  const sqlite = db.$client;
  const now = Date.now();
  const activeShare = opts.activeShare ?? 0.7;

  const insertUnit = sqlite.prepare('insert into units (name) values (?)');
  const insertUser = sqlite.prepare(
    'insert into users (username, display_name, password_hash, role, title, unit_id) values (?, ?, ?, ?, ?, ?)',
  );
  const insertProject = sqlite.prepare(`insert into projects (
      name, investor, industry, channel, origin, capital_type, estimated_investment, description, location,
      signing_date, agreed_investment, agreement_type, registered_entity, credit_code, landing_date, start_date,
      completion_date, stage, status, hold_reason, drop_category, drop_note, stage_entered_at, last_activity_at,
      owner_a_id, owner_b_id, unit_id, is_key, is_bond, is_first_store, created_at, created_by, updated_at, updated_by, version
    ) values (${new Array(35).fill('?').join(', ')})`);
  const insertEvent = sqlite.prepare(
    'insert into stage_events (project_id, from_state, to_state, at, by_user_id, note, drop_category) values (?, ?, ?, ?, ?, ?, ?)',
  );
  const insertFollowUp = sqlite.prepare(
    `insert into follow_ups (project_id, date, kind, participants, summary, next_step, next_date, created_by, created_at)
     values (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );

  const staffIds: number[] = [];
  let adminId = 0;
  let userCount = 0;
  let activeCount = 0;
  let eventCount = 0;
  let followUpCount = 0;

  sqlite.transaction(() => {
    const unitIds = UNITS.map((name) => Number(insertUnit.run(name).lastInsertRowid));
    // No password login in the benchmark: sessions are created directly. The hash is not a valid one.
    const noLogin = 'bench$no-login';
    const addUser = (username: string, role: string, title: string, unitId: number | null) => {
      userCount++;
      const name = rnd.pick(SURNAMES) + rnd.pick(GIVEN) + (rnd.chance(0.5) ? rnd.pick(GIVEN) : '');
      return Number(insertUser.run(username, name, noLogin, role, title, unitId).lastInsertRowid);
    };
    adminId = addUser('admin', 'admin', '系统管理员', unitIds[0]!);
    for (let i = 1; i <= 3; i++) addUser(`leader${i}`, 'leader', '分管领导', unitIds[0]!);
    for (let i = 1; i <= 40; i++) staffIds.push(addUser(`staff${i}`, 'staff', '招商专员', rnd.pick(unitIds)));
    for (let i = 1; i <= 4; i++) addUser(`viewer${i}`, 'viewer', '联络员', rnd.pick(unitIds));
    // A few officers carry many projects, most carry a handful (Zipf-like).
    const ownerWeights = staffIds.map((_, i) => 1 / (i + 1) ** 0.8);

    // Stage events: each project's path through the funnel, then hold/resume pairs to reach the total.
    const pathEvents = (stageIdx: number, status: ProjectStatus) =>
      1 + stageIdx + (status === 'active' ? 0 : 1);
    const plans: { stageIdx: number; status: ProjectStatus }[] = [];
    let minimumEvents = 0;
    for (let i = 0; i < opts.projects; i++) {
      const stageIdx = FUNNEL_STAGES.indexOf(rnd.weighted(FUNNEL_STAGES, STAGE_WEIGHTS));
      const status: ProjectStatus = rnd.chance(activeShare)
        ? 'active'
        : rnd.chance(0.5)
          ? 'on_hold'
          : 'dropped';
      plans.push({ stageIdx, status });
      minimumEvents += pathEvents(stageIdx, status);
    }
    const extraPairs = Math.max(0, Math.floor((opts.stageEvents - minimumEvents) / 2));
    const extraByProject = new Uint16Array(opts.projects);
    for (let i = 0; i < extraPairs; i++) extraByProject[rnd.int(0, opts.projects - 1)]!++;
    // Follow-ups: active projects are followed up more.
    const followUpsByProject = new Uint16Array(opts.projects);
    const followWeight = plans.map((p) => (p.status === 'active' ? 3 : 1));
    const cumulative = new Float64Array(opts.projects);
    let acc = 0;
    followWeight.forEach((w, i) => (cumulative[i] = acc += w));
    for (let i = 0; i < opts.followUps; i++) {
      const r = rnd.next() * acc;
      let lo = 0;
      let hi = opts.projects - 1;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (cumulative[mid]! > r) hi = mid;
        else lo = mid + 1;
      }
      followUpsByProject[lo]!++;
    }

    for (let i = 0; i < opts.projects; i++) {
      const { stageIdx, status } = plans[i]!;
      const stage: FunnelStage = FUNNEL_STAGES[stageIdx]!;
      const industry = rnd.weighted(
        INDUSTRIES,
        INDUSTRIES.map((k) => INDUSTRY_WEIGHTS[k]),
      );
      const ownerA = rnd.weighted(staffIds, ownerWeights);
      const ownerB = rnd.chance(0.3) ? rnd.pick(staffIds) : null;
      const createdAt = now - rnd.int(10, 3 * 365) * DAY_MS - rnd.int(0, DAY_MS);
      // Stage entry times along the path, each after the previous one.
      const times: number[] = [createdAt];
      for (let s = 1; s <= stageIdx; s++) {
        const prev = times[s - 1]!;
        times.push(prev + Math.floor(rnd.next() ** 2 * (now - prev) * 0.7));
      }
      const stageEnteredAt = times[stageIdx]!;
      // Most active projects were touched in the last weeks; a tail has stalled.
      const lastActivityAt = Math.min(
        now,
        stageEnteredAt + Math.floor((1 - rnd.next() ** 3) * (now - stageEnteredAt)),
      );
      const estimated = Math.round(Math.exp(rnd.next() * Math.log(500_000 / 300)) * 300);
      const signed = stageIdx >= 1;
      const landed = stageIdx >= 2;
      const word = rnd.pick(INDUSTRY_WORDS[industry]);
      const brand = rnd.pick(BRANDS);
      const name = `${rnd.pick(PLACES)}${word}${rnd.pick(KINDS)}${rnd.chance(0.3) ? `（${i + 1}）` : ''}`;
      const investor = `${brand}${word}${rnd.chance(0.3) ? '集团股份有限公司' : '有限公司'}`;
      let creditCode: string | null = null;
      if (landed) {
        const first17 =
          `91310${String(100000 + (i % 900000)).slice(0, 6)}${String(i).padStart(6, '0')}`.slice(0, 17);
        creditCode = first17 + (creditCodeCheckChar(first17) ?? '0');
      }
      const holdReason = status === 'on_hold' ? '企业资金安排调整，暂缓推进' : null;
      const dropCategory = status === 'dropped' ? rnd.pick(DROP_CATEGORIES) : null;
      const projectId = Number(
        insertProject.run(
          name,
          investor,
          industry,
          rnd.pick(CHANNELS),
          rnd.pick(ORIGINS),
          rnd.pick(CAPITAL_TYPES),
          estimated,
          rnd.chance(0.6)
            ? `${investor}拟投资建设${word}${rnd.pick(KINDS)}，主要从事${word}相关业务。`
            : null,
          landed || rnd.chance(0.3)
            ? `${rnd.pick(PLACES)}${rnd.pick(['大道', '路', '街'])}${rnd.int(1, 999)}号`
            : null,
          signed ? businessDate(times[1]!) : null,
          signed ? Math.round(estimated * (0.6 + rnd.next() * 0.8)) : null,
          signed ? (rnd.chance(0.4) ? 'framework' : 'investment') : null,
          landed ? `${brand}${word}（本区）有限公司` : null,
          creditCode,
          landed ? businessDate(times[2]!) : null,
          stageIdx >= 3 ? businessDate(times[3]!) : null,
          stageIdx >= 4 ? businessDate(times[4]!) : null,
          stage,
          status,
          holdReason,
          dropCategory,
          dropCategory ? '企业调整投资战略' : null,
          stageEnteredAt,
          lastActivityAt,
          ownerA,
          ownerB,
          rnd.chance(0.8) ? rnd.pick(unitIds) : null,
          rnd.chance(0.1) ? 1 : 0,
          rnd.chance(0.05) ? 1 : 0,
          rnd.chance(0.03) ? 1 : 0,
          createdAt,
          ownerA,
          lastActivityAt,
          ownerA,
          1 + stageIdx,
        ).lastInsertRowid,
      );
      if (status === 'active') activeCount++;

      // Path events (created into 洽谈, each promotion), hold/resume pairs, then the off-funnel event.
      const events: [from: ProjectState | null, to: ProjectState, at: number, drop: string | null][] = [
        [null, 'negotiating', createdAt, null],
      ];
      for (let s = 1; s <= stageIdx; s++)
        events.push([FUNNEL_STAGES[s - 1]!, FUNNEL_STAGES[s]!, times[s]!, null]);
      const span = Math.max(1, lastActivityAt - createdAt);
      for (let k = 0; k < extraByProject[i]!; k++) {
        const at = createdAt + Math.floor(rnd.next() * span);
        events.push([stage, 'on_hold', at, null], ['on_hold', stage, at + rnd.int(1, 20) * DAY_MS, null]);
      }
      if (status !== 'active')
        events.push([stage, status === 'on_hold' ? 'on_hold' : 'dropped', lastActivityAt, dropCategory]);
      for (const [from, to, at, drop] of events) {
        if (eventCount >= opts.stageEvents) break;
        insertEvent.run(
          projectId,
          from,
          to,
          Math.min(at, now),
          ownerA,
          to === 'on_hold' ? '企业内部决策调整' : null,
          drop,
        );
        eventCount++;
      }

      for (let k = 0; k < followUpsByProject[i]!; k++) {
        const at = createdAt + Math.floor(rnd.next() * (lastActivityAt - createdAt));
        const hasNext = rnd.chance(0.4);
        insertFollowUp.run(
          projectId,
          businessDate(at),
          rnd.pick(FOLLOW_UP_KINDS),
          rnd.chance(0.5) ? `${rnd.pick(SURNAMES)}总、${rnd.pick(SURNAMES)}经理` : null,
          rnd.pick(SUMMARIES),
          hasNext ? '跟进协议文本修改意见' : null,
          hasNext ? businessDate(at + rnd.int(3, 30) * DAY_MS) : null,
          ownerA,
          at,
        );
        followUpCount++;
      }
    }
    // Fill any shortfall (rounding of the pair count) with more follow-through events on random projects.
    while (eventCount < opts.stageEvents) {
      insertEvent.run(
        rnd.int(1, opts.projects),
        'negotiating',
        'on_hold',
        now - rnd.int(1, 300) * DAY_MS,
        adminId,
        null,
        null,
      );
      eventCount++;
    }
  })();
  sqlite.pragma('wal_checkpoint(TRUNCATE)');

  const made = {
    adminId,
    staffIds,
    counts: {
      projects: opts.projects,
      active: activeCount,
      stageEvents: eventCount,
      followUps: followUpCount,
      users: userCount,
    },
  };
  if (opts.reuse) writeFileSync(path + '.json', JSON.stringify({ options: sidecarOptions(opts), ...made }));
  return {
    db,
    path,
    ...made,
    buildMs: performance.now() - started,
    dispose() {
      if (sqlite.open) sqlite.close();
      if (!opts.reuse) removeFiles();
    },
  };
}

const sidecarOptions = (opts: BenchDbOptions) =>
  JSON.stringify([opts.projects, opts.stageEvents, opts.followUps, opts.activeShare, opts.seed]);

/** The database a previous run built with the same options, opened as it is; null when there is none. */
function reuseBenchDb(opts: BenchDbOptions, path: string): Omit<BenchDb, 'buildMs'> | null {
  if (!existsSync(path) || !existsSync(path + '.json')) return null;
  const saved = JSON.parse(readFileSync(path + '.json', 'utf8')) as { options: string } & Pick<
    BenchDb,
    'adminId' | 'staffIds' | 'counts'
  >;
  if (saved.options !== sidecarOptions(opts)) return null;
  const db = openDatabase(path);
  return {
    db,
    path,
    adminId: saved.adminId,
    staffIds: saved.staffIds,
    counts: saved.counts,
    dispose() {
      if (db.$client.open) db.$client.close();
    },
  };
}
