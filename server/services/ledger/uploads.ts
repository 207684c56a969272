import { randomBytes } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deserialize } from 'node:v8';
import { appError, appErrorWith } from '../../errors';
import type { SheetGrid } from './read/grid';
import { endProgress, reportProgress } from './import-progress';
import { readInWorker } from './read/in-worker';
import { type AppMessage, appMessage } from '../../../shared/errors/catalog';
import { LedgerFileError } from './read/limits';
import type { SheetSummary } from './read/summary';

/**
 * Uploaded ledgers wait between the upload, the mapping/preview steps and the commit, so a person
 * can fix a column match without sending the file again. The sheets wait on disk in the data folder
 * (`uploads/`), not in memory; each upload is private to its uploader and removed when imported,
 * discarded or an hour old. Held bytes are capped per person (their own oldest upload makes room for
 * their new one) and in total (a full server refuses a new upload: nobody's upload is pushed out).
 */
export interface ImportReportRow {
  row: number;
  name: string;
  investor: string;
  result: 'create' | 'update' | 'skip' | 'error';
  projectId: number | null;
  reason: string;
}

export interface Upload {
  token: string;
  userId: number;
  fileName: string;
  /** The sheets' names and line counts, known from the read. */
  sheets: SheetSummary[];
  /** Where the sheets wait, and their size on disk; null once imported. */
  path: string | null;
  bytes: number;
  createdAt: number;
  /** The latest preview's matched projects and versions, to detect edits made before the commit. */
  seenVersions: Map<number, number>;
  /** failed: why an import was rolled back (decision 073). */
  report: { committed: boolean; rows: ImportReportRow[]; sheet: string; failed?: string } | null;
  /** A commit is writing this upload's rows: a second one is refused. */
  importing?: boolean;
  /** The latest check, reused while the person pages through the preview (kept for a few uploads only). */
  cache: { key: string; value: unknown } | null;
}

export const UPLOAD_LIMITS = {
  ttlMs: 60 * 60 * 1000,
  perPersonCount: 5,
  perPersonBytes: 64 * 1024 * 1024,
  totalBytes: 256 * 1024 * 1024,
  /** Uploads whose check stays in memory (the rest are checked again when next asked). */
  checksInMemory: 2,
} as const;

const MB = 1024 * 1024;
const SUFFIX = '.sheets';
const uploads = new Map<string, Upload>();
let dir: string | null = null;

/** Where held uploads go (the data folder's `uploads/`). */
export function configureUploads(folder: string): void {
  mkdirSync(folder, { recursive: true, mode: 0o700 });
  dir = folder;
}

/** Files an earlier run left (the uploads they belonged to were in its memory) are removed at start. */
export function removeLeftoverUploads(folder: string): void {
  mkdirSync(folder, { recursive: true, mode: 0o700 });
  for (const name of readdirSync(folder))
    if (name.endsWith(SUFFIX)) rmSync(join(folder, name), { force: true });
}

function folder(): string {
  if (!dir) {
    dir = join(tmpdir(), `invest-pipeline-uploads-${process.pid}`);
    mkdirSync(dir, { recursive: true, mode: 0o700 });
  }
  return dir;
}

function dropFile(u: Upload): void {
  if (u.path) rmSync(u.path, { force: true });
  u.path = null;
  u.bytes = 0;
  u.cache = null;
  if (loaded?.token === u.token) loaded = null;
}

function remove(u: Upload): void {
  dropFile(u);
  uploads.delete(u.token);
}

function sweep(now: number): void {
  for (const u of uploads.values()) if (u.createdAt + UPLOAD_LIMITS.ttlMs < now) remove(u);
}

const heldBy = (userId: number) => [...uploads.values()].filter((u) => u.userId === userId && u.path);
const totalHeld = () => [...uploads.values()].reduce((s, u) => s + u.bytes, 0);

const fullMessage = () => appMessage('fileHeldFull', { mb: UPLOAD_LIMITS.totalBytes / MB });

/**
 * Reads an uploaded file (in the reading worker) and holds its sheets for the import steps. Throws
 * LedgerFileError with a message for the person when the file is over a limit or there is no room.
 */
export async function receiveUpload(
  userId: number,
  fileName: string,
  body: Buffer,
  now = Date.now(),
): Promise<Upload> {
  sweep(now);
  if (totalHeld() >= UPLOAD_LIMITS.totalBytes) throw new LedgerFileError(fullMessage());
  const token = randomBytes(18).toString('base64url');
  const path = join(folder(), token + SUFFIX);
  let read;
  try {
    reportProgress(userId, { phase: 'reading', done: 0, total: null });
    read = await readInWorker(body, fileName, path, (rows) =>
      reportProgress(userId, { phase: 'reading', done: rows, total: null }),
    );
  } catch (error) {
    rmSync(path, { force: true });
    throw error;
  } finally {
    endProgress(userId, 'reading');
  }
  const refuse = (app: AppMessage) => {
    rmSync(path, { force: true });
    return new LedgerFileError(app);
  };
  if (read.bytes > UPLOAD_LIMITS.perPersonBytes)
    throw refuse(appMessage('fileHeldPerPerson', { mb: UPLOAD_LIMITS.perPersonBytes / MB }));
  // The person's own oldest uploads make room for the new one; nobody else's are touched.
  const own = heldBy(userId).sort((a, b) => a.createdAt - b.createdAt);
  let ownBytes = own.reduce((s, u) => s + u.bytes, 0);
  while (
    own.length &&
    (own.length >= UPLOAD_LIMITS.perPersonCount || ownBytes + read.bytes > UPLOAD_LIMITS.perPersonBytes)
  ) {
    const oldest = own.shift()!;
    ownBytes -= oldest.bytes;
    remove(oldest);
  }
  if (totalHeld() + read.bytes > UPLOAD_LIMITS.totalBytes) throw refuse(fullMessage());
  const upload: Upload = {
    token,
    userId,
    fileName,
    sheets: read.sheets,
    path,
    bytes: read.bytes,
    createdAt: now,
    seenVersions: new Map(),
    report: null,
    cache: null,
  };
  uploads.set(token, upload);
  return upload;
}

export function getUpload(token: string, userId: number, now = Date.now()): Upload {
  sweep(now);
  const u = uploads.get(token);
  if (!u || u.userId !== userId) {
    throw appErrorWith('NOT_FOUND', 'uploadExpired');
  }
  return u;
}

/** The one upload whose sheets were read from disk last: paging through a preview reads them once. */
let loaded: { token: string; sheets: SheetGrid[] } | null = null;

export function uploadSheets(upload: Upload): SheetGrid[] {
  if (loaded?.token === upload.token) return loaded.sheets;
  if (!upload.path) throw appError('alreadyImported');
  const sheets = deserialize(readFileSync(upload.path)) as SheetGrid[];
  loaded = { token: upload.token, sheets };
  return sheets;
}

/** The commit has checked the rows: the parsed sheets need not stay in memory while it writes. */
export function releaseSheets(upload: Upload): void {
  if (loaded?.token === upload.token) loaded = null;
}

/** Keeps a check for reuse; only the latest few uploads keep theirs, so memory stays bounded. */
const checked: Upload[] = [];
export function rememberCheck(upload: Upload, key: string, value: unknown): void {
  upload.cache = { key, value };
  const at = checked.indexOf(upload);
  if (at >= 0) checked.splice(at, 1);
  checked.push(upload);
  while (checked.length > UPLOAD_LIMITS.checksInMemory) checked.shift()!.cache = null;
}

/** After the import: the sheets are removed, the report stays until the upload expires. */
export function markImported(upload: Upload): void {
  dropFile(upload);
}

/** The person abandons the import: the upload is removed at once. */
export function discardUpload(token: string, userId: number): boolean {
  const u = uploads.get(token);
  if (!u || u.userId !== userId) return false;
  remove(u);
  return true;
}

/** For tests: the bytes held, in total and for one person. */
export function heldBytes(userId?: number): number {
  return userId === undefined ? totalHeld() : heldBy(userId).reduce((s, u) => s + u.bytes, 0);
}

/** For tests: forget every upload. */
export function clearUploads(): void {
  for (const u of uploads.values()) remove(u);
  checked.length = 0;
}
