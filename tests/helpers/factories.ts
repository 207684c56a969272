import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { projects, units, users } from '../../db/schema';
import { hashPassword } from '../../db/password';
import type { SessionUser } from '../../server/auth/sessions';
import { createProject, moveProject } from '../../server/services/projects';
import { projectColumns } from '../../server/services/project-select';
import type { Role } from '../../shared/domain/catalog';
import { businessDate } from '../../shared/domain/dates';
import { type GateField, gatesUpTo } from '../../shared/domain/gates';
import type { FunnelStage } from '../../shared/domain/stages';
import {
  createProjectInput,
  moveProjectInput,
  type ProjectFields,
  pickProjectFields,
} from '../../shared/schemas/project';
import { creditCodeFor } from './credit-code';
import { NOW } from './time';

export const TEST_PASSWORD = 'correct horse battery';
// scrypt costs ~0.2 s: hash once per test file and give every test user the same hash.
const TEST_PASSWORD_HASH = await hashPassword(TEST_PASSWORD);

let seq = 0;
const next = () => ++seq;

export function makeUnit(db: Db, name = `测试单位${next()}`): { id: number; name: string } {
  return db.insert(units).values({ name }).returning({ id: units.id, name: units.name }).get();
}

/** A user who can sign in with TEST_PASSWORD; returned as the session user a context carries. */
export function makeUser(
  db: Db,
  overrides: {
    role?: Role;
    username?: string;
    displayName?: string;
    unitId?: number | null;
    active?: boolean;
  } = {},
): SessionUser {
  const n = next();
  const row = db
    .insert(users)
    .values({
      username: overrides.username ?? `user${n}`,
      displayName: overrides.displayName ?? `测试用户${n}`,
      role: overrides.role ?? 'staff',
      unitId: overrides.unitId ?? null,
      active: overrides.active ?? true,
      passwordHash: TEST_PASSWORD_HASH,
    })
    .returning()
    .get();
  return {
    id: row.id,
    username: row.username,
    displayName: row.displayName,
    role: row.role,
    unitId: row.unitId,
    mustChangePassword: false,
  };
}

export type ProjectOverrides = Partial<ProjectFields> & {
  /** Where the project ends up: moved there from 洽谈 in one step, with every gate filled. */
  stage?: FunnelStage;
  status?: 'on_hold' | 'dropped';
  /** Who creates and moves it (default: one staff officer per database). */
  by?: SessionUser;
  /** When it is created and moved (default NOW): its last activity. */
  at?: number;
};

const defaultOfficer = new WeakMap<Db, SessionUser>();

/** A project made through the real services, so its row, stage events and audit rows are consistent. */
export function makeProject(db: Db, overrides: ProjectOverrides = {}) {
  const { stage = 'negotiating', status, by: byOverride, at = NOW, ...fields } = overrides;
  const by = byOverride ?? defaultOfficer.get(db) ?? makeUser(db, { role: 'staff' });
  if (!byOverride) defaultOfficer.set(db, by);
  const n = next();
  const input = createProjectInput.parse({
    name: `测试项目${n}`,
    investor: `测试投资方${n}`,
    industry: 'digital',
    channel: 'building',
    estimatedInvestment: 1000,
    ownerAId: by.id,
    ...fields,
  });
  const { id } = createProject(db, by, input, at);
  let version = 1;
  const move = (to: string, extra: object = {}) => {
    version = moveProject(db, by, moveProjectInput.parse({ id, version, to, ...extra }), at).version;
  };
  if (stage !== 'negotiating')
    move(stage, { gates: gatesFor(stage, input.estimatedInvestment, n, at, fields) });
  if (status === 'on_hold') move('on_hold', { note: '企业暂缓投资计划' });
  if (status === 'dropped') move('dropped', { note: '企业改投他地', dropCategory: 'competition' });
  return db.select(projectColumns).from(projects).where(eq(projects.id, id)).get()!;
}

/** Values for every gate up to `stage`, dated the day of `at`; the caller's own values win. */
export function gatesFor(
  stage: FunnelStage,
  estimate: number,
  n: number,
  at: number,
  fields: Partial<ProjectFields>,
) {
  const day = businessDate(at);
  const defaults: Partial<Record<GateField, unknown>> = {
    signingDate: day,
    agreedInvestment: estimate,
    agreementType: 'investment',
    registeredEntity: `测试企业${n}有限公司`,
    creditCode: creditCodeFor(n),
    location: '中央商务区',
    landingDate: day,
    startDate: day,
    completionDate: day,
  };
  return Object.fromEntries(
    gatesUpTo(stage)
      .filter((f) => f in defaults)
      .map((f) => [f, fields[f] ?? defaults[f]]),
  );
}

/** A project's editable fields as loaded, with changes on top: what the edit form sends back. */
export function editFields(
  p: Pick<ReturnType<typeof makeProject>, keyof ProjectFields>,
  changes: Partial<ProjectFields> = {},
): ProjectFields {
  return { ...pickProjectFields(p), ...changes };
}
