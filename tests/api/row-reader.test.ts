import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { preparedByKey, rowReader } from '../../db/prepared';
import { users } from '../../db/schema';
import { seedDemo } from '../../db/seed/demo';
import { board, selectCards } from '../../server/services/board';
import { createTestDb } from '../helpers/db';
import { NOW } from '../helpers/time';

/**
 * The board reads its rows with `rowReader` instead of drizzle's mapping (decision 137): the same rows,
 * field for field (booleans, JSON columns, `mapWith`, aliased SQL), on the demo district.
 */
describe('rows read by position', () => {
  const db = createTestDb();
  seedDemo(db, { today: new Date(NOW) });
  const admin = db.select().from(users).where(eq(users.username, 'admin')).get()!;
  db.$client.exec(
    `update projects set missing_facts = '["signingDate"]' where id = (select min(id) from projects)`,
  );

  it('equal drizzle’s own mapping of the same statement', () => {
    const query = selectCards(db);
    const read = rowReader(query._.selectedFields);
    const drizzleRows = query.all();
    expect(drizzleRows.length).toBeGreaterThan(200);
    expect(query.prepare().values().map(read)).toEqual(drizzleRows);
    expect(drizzleRows.some((r) => r.isKey === true)).toBe(true); // a decoded boolean was compared
    expect(drizzleRows.some((r) => Array.isArray(r.missingFacts) && r.missingFacts.length > 0)).toBe(true);
  });

  it('give the board that a statement built on each call gives (久未推进 is built each time)', () => {
    const filters = [{}, { majorOnly: true }, { industry: 'digital' as const }, { q: '科技' }];
    for (const filter of filters) {
      const prepared = board(db, admin, filter, 50, NOW);
      expect(board(db, admin, filter, 50, NOW)).toEqual(prepared); // from the kept statement
      const stalledToo = board(db, admin, { ...filter, stalledOnly: true }, 50, NOW);
      for (const column of stalledToo.columns) {
        const same = prepared.columns.find((c) => c.stage === column.stage)!;
        for (const card of column.cards)
          expect(same.cards.find((c) => c.id === card.id) ?? card).toEqual(card);
      }
    }
  });

  it('keep at most the number of statements asked for, dropping the oldest', () => {
    const kept = preparedByKey<{ key: string }>(2);
    let built = 0;
    const get = (key: string) => kept(db, key, () => ({ key: `${key}${++built}` }));
    expect(get('a')).toEqual({ key: 'a1' });
    expect(get('a')).toEqual({ key: 'a1' });
    get('b');
    get('c'); // drops a
    expect(get('b')).toEqual({ key: 'b2' });
    expect(get('a')).toEqual({ key: 'a4' });
  });
});
