import { readdirSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Where a document's bytes live in a files folder (FILES_DIR, or a backup's `files/`): `ab/cd/<sha256>`.
 * Shared by the server's store and the backups (decision 008).
 */
const HASH = /^[0-9a-f]{64}$/;

export function hashPath(dir: string, hash: string): string {
  if (!HASH.test(hash)) throw new Error('not a sha256');
  return join(dir, hash.slice(0, 2), hash.slice(2, 4), hash);
}

/** Every stored file's hash under `dir`. */
export function storedHashes(dir: string): string[] {
  const out: string[] = [];
  for (const a of list(dir))
    if (/^[0-9a-f]{2}$/.test(a))
      for (const b of list(join(dir, a)))
        for (const name of list(join(dir, a, b))) if (HASH.test(name)) out.push(name);
  return out;
}

function list(dir: string): string[] {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}
