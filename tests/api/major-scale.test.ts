import { describe, expect, it } from 'vitest';
import { leaderAssignments, milestones, projects, schedules } from '../../db/schema';
import { DEFAULT_TEMPLATES } from '../../shared/domain/schedule';
import { scheduleOverview } from '../../server/services/schedule-overview';
import { createTestDb } from '../helpers/db';
import { makeUser } from '../helpers/factories';
import { NOW, TODAY } from '../helpers/time';

/**
 * 挂图作战 with thousands of major projects (a bulk import can bring them): the overview's time grows
 * with the number of projects, not with its square. Each project has the construction template's ten
 * milestones and a leader; one in ten is on hold. Figures at 1,000 and 4,000: decision 087.
 */
const db = createTestDb();
const officer = makeUser(db, { role: 'staff' });
const leader = makeUser(db, { role: 'leader' });
const STEPS = DEFAULT_TEMPLATES[0]!.steps.map((s) => s.name); // the construction template's ten

function addMajors(count: number) {
  db.transaction((tx) => {
    for (let i = 0; i < count; i++) {
      const base = { updatedAt: NOW, updatedBy: officer.id };
      const p = tx
        .insert(projects)
        .values({
          name: `规模项目${i}-${Math.random().toString(36).slice(2, 6)}`,
          investor: '投资方',
          industry: 'digital',
          channel: 'building',
          estimatedInvestment: 5000 + i,
          stage: 'landed',
          status: i % 10 === 0 ? 'on_hold' : 'active',
          holdReason: i % 10 === 0 ? '企业暂缓' : null,
          stageEnteredAt: NOW,
          lastActivityAt: NOW,
          ownerAId: officer.id,
          createdAt: NOW,
          createdBy: officer.id,
          ...base,
        })
        .returning({ id: projects.id })
        .get();
      const s = tx
        .insert(schedules)
        .values({
          projectId: p.id,
          templateId: 1,
          templateVersion: 1,
          targetDate: '2028-06-30',
          createdAt: NOW,
          createdBy: officer.id,
          ...base,
        })
        .returning({ id: schedules.id })
        .get();
      tx.insert(milestones)
        .values(
          STEPS.map((name, k) => ({
            scheduleId: s.id,
            position: k,
            name,
            plannedDate: `${2026 + Math.floor(k / 5)}-${String(((k * 2 + i) % 12) + 1).padStart(2, '0')}-15`,
            actualDate: k < 3 ? '2026-06-01' : null,
            ...base,
          })),
        )
        .run();
      tx.insert(leaderAssignments)
        .values({
          projectId: p.id,
          leaderId: leader.id,
          role: 'primary',
          assignedAt: TODAY,
          assignedBy: officer.id,
          createdAt: NOW,
        })
        .run();
    }
  });
}

/** The best of three runs, in milliseconds. */
function timeOverview(): number {
  let best = Number.POSITIVE_INFINITY;
  for (let run = 0; run < 3; run++) {
    const start = performance.now();
    const { rows, held } = scheduleOverview(db, {}, NOW);
    best = Math.min(best, performance.now() - start);
    expect(rows.length + held.length).toBeGreaterThan(0);
  }
  return best;
}

describe('挂图作战 at scale', () => {
  it(
    'four times the majors take well under sixteen times as long (linear, not quadratic)',
    { timeout: 120_000 },
    () => {
      addMajors(500);
      const small = timeOverview();
      addMajors(1_500);
      const large = timeOverview();
      const { rows, held } = scheduleOverview(db, {}, NOW);
      expect(rows).toHaveLength(1_800);
      expect(held).toHaveLength(200);
      expect(rows[0]?.milestones).toHaveLength(10);
      expect(large / small).toBeLessThan(8);
    },
  );
});
