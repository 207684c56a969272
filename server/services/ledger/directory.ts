import { desc, eq, sql } from 'drizzle-orm';
import type { Db } from '../../../db/client';
import { followUps, fundsInPlace, projects, units, users } from '../../../db/schema';
import { type AppMessage, appMessage } from '../../../shared/errors/catalog';
import type { SessionUser } from '../../auth/sessions';
import { projectColumns } from '../project-select';
import { loadPrimaryContacts } from './contacts';
import { loadStoredOperations } from './operations';

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
    /** A person by the name a ledger writes in column `who`; an error when none or several match. */
    person(name: string, who: PersonColumn): { id: number } | { error: AppMessage } {
      const role: SessionUser['role'] = who === 'leader' ? 'leader' : 'staff';
      const found = (byName.get(name) ?? []).filter((p) => p.role === role);
      if (found.length === 1 && found[0]) return { id: found[0].id };
      if (found.length > 1)
        return { error: appMessage('ledgerPersonAmbiguous', { n: found.length, who, name }) };
      if (who === 'leader') return { error: appMessage('ledgerLeaderUnknown', { name }) };
      return { error: appMessage('ledgerPersonUnknown', { who, name }) };
    },
    unit(name: string): { id: number } | { inactive: true } | null {
      const u = unitRows.find((r) => r.name === name);
      if (!u) return null;
      return u.active ? { id: u.id } : { inactive: true };
    },
  };
}
export type Directory = ReturnType<typeof loadDirectory>;
/** The ledger columns that name a person. */
export type PersonColumn = 'ownerA' | 'ownerB' | 'leader';

/** Existing projects by name + investor and by credit code, with their funds, latest progress, primary contact and after-建成 records. */
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
  return {
    byId,
    byKey,
    byCode,
    funds,
    progress,
    contacts: loadPrimaryContacts(db),
    operations: loadStoredOperations(db),
  };
}
export type Existing = ReturnType<typeof loadExisting>;

/** Same project: same name and investor, ignoring spaces and full-width differences. */
export function projectKey(name: string, investor: string | null): string {
  const n = (s: string) => s.normalize('NFKC').replace(/\s+/g, '');
  return `${n(name)}|${n(investor ?? '')}`;
}
