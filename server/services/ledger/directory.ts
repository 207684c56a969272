import { desc, eq, sql } from 'drizzle-orm';
import type { Db } from '../../../db/client';
import { followUps, fundsInPlace, projects, units, users } from '../../../db/schema';
import type { SessionUser } from '../../auth/sessions';
import { projectColumns } from '../project-select';

export type ExistingProject =
  ReturnType<typeof loadExisting>['byId'] extends Map<number, infer P> ? P : never;

/** Who and what a ledger's names refer to: active people (by display name or username) and units. */
export function loadDirectory(db: Db) {
  const people = db
    .select({ id: users.id, username: users.username, displayName: users.displayName, role: users.role })
    .from(users)
    .where(eq(users.active, true))
    .all();
  const byName = new Map<string, (typeof people)[number][]>();
  for (const p of people) {
    for (const key of new Set([p.displayName, p.username])) byName.set(key, [...(byName.get(key) ?? []), p]);
  }
  const unitRows = db.select({ id: units.id, name: units.name, active: units.active }).from(units).all();
  return {
    /** A person by the name a ledger writes; an error message when none or several match. */
    person(name: string, what: string, role?: SessionUser['role']): { id: number } | { error: string } {
      const found = (byName.get(name) ?? []).filter((p) => !role || p.role === role);
      if (found.length === 1 && found[0]) return { id: found[0].id };
      if (found.length > 1) return { error: `有 ${found.length} 位同名的${what}「${name}」，请改填用户名` };
      return { error: `${what}「${name}」不是系统中的在职用户${role === 'leader' ? '（包保领导）' : ''}` };
    },
    unit(name: string): { id: number } | { inactive: true } | null {
      const u = unitRows.find((r) => r.name === name);
      if (!u) return null;
      return u.active ? { id: u.id } : { inactive: true };
    },
  };
}
export type Directory = ReturnType<typeof loadDirectory>;

/** Existing projects by name + investor and by credit code, with their funds and latest progress. */
export function loadExisting(db: Db) {
  const rows = db.select(projectColumns).from(projects).all();
  const byId = new Map(rows.map((r) => [r.id, r]));
  const byKey = new Map(rows.map((r) => [projectKey(r.name, r.investor), r]));
  const byCode = new Map(rows.filter((r) => r.creditCode).map((r) => [r.creditCode ?? '', r]));
  const funds = new Map(
    db
      .select({ projectId: fundsInPlace.projectId, sum: sql<number>`sum(${fundsInPlace.amount})` })
      .from(fundsInPlace)
      .groupBy(fundsInPlace.projectId)
      .all()
      .map((r) => [r.projectId, r.sum]),
  );
  const progress = new Map<number, string>();
  for (const f of db
    .select({ projectId: followUps.projectId, summary: followUps.summary })
    .from(followUps)
    .orderBy(desc(followUps.date), desc(followUps.id))
    .all()) {
    if (!progress.has(f.projectId)) progress.set(f.projectId, f.summary);
  }
  return { byId, byKey, byCode, funds, progress };
}
export type Existing = ReturnType<typeof loadExisting>;

/** Same project: same name and investor, ignoring spaces and full-width differences. */
export function projectKey(name: string, investor: string | null): string {
  const n = (s: string) => s.normalize('NFKC').replace(/\s+/g, '');
  return `${n(name)}|${n(investor ?? '')}`;
}
