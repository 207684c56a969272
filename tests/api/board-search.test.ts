import { and, asc, desc, eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import type { Db } from '../../db/client';
import { projects } from '../../db/schema';
import { seedDemo } from '../../db/seed/demo';
import { BOARD_PAGE_SIZE } from '../../server/routers/board';
import { boardSql, likeSearch, textSearch } from '../../server/services/board';
import { stallDaysAt } from '../../server/services/stall-settings';
import { FUNNEL_STAGES } from '../../shared/domain/stages';
import { callerFor } from '../helpers/caller';
import { createTestDb } from '../helpers/db';
import { editFields, makeProject, makeUser } from '../helpers/factories';
import { NOW } from '../helpers/time';

/** Project ids matching a search condition, in id order. */
const ids = (db: Db, where: ReturnType<typeof likeSearch>) =>
  db
    .select({ id: projects.id })
    .from(projects)
    .where(and(where))
    .orderBy(asc(projects.id))
    .all()
    .map((r) => r.id);

/** The trigram index's own candidates: a superset of the like search's, and equal for plain text. */
const ftsCandidates = (db: Db, q: string) =>
  db.$client
    .prepare('select rowid as id from project_search where project_search match ? order by rowid')
    .all(`"${q.replaceAll('"', '""')}"`)
    .map((r) => (r as { id: number }).id);

describe('text search: the FTS5 trigram index returns what the like search returns', () => {
  const db = createTestDb();
  seedDemo(db, { today: new Date(NOW) });
  const officer = makeUser(db, { role: 'staff', displayName: '测试员' });
  const api = callerFor(db, officer);
  const tricky = [
    makeProject(db, { by: officer, name: '100%_达标项目', investor: 'O\'Brien "Capital" 资本' }),
    makeProject(db, { by: officer, name: 'ABC数据中心', investor: 'abc科技' }),
    makeProject(db, { by: officer, name: 'Ünïcode 商贸', investor: 'ÜNÏCODE 投资' }),
  ];
  const demoWords = db
    .select({ name: projects.name, investor: projects.investor })
    .from(projects)
    .limit(40)
    .all()
    .flatMap((p) => [p.name.slice(0, 3), p.name.slice(2, 6), p.investor.slice(1, 4), p.name]);
  const queries = [
    ...new Set([
      ...demoWords,
      '华', // 1 character: like
      '数据', // 2 characters: like
      '%',
      '_',
      '0%_',
      '%_达',
      "O'Brien",
      '"Capital"',
      'abc数据',
      'ABC数据',
      'aBc',
      'üNï', // like folds ASCII only; the index folds more and the like confirms
      'ünïcode',
      '中心 ',
      '没有这个词的项目',
    ]),
  ];

  it.each(queries)('%j: same projects both ways', (q) => {
    expect(ids(db, textSearch(q))).toEqual(ids(db, likeSearch(q)));
  });

  it('uses the index from 3 characters, and it finds the plain-text matches on its own', () => {
    for (const q of demoWords.filter((w) => [...w].length >= 3 && /^[\u4e00-\u9fff]+$/.test(w)))
      expect(ftsCandidates(db, q), q).toEqual(ids(db, likeSearch(q)));
    expect(ftsCandidates(db, '华')).toEqual([]); // why shorter queries scan
    const unicode = tricky[2]!.id;
    expect(ftsCandidates(db, 'ünïcode')).toContain(unicode);
    expect(ids(db, likeSearch('ünïcode'))).not.toContain(unicode);
  });

  it('searches registered entities and contact names, and follows every write', async () => {
    const [p] = tricky;
    const search = async (q: string) =>
      (await api.board.get({ q })).columns.flatMap((c) => c.cards.map((card) => card.id));
    expect(await search('张三丰')).toEqual([]);
    const contact = await api.contacts.add({ projectId: p!.id, fields: { name: '张三丰' } });
    expect(await search('张三丰')).toEqual([p!.id]);
    await api.contacts.update({ id: contact.id, version: contact.version, fields: { name: '李四光' } });
    expect(await search('张三丰')).toEqual([]);
    expect(await search('李四光')).toEqual([p!.id]);
    await api.contacts.remove({ id: contact.id, version: 2 });
    expect(await search('李四光')).toEqual([]);
    const { version } = await api.projects.update({
      id: p!.id,
      version: p!.version,
      fields: editFields(p!, { name: '长白山冰雪小镇' }),
    });
    expect(await search('冰雪小镇')).toEqual([p!.id]);
    expect(await search('达标项目')).toEqual([]);
    expect(version).toBeGreaterThan(p!.version);
    db.$client
      .prepare('update projects set registered_entity = ? where id = ?')
      .run('吉林冰雪文旅有限公司', p!.id);
    expect(await search('冰雪文旅')).toEqual([p!.id]);
  });
});

describe('the board with a search: its columns are the like search’s', () => {
  const db = createTestDb();
  seedDemo(db, { today: new Date(NOW) });
  const api = callerFor(db, makeUser(db, { role: 'staff', displayName: '测试员' }));

  /** Each column as the like search gives it: count, amount and the first page of card ids. */
  const expected = (q: string) => {
    const rows = db
      .select({
        id: projects.id,
        stage: projects.stage,
        at: projects.lastActivityAt,
        amount: sql<number>`coalesce(${projects.agreedInvestment}, ${projects.estimatedInvestment})`,
      })
      .from(projects)
      .where(and(eq(projects.status, 'active'), likeSearch(q)))
      .orderBy(desc(projects.lastActivityAt), desc(projects.id))
      .all();
    return FUNNEL_STAGES.map((stage) => {
      const column = rows.filter((r) => r.stage === stage);
      return {
        stage,
        count: column.length,
        amount: column.reduce((sum, r) => sum + r.amount, 0),
        ids: column.slice(0, BOARD_PAGE_SIZE).map((r) => r.id),
      };
    });
  };
  const columns = async (q: string) =>
    (await api.board.get({ q })).columns.map((c) => ({
      stage: c.stage,
      count: c.count,
      amount: c.amount,
      ids: c.cards.map((card) => card.id),
    }));

  it.each(['有限公司', '科技', '园区', '中心', '没有这个词的项目'])('%j', async (q) => {
    const want = expected(q);
    expect(await columns(q)).toEqual(want);
  });

  it('reads its rows right after the connection handed the same statement to another reader', async () => {
    const q = '有限公司';
    const before = await columns(q);
    expect(before.some((c) => c.count > 0)).toBe(true);
    // The connection keeps one prepared statement per SQL text and hands it back in object mode
    // (decision 134): a bench or a later service reading the board's SQL must not break the board.
    const { sql: text, params } = boardSql(db, { q }, BOARD_PAGE_SIZE, NOW, stallDaysAt(db));
    expect(db.$client.prepare(text).all(...params).length).toBeGreaterThan(0);
    expect(await columns(q)).toEqual(before);
  });
});
