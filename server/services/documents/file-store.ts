import { createHash, randomBytes } from 'node:crypto';
import {
  closeSync,
  existsSync,
  fsyncSync,
  linkSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { hashPath, storedHashes as hashesIn } from '../../../db/files';

/**
 * The document bytes on disk (decision 008): `FILES_DIR/ab/cd/<sha256>`, written once and never
 * overwritten (the name is the content). A new file is written to `FILES_DIR/tmp/`, fsynced, read back
 * and checked against its hash, then linked into place and the folder fsynced; only then is its row
 * written. A crash leaves at most a temp file (or a stored file no row names yet), which start-up removes.
 */
let root: string | null = null;

export function configureFiles(dir: string): void {
  mkdirSync(join(dir, 'tmp'), { recursive: true, mode: 0o700 });
  root = dir;
}

export function filesDir(): string {
  if (!root) configureFiles(join(tmpdir(), `invest-pipeline-files-${process.pid}`));
  return root!;
}

export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

export function pathOf(hash: string, dir = filesDir()): string {
  return hashPath(dir, hash);
}

function fsyncDir(dir: string): void {
  const fd = openSync(dir, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** Stores `bytes` under their hash (already there: nothing to do) and returns the hash. */
export function storeFile(bytes: Uint8Array): string {
  const hash = sha256(bytes);
  const target = pathOf(hash);
  if (existsSync(target)) return hash;
  const temp = join(filesDir(), 'tmp', `${randomBytes(12).toString('hex')}.part`);
  try {
    const fd = openSync(temp, 'wx', 0o600);
    try {
      let at = 0;
      while (at < bytes.length) at += writeSync(fd, bytes, at, bytes.length - at);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    // What reached the disk is what was sent: read back and compared before it counts.
    if (sha256(readFileSync(temp)) !== hash) throw new Error('stored file does not match its hash');
    const folder = join(target, '..');
    mkdirSync(folder, { recursive: true, mode: 0o700 });
    // A hard link, not a rename: a file already at the hash path is never replaced, even by equal bytes.
    try {
      linkSync(temp, target);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    fsyncDir(folder);
  } finally {
    rmSync(temp, { force: true });
  }
  return hash;
}

export function readStored(hash: string): Buffer {
  return readFileSync(pathOf(hash));
}

/** Every stored file's hash (for the start-up sweep). */
export function storedHashes(dir = filesDir()): string[] {
  return hashesIn(dir);
}

function safeList(dir: string): string[] {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}

/**
 * Start-up: temp files of uploads cut short are removed, and so are stored files no row names (a crash
 * between the link and the row's commit). Runs before the server accepts uploads.
 */
export function sweepFiles(referenced: ReadonlySet<string>): { temps: number; orphans: number } {
  const dir = filesDir();
  let temps = 0;
  for (const name of safeList(join(dir, 'tmp'))) {
    rmSync(join(dir, 'tmp', name), { force: true });
    temps++;
  }
  let orphans = 0;
  for (const hash of storedHashes(dir))
    if (!referenced.has(hash)) {
      rmSync(pathOf(hash, dir), { force: true });
      orphans++;
    }
  return { temps, orphans };
}
