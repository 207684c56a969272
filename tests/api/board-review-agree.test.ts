import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { INDUSTRIES } from '../../shared/domain/catalog';
import { domainZh } from '../../shared/labels/domain';
import { FUNNEL_STAGES, type FunnelStage } from '../../shared/domain/stages';
import { callerFor } from '../helpers/caller';
import { createTestDb } from '../helpers/db';
import { editFields, gatesFor, makeProject, makeUnit, makeUser } from '../helpers/factories';
import { officeLedger, uploadLedger } from '../helpers/ledger-sheet';
import { NOW } from '../helpers/time';

/**
 * Issue 13: the board and the current week's review never disagree. After any sequence of edits, moves
 * (forward, back, 暂缓, 终止, 恢复), bulk hand-overs and ledger imports (new rows and updates of existing
 * projects), every funnel column's count and 万元 total on the board equals the review's funnel for the
 * current week, per stage, for 暂缓/终止, and per industry.
 */
const HEADERS = [
  '项目名称',
  '投资方',
  '所属行业',
  '招商方式',
  '计划总投资（万元）',
  '项目阶段',
  '招商责任人',
];
const IMPORT_INDUSTRIES = ['digital', 'finance', 'scitech'] as const;
type ImportIndustry = (typeof IMPORT_INDUSTRIES)[number];

type Command =
  | { kind: 'edit'; pick: number; amount: number; industry: ImportIndustry }
  | { kind: 'forward' | 'back' | 'hold' | 'drop' | 'resume'; pick: number }
  | { kind: 'handOver'; picks: number[] }
  | { kind: 'import'; rows: { amount: number; industry: ImportIndustry }[]; update: number[] };

const amount = fc.integer({ min: 1, max: 90_000 });
const industry = fc.constantFrom(...IMPORT_INDUSTRIES);
const pick = fc.nat(1_000);
const command: fc.Arbitrary<Command> = fc.oneof(
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('edit' as const), pick, amount, industry }) },
  {
    weight: 4,
    arbitrary: fc.record({
      kind: fc.constantFrom(
        'forward' as const,
        'back' as const,
        'hold' as const,
        'drop' as const,
        'resume' as const,
      ),
      pick,
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({ kind: fc.constant('handOver' as const), picks: fc.array(pick, { maxLength: 3 }) }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('import' as const),
      rows: fc.array(fc.record({ amount, industry }), { maxLength: 2 }),
      update: fc.array(pick, { maxLength: 2 }),
    }),
  },
);

describe('board totals equal the current week review (property)', () => {
  it('after any sequence of edits, moves, hand-overs and imports', async () => {
    let round = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.array(command, { minLength: 1, maxLength: 8 }),
        fc.nat(100_000),
        async (commands, salt) => {
          round++;
          const db = createTestDb();
          const admin = makeUser(db, { role: 'admin' });
          const officer = makeUser(db, { role: 'staff', displayName: '王磊', username: `wanglei${round}` });
          const colleague = makeUser(db, { role: 'staff', displayName: '李娜', username: `lina${round}` });
          makeUnit(db, '投资促进局');
          const api = callerFor(db, officer);
          const adminApi = callerFor(db, admin);
          for (const [i, stage] of (['negotiating', 'introduced', 'landed', 'started'] as const).entries())
            makeProject(db, { by: officer, stage, estimatedInvestment: 800 * (i + 1), industry: 'digital' });
          makeProject(db, { by: officer, status: 'on_hold', estimatedInvestment: 300 });

          /** The n-th project (modulo how many there are now: imports add some). */
          const at = (n: number) => {
            const ids = db.$client.prepare('select id from projects order by id').pluck().all() as number[];
            return ids[n % ids.length]!;
          };
          for (const [step, c] of commands.entries()) {
            if (c.kind === 'handOver') {
              const picked = await Promise.all(
                [...new Set(c.picks.map(at))].map((id) => adminApi.projects.get({ id })),
              );
              const batch = picked.map((p) => ({ id: p.id, version: p.version }));
              if (batch.length > 0)
                await adminApi.leaders.bulkOwner({ projects: batch, ownerAId: colleague.id });
              continue;
            }
            if (c.kind === 'import') {
              await runImport(c, step);
              continue;
            }
            const p = await adminApi.projects.get({ id: at(c.pick) });
            const caller = p.ownerAId === officer.id ? api : adminApi;
            if (c.kind === 'edit') {
              const fields = editFields(p, { estimatedInvestment: c.amount, industry: c.industry });
              if (p.agreedInvestment !== null) fields.agreedInvestment = c.amount + 5; // agreed differs from planned
              await caller.projects.update({ id: p.id, version: p.version, fields });
              continue;
            }
            // Moves that only make sense for the project's status: the rest would be refused anyway.
            if ((c.kind === 'resume') === (p.status === 'active')) continue;
            const i = FUNNEL_STAGES.indexOf(p.stage);
            const to = {
              forward: FUNNEL_STAGES[i + 1],
              back: FUNNEL_STAGES[i - 1],
              hold: 'on_hold',
              drop: 'dropped',
              resume: p.stage,
            }[c.kind];
            if (!to) continue;
            const gates =
              c.kind === 'forward'
                ? gatesFor(to as FunnelStage, p.estimatedInvestment, salt + step, NOW, {
                    agreedInvestment: p.agreedInvestment ?? p.estimatedInvestment + 17,
                  })
                : undefined;
            await caller.projects.move({
              id: p.id,
              version: p.version,
              to: to as FunnelStage,
              gates,
              note: '调度会确认',
              dropCategory: c.kind === 'drop' ? 'competition' : undefined,
            });
          }

          async function runImport(c: Extract<Command, { kind: 'import' }>, step: number) {
            const existing = [...new Set(c.update.map(at))];
            const rows: unknown[][] = c.rows.map((r, n) => [
              `导入项目${round}-${step}-${n}`,
              `导入投资方${n}`,
              domainZh.industry[r.industry],
              '产业链招商',
              r.amount,
              '洽谈',
              '王磊',
            ]);
            for (const id of existing) {
              const p = await adminApi.projects.get({ id });
              if (p.status !== 'active' || p.stage !== 'negotiating') continue;
              rows.push([
                p.name,
                p.investor,
                domainZh.industry.digital,
                '产业链招商',
                4_321 + id,
                '洽谈',
                '王磊',
              ]);
            }
            if (rows.length === 0) return;
            const file = await officeLedger({ headers: HEADERS, rows: rows as never });
            const token = await uploadLedger(admin.id, file);
            const preview = await adminApi.ledger.preview({ token, sheet: 0, onExisting: 'update' });
            expect(preview.counts.error).toBe(0);
            await adminApi.ledger.commit({ token, sheet: 0, onExisting: 'update' });
          }

          const board = await api.board.get({});
          const review = await api.review.week({ week: '2026-W48' });
          const fromBoard = board.columns.map((col) => [col.stage, col.count, round2(col.amount)]);
          const fromReview = review.funnel.states
            .slice(0, FUNNEL_STAGES.length)
            .map((s) => [s.state, s.count, round2(s.amount)]);
          expect(fromReview).toEqual(fromBoard);
          for (const status of ['on_hold', 'dropped'] as const) {
            const off = await api.projects.offFunnel({ status });
            expect(review.funnel.states.find((s) => s.state === status)?.count).toBe(off.length);
          }
          for (const key of INDUSTRIES) {
            const filtered = await api.board.get({ industry: key });
            const row = review.breakdowns.industry.find((b) => b.key === key);
            expect([row?.activeCount ?? 0, round2(row?.activeAmount ?? 0)]).toEqual([
              filtered.columns.reduce((s, col) => s + col.count, 0),
              round2(filtered.columns.reduce((s, col) => s + col.amount, 0)),
            ]);
          }
          db.$client.close();
        },
      ),
      { numRuns: Number(process.env.PROPERTY_RUNS ?? 12), endOnFailure: true },
    );
  }, 120_000);
});

const round2 = (n: number) => Math.round(n * 100) / 100;
