import Database from 'better-sqlite3';
import { copyFileSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { type Db, openDatabase } from '../../db/client';
import { seedDemo } from '../../db/seed/demo';
import { snapshotFile, snapshotPolicy } from '../../server/services/review/column-snapshot';
import { stageEventLog } from '../../server/services/review/event-log-cache';
import { reviewWeek } from '../../server/services/review/review';
import { isoWeekKey } from '../../shared/domain/dates';
import { eventLog, type EventLog } from '../../shared/domain/review/event-log';
import { shiftWeek, weekOf } from '../../shared/domain/review/week';
import type { ProjectState } from '../../shared/domain/stages';
import { createTestDb } from '../helpers/db';
import { makeProject, makeUser } from '../helpers/factories';
import { NOW, shanghai } from '../helpers/time';

/**
 * The review's event log and follow-ups come from a snapshot file after a start (decision 133). Read from
 * the snapshot, brought up to date with rows written since (by any connection), they must give the figures
 * a full read gives, and the log must equal the one the pure domain builds from the rows.
 */
const db = createTestDb();
seedDemo(db, { today: new Date(NOW) });
const policy = { ...snapshotPolicy };
const opened: Db[] = [];
afterAll(() => {
  Object.assign(snapshotPolicy, policy);
  for (const c of opened) c.$client.close();
});

/** Another connection to the file: its own held caches, like a freshly started process. */
function fresh(of: Db = db): Db {
  const c = openDatabase(of.$client.name);
  opened.push(c);
  return c;
}
const withoutSnapshots = <T>(run: () => T): T => {
  snapshotPolicy.minRows = Infinity;
  try {
    return run();
  } finally {
    snapshotPolicy.minRows = 0;
  }
};
snapshotPolicy.minRows = 0;

/** The log built by the pure domain from every row: a corrected date retracts the event it replaces. */
function reference(of: Db): EventLog {
  const rows = of.$client
    .prepare(
      'select id, project_id, from_state, to_state, at, recorded_at, supersedes_id from stage_events order by id',
    )
    .raw()
    .all() as [number, number, ProjectState | null, ProjectState, number, number, number | null][];
  const retracted = new Map(rows.filter((r) => r[6] !== null).map((r) => [r[6]!, r[5]]));
  return eventLog(
    rows.map(([id, projectId, fromState, toState, at, recordedAt]) => ({
      projectId,
      fromState,
      toState,
      at,
      recordedAt,
      retractedAt: retracted.get(id),
    })),
  );
}
const columns = (log: EventLog) => ({
  length: log.length,
  late: log.late,
  ...Object.fromEntries(
    (['projectId', 'at', 'from', 'to', 'recordedAt', 'retractedAt'] as const).map((c) => [
      c,
      [...log[c].subarray(0, log.length)],
    ]),
  ),
});

const current = isoWeekKey(NOW);
const weeks = [0, 1, 2, 3, 5, 8, 13, 26, 40].map((back) => weekOf(shiftWeek(current, -back))!);
const figures = (c: Db) => weeks.map((w) => JSON.stringify(reviewWeek(c, w, NOW)));
const fullReadFigures = () => withoutSnapshots(() => figures(fresh()));
/** Whether a connection read every stage event or follow-up from its table (a snapshot not used). */
function readsTheTable(c: Db, run: () => void): boolean {
  const prepare = vi.spyOn(c.$client, 'prepare');
  try {
    run();
    return prepare.mock.calls.some(([sql]) => /from (stage_events|follow_ups) order by id$/.test(sql.trim()));
  } finally {
    prepare.mockRestore();
  }
}

const file = snapshotFile(db, 'review-log')!;
const otherDb = createTestDb();
makeProject(otherDb, { by: makeUser(otherDb, { role: 'staff' }), at: shanghai(2026, 11, 10, 10) });
const someone = db.$client.prepare('select id from users order by id limit 1').pluck().get() as number;
const projectIds = db.$client.prepare('select id from projects order by id').pluck().all() as number[];

describe('the review from a snapshot of the event log', () => {
  it('the demo district: the snapshot gives the figures of a full read, and the reference log', () => {
    rmSync(file, { force: true });
    const before = fullReadFigures();
    const writer = fresh();
    expect(readsTheTable(writer, () => figures(writer))).toBe(true);
    expect(existsSync(file)).toBe(true);
    expect(existsSync(snapshotFile(db, 'review-follow-ups')!)).toBe(true);

    const started = fresh();
    expect(readsTheTable(started, () => expect(figures(started)).toEqual(before))).toBe(false);
    expect(columns(stageEventLog(started))).toEqual(columns(reference(db)));
  });

  it('late facts written by another connection: seen by the next review, merged as a full read would', () => {
    const warm = fresh();
    figures(warm);
    const closedBefore = reviewWeek(warm, weeks[3]!, NOW);

    // Another process: a backdated import (effective in W45, recorded now), a corrected date that
    // replaces an event, and a move made now, in one transaction.
    const other = new Database(db.$client.name);
    const insert = other.prepare(
      `insert into stage_events (project_id, from_state, to_state, at, by_user_id, recorded_at, supersedes_id)
       values (?, ?, ?, ?, ?, ?, ?)`,
    );
    const corrected = other
      .prepare(
        "select id, project_id, at from stage_events where to_state = 'introduced' order by id limit 1",
      )
      .raw()
      .get() as [number, number, number];
    other.transaction(() => {
      insert.run(projectIds[0], null, 'negotiating', shanghai(2026, 11, 3, 10), someone, NOW - 60_000, null);
      insert.run(
        corrected[1],
        'negotiating',
        'introduced',
        corrected[2] - 86_400_000,
        someone,
        NOW - 30_000,
        corrected[0],
      );
      insert.run(projectIds[1], 'negotiating', 'on_hold', NOW - 1000, someone, NOW - 1000, null);
    })();
    other.close();

    const after = figures(warm);
    expect(after).toEqual(fullReadFigures());
    expect(columns(stageEventLog(warm))).toEqual(columns(reference(db)));
    // The week's moves, counted in the held log, are the ones SQL finds known at the week's end.
    const knownMoves = warm.$client.prepare(
      `select count(*) from stage_events e where e.at >= ? and e.at < ? and e.recorded_at < ?
       and not exists (select 1 from stage_events s where s.supersedes_id = e.id and s.recorded_at < ?)`,
    );
    for (const w of weeks)
      expect(reviewWeek(warm, w, NOW).lists.moves.total).toBe(
        knownMoves.pluck().get(w.start, w.end, w.end, w.end),
      );
    // The closed week W45 reads as it was known then; the late facts show as its corrections.
    const closedAfter = reviewWeek(warm, weeks[3]!, NOW);
    expect([closedAfter.funnel, closedAfter.flow, closedAfter.cumulative]).toEqual([
      closedBefore.funnel,
      closedBefore.flow,
      closedBefore.cumulative,
    ]);

    // A start now reads the snapshot written before these rows, then applies them.
    const restarted = fresh();
    expect(readsTheTable(restarted, () => expect(figures(restarted)).toEqual(after))).toBe(false);
    expect(columns(stageEventLog(restarted))).toEqual(columns(reference(db)));
  });

  it('a move written by another connection shows in the next call of a warm one', () => {
    const warm = fresh();
    const week = weekOf(current)!;
    const holdsBefore = reviewWeek(warm, week, NOW).flow.holds;
    const other = new Database(db.$client.name);
    other
      .prepare(
        `insert into stage_events (project_id, from_state, to_state, at, by_user_id, recorded_at)
         values (?, 'negotiating', 'on_hold', ?, ?, ?)`,
      )
      .run(projectIds[2], NOW - 500, someone, NOW - 500);
    other.close();
    expect(reviewWeek(warm, week, NOW).flow.holds).toBe(holdsBefore + 1);
  });

  it('a snapshot of another database, or a damaged one, is ignored', () => {
    const otherFile = snapshotFile(otherDb, 'review-log')!;
    copyFileSync(file, otherFile);
    expect(columns(stageEventLog(fresh(otherDb)))).toEqual(columns(reference(otherDb)));

    // Cut short (half a file), then not a snapshot at all: both ignored, and the full read replaces them.
    const whole = readFileSync(file);
    writeFileSync(file, whole.subarray(0, whole.length >> 1));
    expect(figures(fresh())).toEqual(fullReadFigures());
    const next = fresh();
    expect(readsTheTable(next, () => stageEventLog(next))).toBe(false);
    writeFileSync(file, 'not a snapshot');
    expect(figures(fresh())).toEqual(fullReadFigures());
  });
});
