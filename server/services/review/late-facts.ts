import type { Db } from '../../../db/client';
import type { ProjectAttribute } from '../../../shared/domain/review/known-at';
import { valueAt } from '../../../shared/domain/review/known-at';
import type { Week } from '../../../shared/domain/review/week';
import { attributeFacts } from './attributes';

/**
 * Facts recorded after the week's end that took effect before it (decision 090): a backdated import, a
 * late fund, a corrected amount or classification. The week's figures leave them out; the corrections
 * list shows each with what was known then and what is known now. A corrected gate date is listed from
 * the edit itself (corrections.ts), not from the move it re-dated.
 */
export interface LateFact {
  key: string;
  /** When it was recorded. */
  at: number;
  projectId: number;
  field: string;
  before: string | number | null;
  after: string | number | null;
  /** The business day it took effect. */
  effectiveAt: number;
  byId: number | null;
}

export function lateFacts(db: Db, week: Week): LateFact[] {
  const K = week.end;
  const out: LateFact[] = [];
  const events = db.$client
    .prepare(
      `select id, project_id, from_state, to_state, at, recorded_at, by_user_id from stage_events
       where recorded_at >= ? and at < ? and supersedes_id is null order by recorded_at, id`,
    )
    .raw()
    .all(K, week.end) as [number, number, string | null, string, number, number, number][];
  for (const [id, projectId, from, to, at, recordedAt, by] of events)
    out.push({
      key: `e${id}`,
      at: recordedAt,
      projectId,
      field: 'stage',
      before: from,
      after: to,
      effectiveAt: at,
      byId: by,
    });

  const amounts = db.$client
    .prepare(
      `select h.id, h.project_id, h.amount, h.at, h.recorded_at, h.recorded_by,
         (select k.amount from investment_history k where k.project_id = h.project_id and k.at < ? and k.recorded_at < ?
          order by k.at desc, k.recorded_at desc, k.id desc limit 1)
       from investment_history h where h.recorded_at >= ? and h.at < ? order by h.recorded_at, h.id`,
    )
    .raw()
    .all(week.end, K, K, week.end) as [
    number,
    number,
    number,
    number,
    number,
    number | null,
    number | null,
  ][];
  for (const [id, projectId, amount, at, recordedAt, by, before] of amounts)
    if (before !== null && before !== amount)
      out.push({
        key: `a${id}`,
        at: recordedAt,
        projectId,
        field: 'amount',
        before,
        after: amount,
        effectiveAt: at,
        byId: by,
      });

  const funds = db.$client
    .prepare(
      `select id, project_id, amount, date, created_at, created_by from funds_in_place
       where created_at >= ? and date <= ? order by created_at, id`,
    )
    .raw()
    .all(K, week.lastDay) as [number, number, number, string, number, number][];
  for (const [id, projectId, amount, date, createdAt, by] of funds)
    out.push({
      key: `f${id}`,
      at: createdAt,
      projectId,
      field: 'fundsInPlace',
      before: null,
      after: amount,
      effectiveAt: Date.parse(`${date}T12:00:00+08:00`),
      byId: by,
    });

  const attributes = db.$client
    .prepare(
      `select id, project_id, field, value, effective_at, recorded_at, recorded_by from project_attribute_history
       where recorded_at >= ? and effective_at < ? order by recorded_at, id`,
    )
    .raw()
    .all(K, week.end) as [number, number, ProjectAttribute, string | null, number, number, number | null][];
  for (const [id, projectId, field, value, effectiveAt, recordedAt, by] of attributes) {
    const then = valueAt(
      attributeFacts(db, projectId).filter((f) => f.field === field),
      week.end,
      K,
    );
    if (!then || then.value === value) continue;
    out.push({
      key: `p${id}`,
      at: recordedAt,
      projectId,
      field,
      before: then.value,
      after: value,
      effectiveAt,
      byId: by,
    });
  }
  return out.sort((a, b) => a.at - b.at || a.key.localeCompare(b.key));
}
