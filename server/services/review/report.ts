import type { Db } from '../../../db/client';
import { reachedBetween } from '../../../shared/domain/review/conversion';
import { periodNeighbours, periodOf, type Period, shiftPeriod } from '../../../shared/domain/review/period';
import { rankGroups, reachByGroup, type RankTarget } from '../../../shared/domain/review/ranking';
import { FUNNEL_STAGES } from '../../../shared/domain/stages';
import { fieldError } from '../../errors';
import { afterCompletion, afterCompletionCorrections } from './after-completion';
import { heldProjectFacts } from './facts';
import { type CorrectionRow, projectNames, weekCorrections } from './lists';
import { figuresKnownAt } from './review';
import { campaignSettings } from './settings';

/** A month or quarter that has begun: the same rule for the report and its xlsx (server/routes/reports.ts). */
export function begunPeriod(period: Period, now: number): Period {
  if (period.start > now) throw fieldError({ period: 'periodNotStarted' });
  return period;
}

const untimed = <T>(_phase: string, run: () => T) => run();

/** Projects with a move in effect in the period as known at its end (whose amount edits are corrections). */
function movedIn(db: Db, period: Period): Set<number> {
  const ids = db.$client
    .prepare(
      `select distinct e.project_id from stage_events e where e.at >= ? and e.at < ? and e.recorded_at < ?
       and not exists (select 1 from stage_events s where s.supersedes_id = e.id and s.recorded_at < ?)`,
    )
    .pluck()
    .all(period.start, period.end, period.end, period.end) as number[];
  return new Set(ids);
}

function nameMap(db: Db, sql: string): Map<string, string> {
  return new Map(
    (db.$client.prepare(sql).raw().all() as [number, string][]).map(([id, n]) => [String(id), n]),
  );
}

/**
 * The monthly or quarterly report (issue 16 part 5, decision 041): the weekly review's figures for a
 * month or quarter — as known at its end, so a closed period reads the same later, with facts recorded
 * since listed as corrections and the corrected figures beside them — plus the ranking of 责任单位 and
 * officers against their targets and the after-建成 figures.
 */
export function reportPeriod(db: Db, period: Period, now: number) {
  const { campaignStart, campaignEnd } = campaignSettings(db);
  const { list: projects } = heldProjectFacts(db);
  // While the month or quarter runs, targets are paced against the time elapsed until now.
  const paceAt = Math.min(period.end, now);
  const { figures, keys } = figuresKnownAt(db, period, period.end, projects, campaignStart, untimed, paceAt);
  const { statesAtEnd: _s, amountsAtEnd, lastEventAt: _l, firstReach, breakdowns: _b, ...numbers } = figures;
  const previous = periodOf(shiftPeriod(period.key, -1))!;
  const reached = reachedBetween(firstReach, amountsAtEnd, period.start, period.end);
  const previousReached = reachedBetween(firstReach, amountsAtEnd, previous.start, previous.end);

  const userNames = nameMap(db, 'select id, display_name from users');
  const unitNames = nameMap(db, 'select id, name from units');
  const targets = numbers.targets.map((t) => ({
    ...t,
    ownerId: t.ownerId ?? null,
    unitName: t.unitId === null ? null : (unitNames.get(String(t.unitId)) ?? null),
    ownerName: t.ownerId == null ? null : (userNames.get(String(t.ownerId)) ?? null),
  }));
  const targetsBy = (pick: (t: (typeof targets)[number]) => number | null) => {
    const out = new Map<string, RankTarget[]>();
    for (const t of targets) {
      const key = pick(t);
      if (key === null) continue;
      const list = out.get(String(key)) ?? [];
      list.push({
        id: t.id,
        progress: t.progress,
        elapsed: t.elapsed,
        expected: t.expected,
        gap: t.gap,
        gapPoints: t.gapPoints,
        status: t.status,
      });
      out.set(String(key), list);
    }
    return out;
  };
  const unitTargets = targetsBy((t) => t.unitId);
  const ownerTargets = targetsBy((t) => t.ownerId);
  // Every active unit and officer is listed (those without a target after the ranked ones), and any
  // inactive one that still has a target in the period.
  const groups = (
    sql: string,
    withTargets: ReadonlyMap<string, unknown>,
    labels: ReadonlyMap<string, string>,
  ) => {
    const ids = new Set([
      ...(db.$client.prepare(sql).pluck().all() as number[]).map(String),
      ...withTargets.keys(),
    ]);
    return [...ids].map((key) => ({ key, label: labels.get(key) ?? `#${key}` }));
  };
  const ranking = {
    units: rankGroups(
      groups('select id from units where active = 1', unitTargets, unitNames),
      (k) => unitTargets.get(k) ?? [],
      reachByGroup(firstReach, amountsAtEnd, period.start, period.end, keys.unit),
    ),
    officers: rankGroups(
      groups(`select id from users where active = 1 and role = 'staff'`, ownerTargets, userNames),
      (k) => ownerTargets.get(k) ?? [],
      reachByGroup(firstReach, amountsAtEnd, period.start, period.end, keys.owner),
    ),
  };

  const closed = period.end <= now;
  const extra = closed ? afterCompletionCorrections(db, period) : [];
  const extraNames = projectNames(db, [...new Set(extra.map((c) => c.projectId))]);
  const corrections: CorrectionRow[] = closed
    ? [
        ...weekCorrections(db, period, movedIn(db, period)),
        ...extra.map((c) => ({ ...c, projectName: extraNames.get(c.projectId)?.name ?? `#${c.projectId}` })),
      ].sort((a, b) => a.at - b.at)
    : [];
  const after = afterCompletion(db, period, period.end);
  // A closed period with corrections: the same figures as known now, for the side-by-side view.
  const corrected =
    corrections.length > 0
      ? (() => {
          const c = figuresKnownAt(db, period, Infinity, projects, campaignStart, untimed, paceAt).figures;
          const now = afterCompletion(db, period, Infinity);
          return {
            funnel: c.funnel,
            flow: c.flow,
            funds: c.funds,
            reached: reachedBetween(c.firstReach, c.amountsAtEnd, period.start, period.end),
            fixedAssets: now.fixedAssets.total,
            production: now.production.length,
          };
        })()
      : null;
  const links = periodNeighbours(period.key, now)!;

  return {
    period: {
      key: period.key,
      kind: period.kind as 'month' | 'quarter',
      year: period.year,
      number: period.number,
      firstDay: period.firstDay,
      lastDay: period.lastDay,
      previous: links.previous,
      next: links.next,
      current: period.start <= now && now < period.end,
      closed,
    },
    campaign: { start: campaignStart, end: campaignEnd },
    stages: FUNNEL_STAGES,
    reached,
    previousReached,
    funnel: numbers.funnel,
    previousFunnel: numbers.previousFunnel,
    funnelChange: numbers.funnelChange,
    flow: numbers.flow,
    previousFlow: numbers.previousFlow,
    flowChange: numbers.flowChange,
    cumulative: numbers.cumulative,
    trend: numbers.trend,
    funds: numbers.funds,
    targets,
    ranking,
    afterCompletion: after,
    corrections,
    corrected,
  };
}

export type PeriodReport = ReturnType<typeof reportPeriod>;
