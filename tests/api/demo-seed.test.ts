import { asc, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../db/client';
import {
  auditLog,
  followUps,
  fundsInPlace,
  projectContacts,
  projects,
  stageEvents,
  units,
  users,
} from '../../db/schema';
import { seedDemo } from '../../db/seed/demo';
import { hashPassword, verifyPassword } from '../../db/password';
import { INDUSTRIES } from '../../shared/domain/catalog';
import { isValidCreditCode } from '../../shared/domain/credit-code';
import { businessDate, startOfBusinessDay } from '../../shared/domain/dates';
import { gateDateOrderError, gatesUpTo, missingGates } from '../../shared/domain/gates';
import { isMajor } from '../../shared/domain/money';
import { DEFAULT_STALL_DAYS, isStalled } from '../../shared/domain/stall';
import { FUNNEL_STAGES, type FunnelStage, isFunnelStage, stageIndex } from '../../shared/domain/stages';
import { currentState } from '../../shared/domain/transitions';
import { isPhone } from '../../shared/schemas/contacts';
import { createTestDb } from '../helpers/db';
import { NOW, shanghai, TODAY } from '../helpers/time';

// Two demo districts on a busy machine.
const SEED_TIMEOUT = 60_000;
const NOON_MS = 12 * 60 * 60 * 1000;
const GATE_DATE: Record<
  Exclude<FunnelStage, 'negotiating'>,
  'signingDate' | 'landingDate' | 'startDate' | 'completionDate'
> = {
  introduced: 'signingDate',
  landed: 'landingDate',
  started: 'startDate',
  completed: 'completionDate',
};

const db = createTestDb();
// The same Shanghai day at another hour: the data must not depend on the time of day.
const again = createTestDb();

beforeAll(() => {
  seedDemo(db, { today: new Date(NOW) });
  seedDemo(again, { today: new Date(shanghai(2026, 11, 26, 23, 40)) });
}, SEED_TIMEOUT);

function load(d: Db) {
  return {
    projects: d.select().from(projects).orderBy(asc(projects.id)).all(),
    events: d.select().from(stageEvents).orderBy(asc(stageEvents.id)).all(),
    followUps: d.select().from(followUps).orderBy(asc(followUps.id)).all(),
    funds: d.select().from(fundsInPlace).orderBy(asc(fundsInPlace.id)).all(),
  };
}

function groupBy<T>(rows: T[], key: (r: T) => number): Map<number, T[]> {
  const m = new Map<number, T[]>();
  for (const r of rows) m.set(key(r), [...(m.get(key(r)) ?? []), r]);
  return m;
}

describe('demo district', () => {
  it('has about 250 projects over every stage, off-funnel state and industry, with 30+ majors', () => {
    const { projects: rows } = load(db);
    expect(rows.length).toBeGreaterThanOrEqual(230);
    expect(rows.length).toBeLessThanOrEqual(270);
    expect(rows.filter((p) => isMajor(p)).length).toBeGreaterThanOrEqual(30);
    expect(new Set(rows.map((p) => p.industry))).toEqual(new Set(INDUSTRIES));
    const states = new Set(rows.map((p) => currentState(p)));
    for (const s of [...FUNNEL_STAGES, 'on_hold', 'dropped'] as const) expect(states, s).toContain(s);
    expect(rows.filter((p) => p.isKey).length).toBe(52);
    expect(rows.some((p) => p.isBond)).toBe(true);
    expect(rows.filter((p) => p.isFirstStore).length).toBeGreaterThanOrEqual(20);
  });

  it('tells each project’s story with stage events that agree with its stage and gate dates', () => {
    const { projects: rows, events } = load(db);
    const byProject = groupBy(events, (e) => e.projectId);
    for (const p of rows) {
      const list = byProject.get(p.id) ?? [];
      const where = `${p.name} (#${p.id})`;
      expect(list.length, where).toBeGreaterThan(0);
      expect(list[0]).toMatchObject({ fromState: null, toState: 'negotiating' });
      list.forEach((e, i) => {
        const prev = list[i - 1];
        if (!prev) return;
        expect(e.at, where).toBeGreaterThan(prev.at);
        expect(e.fromState, where).toBe(prev.toState);
      });
      const last = list[list.length - 1];
      expect(last?.toState, where).toBe(currentState(p));

      expect(missingGates(p, gatesUpTo(p.stage)), where).toEqual([]);
      expect(gateDateOrderError(p), where).toBeNull();
      // Entering a stage from below (or creation): the latest such move is the stage's gate date.
      const entries = (s: FunnelStage) =>
        list.filter(
          (e) =>
            e.toState === s &&
            (e.fromState === null || (isFunnelStage(e.fromState) && stageIndex(e.fromState) < stageIndex(s))),
        );
      for (const s of FUNNEL_STAGES.slice(1, stageIndex(p.stage) + 1) as Exclude<
        FunnelStage,
        'negotiating'
      >[]) {
        const entry = entries(s).at(-1);
        expect(entry, `${where} enters ${s}`).toBeDefined();
        expect(businessDate(entry?.at ?? 0), `${where} ${s}`).toBe(p[GATE_DATE[s]]);
      }
      // As the app does: the current stage's entry time, unchanged by holds and resumptions.
      const entered = list
        .filter((e) => e.toState === p.stage && (e.fromState === null || isFunnelStage(e.fromState)))
        .at(-1);
      expect(p.stageEnteredAt, where).toBe(entered?.at);
      expect(p.createdAt, where).toBe(list[0]?.at);

      if (p.status === 'on_hold') expect(p.holdReason, where).toBeTruthy();
      if (p.status === 'dropped') {
        expect(p.dropCategory, where).toBeTruthy();
        expect(p.dropNote, where).toBeTruthy();
        expect(last?.dropCategory, where).toBe(p.dropCategory);
      }
      for (const e of list) {
        if (
          e.fromState &&
          e.toState !== 'dropped' &&
          isFunnelStage(e.fromState) &&
          isFunnelStage(e.toState) &&
          stageIndex(e.toState) < stageIndex(e.fromState)
        ) {
          expect(e.note, `${where}: a backward move needs its reason`).toBeTruthy();
        }
        if (e.toState === 'on_hold' || e.toState === 'dropped') expect(e.note, where).toBeTruthy();
      }
    }
    const backward = events.filter(
      (e) =>
        e.fromState &&
        isFunnelStage(e.fromState) &&
        isFunnelStage(e.toState) &&
        stageIndex(e.toState) < stageIndex(e.fromState),
    );
    expect(backward.length).toBeGreaterThan(0);
  });

  it('gives valid, unique credit codes and never a date after today', () => {
    const { projects: rows, events, followUps: fus, funds } = load(db);
    const codes = rows.flatMap((p) => (p.creditCode ? [p.creditCode] : []));
    expect(codes.length).toBe(rows.filter((p) => stageIndex(p.stage) >= stageIndex('landed')).length);
    for (const c of codes) expect(isValidCreditCode(c), c).toBe(true);
    expect(new Set(codes).size).toBe(codes.length);

    const dates = [
      ...rows.flatMap((p) => [p.signingDate, p.landingDate, p.startDate, p.completionDate]),
      ...fus.map((f) => f.date),
      ...funds.map((f) => f.date),
    ].filter((d): d is string => d !== null);
    for (const d of dates) expect(d <= TODAY, d).toBe(true);
    const instants = [
      ...rows.flatMap((p) => [p.createdAt, p.updatedAt, p.stageEnteredAt, p.lastActivityAt]),
      ...events.map((e) => e.at),
      ...fus.map((f) => f.createdAt),
      ...funds.map((f) => f.createdAt),
    ];
    for (const t of instants) expect(t).toBeLessThanOrEqual(NOW);
  });

  it('keeps last activity, stalls, funds and owners consistent', () => {
    const { projects: rows, events, followUps: fus, funds } = load(db);
    const eventsBy = groupBy(events, (e) => e.projectId);
    const followUpsBy = groupBy(fus, (f) => f.projectId);
    const fundsBy = groupBy(funds, (f) => f.projectId);
    for (const p of rows) {
      const latest = Math.max(
        ...(eventsBy.get(p.id) ?? []).map((e) => e.at),
        ...(followUpsBy.get(p.id) ?? []).map((f) => startOfBusinessDay(f.date).getTime() + NOON_MS),
      );
      expect(p.lastActivityAt, p.name).toBe(latest);
      expect(p.ownerBId).not.toBe(p.ownerAId);
      const paid = (fundsBy.get(p.id) ?? []).reduce((s, f) => s + f.amount, 0);
      if (paid > 0) expect(paid, p.name).toBeLessThanOrEqual(p.agreedInvestment ?? 0);
    }
    const unfinished = rows.filter((p) => p.status === 'active' && p.stage !== 'completed');
    const stalled = unfinished.filter((p) => isStalled(p, NOW, DEFAULT_STALL_DAYS)).length;
    expect(stalled / unfinished.length).toBeGreaterThan(0.1);
    expect(stalled / unfinished.length).toBeLessThan(0.2);
    expect(rows.filter((p) => p.unitId !== null).length / rows.length).toBeGreaterThan(0.8);
    expect(fundsBy.size).toBeGreaterThan(50);
  });

  it('carries each project’s history in the audit trail: created, moved, followed up, funded, by named officers', () => {
    const { projects: rows, events, followUps: fus, funds } = load(db);
    const trail = db.select().from(auditLog).where(eq(auditLog.entity, 'project')).all();
    const trailBy = groupBy(trail, (r) => r.entityId ?? 0);
    const eventsBy = groupBy(events, (e) => e.projectId);
    for (const p of rows) {
      const own = trailBy.get(p.id) ?? [];
      const created = own.find((r) => r.action === 'project.create');
      expect(created, p.name).toMatchObject({ userId: p.createdBy, at: p.createdAt });
      expect(JSON.parse(created!.changes!)).toMatchObject({ name: p.name, industry: p.industry });
      const moves = own.filter((r) => r.action.startsWith('project.move.'));
      expect(moves.map((m) => m.at)).toEqual((eventsBy.get(p.id) ?? []).slice(1).map((e) => e.at));
    }
    expect(trail.filter((r) => r.action === 'followUp.add')).toHaveLength(fus.length);
    expect(trail.filter((r) => r.action === 'funds.add')).toHaveLength(funds.length);
    const forward = trail.find((r) => r.action === 'project.move.forward')!;
    expect(JSON.parse(forward.changes!)).toMatchObject({ stage: [expect.any(String), expect.any(String)] });
    expect(new Set(trail.map((r) => r.userId)).size).toBeGreaterThan(5);
  });

  it('gives most projects an investor contact, exactly one primary, each added in the audit trail', () => {
    const contacts = db.select().from(projectContacts).all();
    const byProject = groupBy(contacts, (c) => c.projectId);
    expect(byProject.size).toBeGreaterThan(150);
    for (const [, own] of byProject) expect(own.filter((c) => c.isPrimary)).toHaveLength(1);
    for (const c of contacts) expect(isPhone(c.phone!), c.phone!).toBe(true);
    const added = db.select().from(auditLog).where(eq(auditLog.action, 'contact.add')).all();
    expect(added).toHaveLength(contacts.length);
  });

  it(
    'has the demo accounts, each with its own salt and the demo password',
    { timeout: 120_000 },
    async () => {
      const all = db.select().from(users).all();
      const byName = new Map(all.map((u) => [u.username, u]));
      expect(byName.get('admin')?.role).toBe('admin');
      expect(byName.get('leader')?.role).toBe('leader');
      expect(byName.get('staff')?.role).toBe('staff');
      expect(all.filter((u) => u.role === 'leader')).toHaveLength(6);
      expect(all.filter((u) => u.role === 'staff')).toHaveLength(12);
      expect(db.select().from(units).all()).toHaveLength(8);
      expect(new Set(all.map((u) => u.passwordHash)).size).toBe(all.length);
      // The hashes are made once, in db/seed/demo/password-hashes.ts (decision 130): each must still
      // open its account, at today's scrypt parameters (else run db/seed/demo/make-password-hashes.ts).
      const params = (hash: string) => hash.split('$').slice(0, 4).join('$');
      const current = params(await hashPassword('any'));
      for (const u of all) {
        expect(params(u.passwordHash), u.username).toBe(current);
        expect(await verifyPassword('demo2026', u.passwordHash), u.username).toBe(true);
      }

      const staffId = byName.get('staff')?.id;
      const owned = db
        .select()
        .from(projects)
        .all()
        .filter((p) => p.ownerAId === staffId).length;
      expect(owned).toBeGreaterThanOrEqual(20);
      expect(owned).toBeLessThanOrEqual(30);
    },
  );

  it('is the same data for the same Shanghai day', () => {
    const a = load(db);
    const b = load(again);
    expect(b.projects).toEqual(a.projects);
    expect(b.events).toEqual(a.events);
    expect(b.followUps).toEqual(a.followUps);
    expect(b.funds).toEqual(a.funds);
  });
});
