import type { Db } from '../../../db/client';
import { businessDate, isoWeekKey } from '../../../shared/domain/dates';
import { periodOf, shiftPeriod } from '../../../shared/domain/review/period';
import { computeReview, type ProjectFact } from '../../../shared/domain/review/compute';
import { knownLog } from '../../../shared/domain/review/event-log';
import { stalledAt } from '../../../shared/domain/review/stalled';
import { shiftWeek, type Week, weekNeighbours } from '../../../shared/domain/review/week';
import { FUNNEL_STAGES } from '../../../shared/domain/stages';
import { factKeysAt } from './attributes';
import { stageEventLog } from './event-log-cache';
import { amountChangesBefore, fundsBetween, heldProjectFacts, targetsForWeek } from './facts';
import { lastFollowUps } from './follow-up-cache';
import {
  majorWithoutLeader,
  overdueMilestones,
  overdueProblems,
  pendingInstructions,
  projectNames,
  weekCorrections,
  weekMoves,
} from './lists';
import { membershipsAt } from './memberships';
import { campaignSettings } from './settings';
import { stallDaysAt } from '../stall-settings';

const minDay = (a: string, b: string) => (a < b ? a : b);

/** Runs one phase of a review; bench/review.ts passes one that also times it. */
export type PhaseTimer = <T>(phase: string, run: () => T) => T;
const untimed: PhaseTimer = (_phase, run) => run();

/**
 * Every figure of one week as known at `knownAt` (decision 090): the week's end for the review as it
 * stood at the meeting, Infinity for the same week as corrected since.
 */
export function figuresKnownAt(
  db: Db,
  week: Week,
  knownAt: number,
  projects: readonly ProjectFact[],
  campaignStart: string,
  time: PhaseTimer,
  paceAt?: number,
) {
  const log = time('event log: as known', () => knownLog(stageEventLog(db), knownAt));
  const amountChanges = time('amount history', () => amountChangesBefore(db, week.end, knownAt));
  // The period before (a week, month or quarter: period.ts).
  const previous = periodOf(shiftPeriod(week.key, -1))!;
  const [prevFirst, prevLast] = [previous.firstDay, previous.lastDay];
  const { targets, funds } = time('targets and funds', () => {
    const targets = targetsForWeek(db, week);
    const fundsFor = (
      from: string,
      to: string,
      only?: {
        industry: (typeof targets)[number]['industry'];
        unitId: number | null;
        ownerId?: number | null;
      },
    ) => fundsBetween(db, from, to, knownAt, only);
    const funds = {
      week: fundsFor(week.firstDay, week.lastDay),
      previousWeek: fundsFor(prevFirst, prevLast),
      cumulative: fundsFor(campaignStart, week.lastDay),
      byTarget: new Map(
        targets
          .filter((t) => t.metric === 'funds_in_place')
          .map((t) => [t.id, fundsFor(t.periodStart, minDay(t.periodEnd, week.lastDay), t)]),
      ),
    };
    return { targets, funds };
  });
  const { keys, memberships } = time('attributes and memberships', () => {
    const keys = factKeysAt(db, projects, week.end, knownAt);
    const maxId = keys.industry.length - 1;
    return { keys, memberships: membershipsAt(db, week.end, maxId, keys.industry) };
  });
  const figures = computeReview({
    week,
    log,
    projects,
    amountChanges,
    campaignStart,
    targets,
    funds,
    time,
    paceAt,
    keys: { ...keys, leader: memberships.leader, taskForce: memberships.taskForce, chain: memberships.chain },
  });
  return { figures, log, memberships, keys };
}

/**
 * One week's review. Every figure is computed from what was known at the week's end (stage events,
 * amounts, funds, attributes and memberships recorded by then), so it reads the same whenever it is
 * asked for; facts recorded later are listed as corrections, and for a closed week with corrections the
 * same figures as corrected now come beside them. The action lists (overdue milestones, problems) show
 * items due by the week's end with their status today: they are the meeting's to-do, not figures.
 */
export function reviewWeek(db: Db, week: Week, now: number, time: PhaseTimer = untimed) {
  const { campaignStart, campaignEnd } = campaignSettings(db);
  const { list: projects } = time('project facts', () => heldProjectFacts(db));
  const previous = shiftWeek(week.key, -1);
  const { figures, memberships, log } = figuresKnownAt(db, week, week.end, projects, campaignStart, time);
  const { statesAtEnd, amountsAtEnd, lastEventAt, firstReach: _firstReach, ...numbers } = figures;

  const moves = time('lists: moves', () => weekMoves(db, week, log));
  const movedInWeek = new Set(moves.rows.map((m) => m.projectId));
  // Until the week is over, "stalled" is judged as of now rather than as of Sunday night, by the
  // office's limits in effect then: a later change of the limits leaves a closed week alone (decision 120).
  const lastFollowUp = time('lists: latest follow-ups', () => lastFollowUps(db, week.end));
  const stalledAsOf = Math.min(week.end, now);
  const limitsAt = week.end <= now ? week.end - 1 : now;
  const stalled = time('lists: stalled', () =>
    stalledAt(statesAtEnd, lastEventAt, lastFollowUp, stalledAsOf, stallDaysAt(db, limitsAt)),
  );
  const amountAt = (p: number) => amountsAtEnd[p] ?? 0;
  const major = time('lists: major without leader', () =>
    majorWithoutLeader(db, week, statesAtEnd, amountAt),
  );
  const asOfDay = minDay(businessDate(Math.min(week.end, now) - 1), week.lastDay);
  const listed = [...stalled.slice(0, 300).map((s) => s.projectId), ...major.slice(0, 300)];
  const names = time('lists: names', () => projectNames(db, listed));
  const nameOf = (id: number) => names.get(id) ?? { name: `#${id}`, ownerName: '' };
  const { milestones, problems, instructions, corrections } = time('lists: due items, corrections', () => ({
    milestones: overdueMilestones(db, asOfDay),
    problems: overdueProblems(db, asOfDay),
    instructions: pendingInstructions(db, week),
    corrections: week.end <= now ? weekCorrections(db, week, movedInWeek) : [],
  }));
  // A closed week with corrections: the same figures as known now, for the side-by-side view.
  const corrected =
    corrections.length > 0
      ? time('corrected view', () => {
          const c = figuresKnownAt(db, week, Infinity, projects, campaignStart, untimed).figures;
          return { funnel: c.funnel, flow: c.flow, cumulative: c.cumulative, funds: c.funds };
        })
      : null;

  const names2 = (sql: string) =>
    new Map((db.$client.prepare(sql).raw().all() as [number, string][]).map(([id, n]) => [String(id), n]));
  const userNames = names2('select id, display_name from users');
  const unitNames = names2('select id, name from units');
  const labelled = (rows: typeof numbers.breakdowns.owner, labels: ReadonlyMap<string, string>) =>
    rows.map((r) => ({ ...r, label: r.key === '' ? null : (labels.get(r.key) ?? r.key) }));

  return {
    week: {
      key: week.key,
      year: week.year,
      number: week.number,
      firstDay: week.firstDay,
      lastDay: week.lastDay,
      previous,
      next: weekNeighbours(week.key, now)?.next ?? null,
      current: isoWeekKey(now) === week.key,
      closed: week.end <= now,
    },
    campaign: { start: campaignStart, end: campaignEnd },
    stages: FUNNEL_STAGES,
    ...numbers,
    breakdowns: {
      industry: numbers.breakdowns.industry,
      channel: numbers.breakdowns.channel,
      owner: labelled(numbers.breakdowns.owner, userNames),
      unit: labelled(numbers.breakdowns.unit, unitNames),
      leader: labelled(numbers.breakdowns.leader, memberships.labels.leader),
      taskForce: labelled(numbers.breakdowns.taskForce, memberships.labels.taskForce),
      chain: labelled(numbers.breakdowns.chain, memberships.labels.chain),
    },
    targets: numbers.targets.map((t) => ({
      ...t,
      unitName: t.unitId === null ? null : (unitNames.get(String(t.unitId)) ?? null),
    })),
    lists: {
      moves,
      stalled: {
        total: stalled.length,
        rows: stalled.slice(0, 300).map((s) => ({
          ...s,
          projectName: nameOf(s.projectId).name,
          ownerName: nameOf(s.projectId).ownerName,
        })),
      },
      majorWithoutLeader: {
        total: major.length,
        rows: major.slice(0, 300).map((id) => ({
          projectId: id,
          projectName: nameOf(id).name,
          ownerName: nameOf(id).ownerName,
          stage: FUNNEL_STAGES[statesAtEnd[id]!]!,
          amount: amountAt(id),
        })),
      },
      overdueMilestones: milestones,
      redProjects: new Set(milestones.map((m) => m.projectId)).size,
      overdueProblems: problems,
      pendingInstructions: instructions,
      corrections,
    },
    corrected,
  };
}

export type WeekReview = ReturnType<typeof reviewWeek>;
