import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TRPCError } from '@trpc/server';
import { callerFor, errorShape, trpcError } from '../helpers/caller';
import { createTestDb } from '../helpers/db';
import { editFields, makeProject, makeUser } from '../helpers/factories';

const db = createTestDb();
const staff = makeUser(db, { role: 'staff' });
const viewer = makeUser(db, { role: 'viewer' });
const api = callerFor(db, staff);
const edit = editFields;

describe('server errors carry a code and parameters beside the Chinese text', () => {
  it('a stale version: CONFLICT with { code: conflict, what: project }', async () => {
    const p = makeProject(db, { by: staff });
    const shape = errorShape(
      await trpcError(api.projects.update({ id: p.id, version: 99, fields: edit(p) })),
    );
    expect(shape.data.app).toEqual({ code: 'conflict', params: { what: 'project' } });
    expect(shape.message).toBe('该项目已被他人修改，请刷新后重试');
  });

  it('a missing row: NOT_FOUND with the entity as a parameter', async () => {
    const shape = errorShape(await trpcError(api.projects.get({ id: 987654 })));
    expect([shape.data.code, shape.data.app]).toEqual([
      'NOT_FOUND',
      { code: 'notFound', params: { what: 'project' } },
    ]);
  });

  it('a refusal by role: the code, not only the text', async () => {
    const p = makeProject(db, { by: staff });
    const shape = errorShape(
      await trpcError(callerFor(db, viewer).projects.update({ id: p.id, version: 1, fields: edit(p) })),
    );
    expect(shape.data.app).toEqual({ code: 'roleForbidden' });
  });

  it('a field message: its code under fieldCodes, its Chinese text under fieldErrors', async () => {
    const p = makeProject(db, { by: staff });
    const shape = errorShape(
      await trpcError(
        api.projects.update({ id: p.id, version: p.version, fields: edit(p, { ownerBId: staff.id }) }),
      ),
    );
    expect(shape.data.fieldErrors).toEqual({ ownerBId: ['B岗不能与A岗为同一人'] });
    expect(shape.data.fieldCodes).toEqual({ ownerBId: { code: 'ownerBSameAsA' } });
  });

  it('an unexpected failure: internal, never the cause', () => {
    const shape = errorShape(
      new TRPCError({ code: 'INTERNAL_SERVER_ERROR', cause: new Error('SQLITE_BUSY') }),
    );
    expect(shape.data.app).toEqual({ code: 'internal' });
  });
});

/** Every message the server writes goes through server/errors.ts, so it has a code the client can translate. */
describe('no hand-written TRPCError outside server/errors.ts', () => {
  const files = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
      e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
    );
  it.each(files('server').filter((f) => f !== 'server/errors.ts'))('%s', (file) => {
    expect(readFileSync(file, 'utf8')).not.toMatch(/new TRPCError\(/);
  });
});
