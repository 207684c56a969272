import { describe, expect, it } from 'vitest';
import { createProjects } from '../../server/services/project-write';
import { callerFor } from '../helpers/caller';
import { createTestDb } from '../helpers/db';
import { makeProject, makeUser } from '../helpers/factories';
import { NOW, shanghai } from '../helpers/time';

// NOW is Thursday 2026-11-26 10:00 Shanghai (W48); W47 is closed. Issue 13: no later change of any kind
// alters W47's figures, lists or breakdowns; each shows among its corrections instead.
const db = createTestDb();
const admin = makeUser(db, { role: 'admin' });
const officer = makeUser(db, { role: 'staff', displayName: '马丽' });
const api = callerFor(db, officer);
const w47 = shanghai(2026, 11, 18, 10);
const p = makeProject(db, { by: officer, at: w47, industry: 'digital', estimatedInvestment: 800 });
const landed = makeProject(db, {
  by: officer,
  at: shanghai(2026, 11, 10, 10),
  stage: 'introduced',
  signingDate: '2026-11-10',
});

/** The week as the meeting saw it: everything but the corrections list and the corrected view. */
async function closedWeek() {
  const r = await api.review.week({ week: '2026-W47' });
  const { lists, corrected: _c, seal: _s, ...rest } = r;
  const { corrections, ...otherLists } = lists;
  return { shown: JSON.stringify({ ...rest, lists: otherLists }), corrections, corrected: r.corrected };
}

describe('a closed week stays as it was known', () => {
  it('is byte-identical after each kind of late change while its corrections grow', async () => {
    const first = await closedWeek();
    expect(first.corrections).toEqual([]);
    expect(first.corrected).toBeNull();

    // 1. An industry correction (a classification: in effect since registration).
    const fields = {
      name: p.name,
      investor: p.investor,
      industry: 'finance' as const,
      channel: p.channel,
      estimatedInvestment: p.estimatedInvestment,
      ownerAId: p.ownerAId,
    };
    await api.projects.update({ id: p.id, version: p.version, fields });
    const second = await closedWeek();
    expect(second.shown).toBe(first.shown);
    expect(second.corrections.map((c) => [c.field, c.before, c.after, c.byName])).toEqual([
      ['industry', 'digital', 'finance', '马丽'],
    ]);

    // 2. A late fund dated inside W47.
    await api.funds.add({ projectId: p.id, date: '2026-11-20', amount: 300 });
    const third = await closedWeek();
    expect(third.shown).toBe(first.shown);
    expect(third.corrections.map((c) => [c.field, c.after, c.effectiveDay])).toContainEqual([
      'fundsInPlace',
      300,
      '2026-11-20',
    ]);
    expect(third.corrected?.funds.week).toBe(first.corrected?.funds.week ?? 300);

    // 3. A backdated import: a project registered and signed inside W47, recorded now.
    createProjects(
      db,
      officer,
      [
        {
          row: {
            name: '台账补录项目',
            investor: '补录投资方',
            industry: 'commerce',
            channel: 'building',
            estimatedInvestment: 900,
            signingDate: '2026-11-19',
            agreedInvestment: 900,
            agreementType: 'investment',
            stage: 'introduced',
            status: 'active',
            stageEnteredAt: shanghai(2026, 11, 19, 10),
            lastActivityAt: shanghai(2026, 11, 19, 10),
            ownerAId: officer.id,
            createdAt: shanghai(2026, 11, 17, 9),
          },
          events: [
            {
              from: null,
              to: 'negotiating',
              at: shanghai(2026, 11, 17, 9),
              note: '台账导入',
              dropCategory: null,
            },
            {
              from: 'negotiating',
              to: 'introduced',
              at: shanghai(2026, 11, 19, 10),
              note: '台账导入',
              dropCategory: null,
            },
          ],
          audit: { action: 'project.import', changes: {} },
        },
      ],
      NOW,
    );
    const fourth = await closedWeek();
    expect(fourth.shown).toBe(first.shown);
    expect(fourth.corrections.filter((c) => c.field === 'stage').map((c) => [c.before, c.after])).toEqual([
      [null, 'negotiating'],
      ['negotiating', 'introduced'],
    ]);
    const before = JSON.parse(first.shown) as { funnel: { activeCount: number }; flow: { newLeads: number } };
    expect(fourth.corrected?.funnel.activeCount).toBe(before.funnel.activeCount + 1);
    expect(fourth.corrected?.flow.newLeads).toBe(before.flow.newLeads + 1);

    // 4. A corrected stage date: the move dated 2026-11-10 (W46) is re-dated into W47.
    await api.projects.update({
      id: landed.id,
      version: landed.version,
      fields: {
        name: landed.name,
        investor: landed.investor,
        industry: landed.industry,
        channel: landed.channel,
        estimatedInvestment: landed.estimatedInvestment,
        ownerAId: landed.ownerAId,
        agreedInvestment: landed.agreedInvestment,
        agreementType: landed.agreementType,
        signingDate: '2026-11-17',
      },
    });
    const fifth = await closedWeek();
    expect(fifth.shown).toBe(first.shown);
    expect(fifth.corrections.length).toBeGreaterThan(fourth.corrections.length);
    expect(fifth.corrected?.flow.forwardTotal).toBe(
      (JSON.parse(first.shown) as { flow: { forwardTotal: number } }).flow.forwardTotal + 2,
    );
  });

  it('the current week sees every change at once: board and review agree', async () => {
    const board = await callerFor(db, admin).review.week({ week: '2026-W48' });
    expect(board.breakdowns.industry.find((b) => b.key === 'finance')?.activeCount).toBe(1);
    expect(board.corrected).toBeNull();
  });
});
