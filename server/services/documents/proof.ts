import { and, eq, inArray } from 'drizzle-orm';
import type { z } from 'zod';
import { type Db, writeTransaction } from '../../../db/client';
import { documentKinds, documents, projects, settings } from '../../../db/schema';
import { missingKinds, proofMissing, type RequiredKinds } from '../../../shared/domain/documents';
import { FUNNEL_STAGES, type FunnelStage } from '../../../shared/domain/stages';
import type { documentGatesInput } from '../../../shared/schemas/documents';
import type { SessionUser } from '../../auth/sessions';
import { audit } from '../../audit';
import { appError, conflict } from '../../errors';
import { putSetting } from '../settings-row';

/**
 * Proof at the gates (issue 17): the kinds of document each stage requires, an admin setting (none by
 * default: the stage's suggested kinds are only shown). Asked by the one project write path, so every
 * forward move — the page, the board, a bulk move, an import — is refused alike when proof is missing.
 */
const KEY = 'documents.requiredKinds';

export function requiredKinds(db: Db): { required: RequiredKinds; version: number } {
  const row = db
    .select({ value: settings.value, version: settings.version })
    .from(settings)
    .where(eq(settings.key, KEY))
    .get();
  return row
    ? { required: JSON.parse(row.value) as RequiredKinds, version: row.version }
    : { required: {}, version: 0 };
}

export function saveRequiredKinds(
  db: Db,
  user: SessionUser,
  input: z.output<typeof documentGatesInput>,
  now: number,
): { version: number } {
  return writeTransaction(db, () => {
    const before = requiredKinds(db);
    if (before.version !== input.version) throw conflict('settings');
    const known = new Set(
      db
        .select({ key: documentKinds.key })
        .from(documentKinds)
        .all()
        .map((k) => k.key),
    );
    const required: RequiredKinds = {};
    const asked: Partial<Record<FunnelStage, string[]>> = input.required;
    for (const stage of FUNNEL_STAGES) {
      const kinds = [...new Set(asked[stage] ?? [])];
      if (kinds.some((k) => !known.has(k))) throw appError('documentKindInactive');
      if (kinds.length) required[stage] = kinds;
    }
    const version = before.version + 1;
    putSetting(db, KEY, required, user.id, now, version);
    audit(db, {
      userId: user.id,
      action: 'settings.update',
      entity: 'settings',
      changes: { key: KEY, required: [before.required, required] },
      at: now,
    });
    return { version };
  });
}

/** The kinds of a project's current documents on the project itself. */
export function presentKinds(db: Db, projectId: number): string[] {
  return db
    .selectDistinct({ kind: documents.kind })
    .from(documents)
    .where(
      and(
        eq(documents.projectId, projectId),
        eq(documents.status, 'current'),
        eq(documents.target, 'project'),
      ),
    )
    .all()
    .map((r) => r.kind);
}

const labels = (db: Db, keys: string[]) => {
  const all = new Map(
    db
      .select()
      .from(documentKinds)
      .all()
      .map((k) => [k.key, k.label]),
  );
  return keys.map((k) => all.get(k) ?? k).join('、');
};

/** Refuses a forward move into a stage whose required proof the project lacks (the first such stage). */
export function checkProof(db: Db, projectId: number, from: FunnelStage, to: FunnelStage): void {
  const { required } = requiredKinds(db);
  if (!Object.keys(required).length) return;
  const [first] = proofMissing(required, from, to, presentKinds(db, projectId));
  if (first) throw appError('documentsMissing', { stage: first.stage, kinds: labels(db, first.kinds) });
}

/** Active projects standing in a stage whose required proof they lack, with what is missing. */
export function lackingProof(
  db: Db,
): { projectId: number; name: string; stage: FunnelStage; missing: string[] }[] {
  const { required } = requiredKinds(db);
  const stages = FUNNEL_STAGES.filter((s) => required[s]?.length);
  if (!stages.length) return [];
  const rows = db
    .select({ id: projects.id, name: projects.name, stage: projects.stage })
    .from(projects)
    .where(and(eq(projects.status, 'active'), inArray(projects.stage, stages)))
    .orderBy(projects.stage, projects.name)
    .all();
  const have = new Map<number, string[]>();
  for (const d of db
    .selectDistinct({ projectId: documents.projectId, kind: documents.kind })
    .from(documents)
    .where(and(eq(documents.status, 'current'), eq(documents.target, 'project')))
    .all())
    have.set(d.projectId, [...(have.get(d.projectId) ?? []), d.kind]);
  return rows
    .map((p) => ({
      projectId: p.id,
      name: p.name,
      stage: p.stage,
      missing: missingKinds(required[p.stage] ?? [], have.get(p.id) ?? []),
    }))
    .filter((p) => p.missing.length > 0);
}
