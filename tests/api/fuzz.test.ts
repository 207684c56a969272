import type { AnyProcedure } from '@trpc/server';
import { TRPCError } from '@trpc/server';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { appRouter } from '../../server/routers';
import { callerFor } from '../helpers/caller';
import { createTestDb, dataChecksum } from '../helpers/db';
import { makeProject, makeUser } from '../helpers/factories';

/**
 * Property-based invalid input against every procedure (issue 6): arbitrary JSON as each procedure's
 * input, called as an admin (who passes every role check, so the input itself is what is tested).
 * Never an INTERNAL_SERVER_ERROR, never a change to the data (a checksum of every table).
 */
const db = createTestDb();
const admin = makeUser(db, { role: 'admin' });
// Owners are officers (shared/domain/permissions.ts ownerError); the admin makes and moves the projects.
const officer = makeUser(db, { role: 'staff' });
makeProject(db, { by: admin, ownerAId: officer.id, stage: 'introduced' });
makeProject(db, { by: admin, ownerAId: officer.id });

const procedures = appRouter._def.procedures as unknown as Record<string, AnyProcedure>;
const paths = Object.keys(procedures).sort();
const RUNS = Number(process.env.FUZZ_RUNS ?? 25);

/** Every row of every table; refusals the app logs on purpose (failed login, access.denied) are not data. */
const checksum = () => dataChecksum(db, ['auth.login_failed', 'access.denied']);

/** Arbitrary JSON, plus objects that look like inputs (ids, versions, strings in the usual fields). */
const input = fc.oneof(
  fc.jsonValue(),
  fc.record(
    {
      id: fc.oneof(fc.integer(), fc.double(), fc.string(), fc.constant(null)),
      projectId: fc.oneof(fc.integer(), fc.string()),
      version: fc.oneof(fc.integer(), fc.constant(-1)),
      name: fc.string(),
      to: fc.string(),
      fields: fc.jsonValue(),
    },
    { requiredKeys: [] },
  ),
);

const api = callerFor(db, admin);
function callByPath(path: string, value: unknown): Promise<unknown> {
  const procedure = path
    .split('.')
    .reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], api);
  return (procedure as (input?: unknown) => Promise<unknown>)(value);
}

describe('fuzzing every procedure with invalid input', () => {
  it('covers the whole router', () => expect(paths.length).toBeGreaterThan(40));

  it.each(paths)('%s', async (path) => {
    const isMutation = procedures[path]?._def.type === 'mutation';
    await fc.assert(
      fc.asyncProperty(input, async (value) => {
        const before = isMutation ? checksum() : '';
        let error: unknown = null;
        try {
          await callByPath(path, value);
        } catch (e) {
          error = e;
        }
        if (error !== null) {
          expect(error).toBeInstanceOf(TRPCError);
          expect((error as TRPCError).code).not.toBe('INTERNAL_SERVER_ERROR');
        }
        // A mutation that refused its input wrote nothing.
        if (isMutation && error !== null) expect(checksum()).toBe(before);
      }),
      { numRuns: RUNS, seed: 2026 },
    );
  });
});
