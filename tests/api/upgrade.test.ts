import { gunzipSync } from 'node:zlib';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/client';
import { tableSnapshot, type TableSnapshot } from '../fixtures/releases/snapshot';
import { reviewWeeks } from '../fixtures/releases/weeks';

/**
 * Every release's database, kept as a fixture (tests/fixtures/releases, made by make-fixture.ts), opens
 * with today's code: pending migrations apply in place, every row of every table is still there with the
 * same values in the columns it had, and the closed weeks' reviews read the same (today's review may add
 * figures, but none it had may change).
 */
const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'releases');
const releases = readdirSync(FIXTURES)
  .filter((f) => f.endsWith('.db.gz'))
  .map((f) => f.slice(0, -'.db.gz'.length));

interface Expected {
  now: number;
  tables: Record<string, TableSnapshot>;
  reviews: Record<string, unknown>;
}

/**
 * Keys a later release removed on purpose, with why. `available` (on each review list) said whether the
 * list's table existed; migrations always create them, so the flag was always true and is gone.
 */
const REMOVED_KEYS = new Set(['available']);

/** `actual` holds every key of `expected` with an equal value (objects may have gained keys). */
function expectContains(actual: unknown, expected: unknown, path: string): void {
  if (expected && typeof expected === 'object' && !Array.isArray(expected)) {
    expect(actual, path).toBeTypeOf('object');
    for (const [key, value] of Object.entries(expected)) {
      if (REMOVED_KEYS.has(key)) continue;
      expectContains((actual as Record<string, unknown>)[key], value, `${path}.${key}`);
    }
  } else if (Array.isArray(expected)) {
    expect(Array.isArray(actual), path).toBe(true);
    expect((actual as unknown[]).length, `${path}.length`).toBe(expected.length);
    expected.forEach((value, i) => expectContains((actual as unknown[])[i], value, `${path}[${i}]`));
  } else {
    expect(actual, path).toEqual(expected);
  }
}

it('keeps at least one release fixture', () => {
  expect(releases.length).toBeGreaterThan(0);
});

describe.each(releases)('a database made by release %s', (release) => {
  const expected = JSON.parse(readFileSync(join(FIXTURES, `${release}.expected.json`), 'utf8')) as Expected;
  const dir = mkdtempSync(join(tmpdir(), 'invest-pipeline-upgrade-'));
  const path = join(dir, 'app.db');
  writeFileSync(path, gunzipSync(readFileSync(join(FIXTURES, `${release}.db.gz`))));
  const db = openDatabase(path);
  afterAll(() => {
    db.$client.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('upgrades in place with every migration applied', () => {
    expect(db.$client.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(db.$client.pragma('foreign_key_check')).toEqual([]);
  });

  it('fills the text search index (migration 0016) for every project it had', () => {
    const sqlite = db.$client;
    const count = (q: string) => (sqlite.prepare(q).get() as { n: number }).n;
    const projectCount = count('select count(*) as n from projects');
    expect(projectCount).toBeGreaterThan(0);
    expect(
      count(`select count(*) as n from projects p join project_search s on s.rowid = p.id
             where s.name = p.name and s.investor = p.investor and s.registered_entity = coalesce(p.registered_entity, '')`),
    ).toBe(projectCount);
    const first = sqlite.prepare('select id, name from projects order by id limit 1').get() as {
      id: number;
      name: string;
    };
    const found = sqlite
      .prepare('select rowid as id from project_search where project_search match ?')
      .all(`"${first.name.replaceAll('"', '""')}"`) as { id: number }[];
    expect(found.map((r) => r.id)).toContain(first.id);
  });

  it.each(Object.keys(expected.tables))('keeps every row of %s with its values', (table) => {
    const before = expected.tables[table]!;
    expect(tableSnapshot(db.$client, table, before.columns)).toEqual(before);
  });

  it('reads the closed weeks as they were', async () => {
    const reviews = await reviewWeeks(db, expected.now);
    expect(Object.keys(reviews)).toEqual(Object.keys(expected.reviews));
    for (const [week, review] of Object.entries(expected.reviews))
      expectContains(reviews[week], review, week);
  });
});
