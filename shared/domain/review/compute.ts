import type { Channel, Industry } from '../catalog';
import { FUNNEL_STAGES } from '../stages';
import { breakdown, type BreakdownRow } from './breakdown';
import { conversions, reachedBetween, type Conversion, type StageReach } from './conversion';
import type { EventLog } from './event-log';
import { flowBetween, flowChange, type Flow } from './flow';
import { funnelChange, funnelOf, type FunnelFigures, type StateFigure } from './funnel';
import { amountsAt, type AmountChange, replay } from './replay';
import { pace, type Pace, periodRange, type TargetMetric } from './targets';
import { periodOf, periodsEndingWith, shiftPeriod } from './period';
import type { Week } from './week';

export interface ProjectFact {
  id: number;
  industry: Industry;
  channel: Channel;
  unitId: number | null;
  ownerAId: number;
  /** Its amount today (agreed ?? estimated, 万元): used for times before any recorded amount change. */
  amount: number;
  isBond: boolean;
  isFirstStore: boolean;
}

export interface TargetFact {
  id: number;
  metric: TargetMetric;
  value: number;
  periodStart: string;
  periodEnd: string;
  industry: Industry | null;
  unitId: number | null;
  /** The officer (owner A) the target is set for (decision 041), or null. */
  ownerId?: number | null;
}

export interface TargetProgress extends TargetFact, Pace {
  actual: number;
}

export interface ReviewInput {
  week: Week;
  log: EventLog;
  projects: readonly ProjectFact[];
  /** Recorded amount changes, sorted by at. */
  amountChanges: readonly AmountChange[];
  campaignStart: string;
  targets: readonly TargetFact[];
  /** Funds in place (万元) summed by the caller: dated in the week, the previous week, since the campaign start, per target. */
  funds: { week: number; previousWeek: number; cumulative: number; byTarget: ReadonlyMap<number, number> };
  trendWeeks?: number;
  /** The instant targets are paced at: the period's end (default), or now while a month or quarter runs. */
  paceAt?: number;
  /** Runs (and may time) each phase of the computation: bench/review.ts. */
  time?: <T>(phase: string, run: () => T) => T;
  /**
   * Group keys by project id as known at the review's instant (decision 090): they replace today's
   * values of the facts (industry, owner …) and add the memberships (leader, task force, chain; a
   * project in several chains counts in each). Missing: today's values, no membership breakdowns.
   */
  keys?: Partial<Record<BreakdownKind, GroupKeys>>;
}

export type GroupKeys = readonly (string | null | readonly string[] | undefined)[];

export interface TrendPoint {
  week: string;
  stages: number[];
  newLeads: number;
}

export interface ReviewFigures {
  funnel: FunnelFigures;
  previousFunnel: FunnelFigures;
  funnelChange: StateFigure[];
  flow: Flow;
  previousFlow: Flow;
  flowChange: ReturnType<typeof flowChange>;
  cumulative: { from: string; reached: StageReach[]; flow: Flow };
  conversions: Conversion[];
  trend: TrendPoint[];
  breakdowns: Record<BreakdownKind, BreakdownRow[]>;
  targets: TargetProgress[];
  funds: { week: number; previousWeek: number; cumulative: number };
  /** Internals the caller needs for the lists (state and last event of each project at the week's end). */
  statesAtEnd: Int8Array;
  amountsAtEnd: Float64Array;
  lastEventAt: Float64Array;
  /** When each project first reached each stage (replay.ts), for the report's rankings. */
  firstReach: Float64Array;
}

export const FACT_KINDS = ['industry', 'owner', 'unit', 'channel'] as const;
export const MEMBERSHIP_KINDS = ['leader', 'taskForce', 'chain'] as const;
export type FactKind = (typeof FACT_KINDS)[number];
export type BreakdownKind = FactKind | (typeof MEMBERSHIP_KINDS)[number];
const KEY_OF: Record<FactKind, (f: ProjectFact) => string | number | null> = {
  industry: (f) => f.industry,
  owner: (f) => f.ownerAId,
  unit: (f) => f.unitId,
  channel: (f) => f.channel,
};

/** The projects by id: today's amounts, facts and breakdown keys (null: no fact or no value). */
interface ProjectIndex {
  maxId: number;
  current: Float64Array;
  facts: readonly (ProjectFact | undefined)[];
  keys: Record<FactKind, readonly (string | null)[]>;
}

// The server passes the same frozen list while no project changed (server/services/review/facts.ts):
// its index is built once. A list that is not frozen could still change, so it is indexed every time.
const indexes = new WeakMap<readonly ProjectFact[], ProjectIndex>();

function projectIndex(projects: readonly ProjectFact[]): ProjectIndex {
  const held = indexes.get(projects);
  if (held) return held;
  const maxId = projects.reduce((m, p) => Math.max(m, p.id), 0);
  const current = new Float64Array(maxId + 1);
  const facts = new Array<ProjectFact | undefined>(maxId + 1);
  const keys = { industry: [], owner: [], unit: [], channel: [] } as Record<FactKind, (string | null)[]>;
  for (const kind of FACT_KINDS) keys[kind] = new Array<string | null>(maxId + 1).fill(null);
  for (const p of projects) {
    current[p.id] = p.amount;
    facts[p.id] = p;
    for (const kind of FACT_KINDS) {
      const key = KEY_OF[kind](p);
      keys[kind][p.id] = key === null ? null : String(key);
    }
  }
  const index = { maxId, current, facts, keys };
  if (Object.isFrozen(projects)) indexes.set(projects, index);
  return index;
}

/**
 * Every figure of one week's review, from events before the week's end only: appending later events
 * leaves every number unchanged (tests/unit/review-reproducible.test.ts).
 */
export function computeReview(input: ReviewInput): ReviewFigures {
  const { week, log, projects } = input;
  const time = input.time ?? ((_phase, run) => run());
  // A month or quarter (period.ts) is a Week with another key: its trend is the 12 months or quarters before.
  const trendKeys = periodsEndingWith(week.key, input.trendWeeks ?? 12);
  const trendWeeks = trendKeys.map((k) => periodOf(k)!);
  const checkpoints = trendWeeks.map((w) => w.end);
  const index = time('compute: project index', () => projectIndex(projects));
  const { maxId, current, facts } = index;
  const keyOf = (kind: BreakdownKind): GroupKeys | undefined =>
    input.keys?.[kind] ?? (kind in index.keys ? index.keys[kind as FactKind] : undefined);
  const played = time('compute: replay', () => replay(log, checkpoints, maxId));
  const amounts = time('compute: amounts', () => amountsAt(input.amountChanges, checkpoints, current));
  const last = checkpoints.length - 1;
  const statesAtEnd = played.statesAt[last]!;
  const amountsAtEnd = amounts[last]!;
  const previousWeek = periodOf(shiftPeriod(week.key, -1))!;
  const campaignFrom = periodRange(input.campaignStart, input.campaignStart).from;

  const { funnel, previousFunnel, flow, previousFlow } = time('compute: funnel and flow', () => ({
    funnel: funnelOf(statesAtEnd, amountsAtEnd),
    previousFunnel: funnelOf(
      played.statesAt[last - 1] ?? new Int8Array(0),
      amounts[last - 1] ?? amountsAtEnd,
    ),
    flow: flowBetween(log, week.start, week.end),
    previousFlow: flowBetween(log, previousWeek.start, previousWeek.end),
  }));

  const trend = time('compute: trend', () =>
    trendWeeks.map((w, i) => {
      const states = played.statesAt[i]!;
      const stages = new Array<number>(FUNNEL_STAGES.length).fill(0);
      for (let p = 0; p < states.length; p++) {
        const s = states[p]!;
        if (s >= 0 && s < FUNNEL_STAGES.length) stages[s]!++;
      }
      return { week: w.key, stages, newLeads: flowBetween(log, w.start, w.end).newLeads };
    }),
  );

  const by = (kind: BreakdownKind) => {
    const key = keyOf(kind);
    return key ? breakdown(statesAtEnd, amountsAtEnd, log, week, (p) => key[p] ?? null) : [];
  };
  const breakdowns = time('compute: breakdowns', () => ({
    industry: by('industry'),
    owner: by('owner'),
    unit: by('unit'),
    channel: by('channel'),
    leader: by('leader'),
    taskForce: by('taskForce'),
    chain: by('chain'),
  }));
  const industryOf = keyOf('industry')!;
  const unitOf = keyOf('unit')!;
  const ownerOf = keyOf('owner')!;

  const cumulative = time('compute: cumulative and conversion', () => ({
    cumulative: {
      from: input.campaignStart,
      reached: reachedBetween(played.firstReach, amountsAtEnd, campaignFrom, week.end),
      flow: flowBetween(log, campaignFrom, week.end),
    },
    conversions: conversions(played.firstReach, campaignFrom, week.end),
  }));

  const targets = time('compute: targets', () =>
    input.targets.map((t): TargetProgress => {
      const period = periodRange(t.periodStart, t.periodEnd);
      const to = Math.min(period.to, week.end);
      const include = (p: number) => {
        return (
          !!facts[p] &&
          (t.industry === null || industryOf[p] === t.industry) &&
          (t.unitId === null || unitOf[p] === String(t.unitId)) &&
          (t.ownerId == null || ownerOf[p] === String(t.ownerId))
        );
      };
      const reached = () => reachedBetween(played.firstReach, amountsAtEnd, period.from, to, include);
      const flagged = (flag: 'isBond' | 'isFirstStore', stage: number) =>
        reachedBetween(
          played.firstReach,
          amountsAtEnd,
          period.from,
          to,
          (p) => include(p) && !!facts[p]?.[flag],
        )[stage]!.count;
      const actualOf: Record<TargetMetric, () => number> = {
        agreed_investment: () => reached()[1]!.amount,
        new_projects: () => reached()[0]!.count,
        landed_projects: () => reached()[2]!.count,
        started_projects: () => reached()[3]!.count,
        completed_projects: () => reached()[4]!.count,
        bond_projects: () => flagged('isBond', 0),
        first_stores: () => flagged('isFirstStore', 2),
        funds_in_place: () => input.funds.byTarget.get(t.id) ?? 0,
      };
      const actual = actualOf[t.metric]();
      return { ...t, actual, ...pace(actual, t.value, period, input.paceAt ?? week.end) };
    }),
  );

  return {
    funnel,
    previousFunnel,
    funnelChange: funnelChange(funnel, previousFunnel),
    flow,
    previousFlow,
    flowChange: flowChange(flow, previousFlow),
    cumulative: cumulative.cumulative,
    conversions: cumulative.conversions,
    trend,
    breakdowns,
    targets,
    funds: {
      week: input.funds.week,
      previousWeek: input.funds.previousWeek,
      cumulative: input.funds.cumulative,
    },
    statesAtEnd,
    amountsAtEnd,
    lastEventAt: played.lastEventAt,
    firstReach: played.firstReach,
  };
}
