import { eq } from 'drizzle-orm';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { documents } from '../../db/schema';
import { referencedHashes } from '../../server/tidy';
import {
  configureFiles,
  pathOf,
  sha256,
  storedHashes,
  sweepFiles,
} from '../../server/services/documents/file-store';
import { createTestDb } from '../helpers/db';
import { makeProject, makeUser } from '../helpers/factories';

/**
 * Kill during an upload (issue 17): a writer uploads documents of 2–3 MB until SIGKILL at a random
 * moment. After each kill: every row names a whole file (its bytes hash to its name), every acknowledged
 * upload has its row, and after the start-up sweep no temp file and no unnamed stored file is left.
 */
const ROOT = join(import.meta.dirname, '..', '..');
const db = createTestDb();
const filesDir = mkdtempSync(join(tmpdir(), 'invest-files-crash-'));
const officer = makeUser(db, { role: 'staff' });
const project = makeProject(db, { by: officer });

function runUntilKilled(afterMs: number): Promise<number[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [
        '--import',
        'tsx',
        'tests/crash/documents-child.ts',
        db.$client.name,
        filesDir,
        String(officer.id),
        String(project.id),
      ],
      { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    const acked: number[] = [];
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      for (const m of out.matchAll(/ack (\d+)\n/g)) acked.push(Number(m[1]));
      out = out.slice(out.lastIndexOf('\n') + 1);
      if (acked.length === 1) setTimeout(() => child.kill('SIGKILL'), afterMs);
    });
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.on('exit', (_code, signal) =>
      signal === 'SIGKILL' ? resolve([...new Set(acked)]) : reject(new Error(`writer exited: ${err}`)),
    );
  });
}

it('a kill during uploads leaves no row without its whole file, and start-up sweeps the rest', async () => {
  const acked: number[] = [];
  for (const afterMs of [37, 113, 251]) {
    acked.push(...(await runUntilKilled(afterMs)));
    const rows = db.select().from(documents).where(eq(documents.projectId, project.id)).all();
    for (const r of rows) {
      expect(existsSync(pathOf(r.sha256, filesDir)), `file of row ${r.id}`).toBe(true);
      expect(sha256(readFileSync(pathOf(r.sha256, filesDir)))).toBe(r.sha256);
    }
    const ids = new Set(rows.map((r) => r.id));
    for (const id of acked) expect(ids.has(id), `acknowledged upload ${id}`).toBe(true);
    configureFiles(filesDir);
    sweepFiles(referencedHashes(db));
    expect(readdirSync(join(filesDir, 'tmp'))).toEqual([]);
    const referenced = referencedHashes(db);
    expect(storedHashes(filesDir).filter((h) => !referenced.has(h))).toEqual([]);
  }
  expect(acked.length).toBeGreaterThan(0);
}, 120_000);
