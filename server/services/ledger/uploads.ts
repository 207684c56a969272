import { randomBytes } from 'node:crypto';
import type { SheetGrid } from './workbook';
import { appErrorWith } from '../../errors';

/**
 * Uploaded ledgers wait in memory between the upload, the mapping/preview steps and the commit, so a
 * person can fix a column match without sending the file again. Each is private to its uploader and
 * expires after an hour; a small cap bounds memory whatever people upload.
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
  sheets: SheetGrid[];
  createdAt: number;
  /** The latest preview's matched projects and versions, to detect edits made before the commit. */
  seenVersions: Map<number, number>;
  report: { committed: boolean; rows: ImportReportRow[]; sheet: string } | null;
  /** The latest check, reused while the person pages through the preview with the same options. */
  cache: { key: string; value: unknown } | null;
}

const TTL_MS = 60 * 60 * 1000;
const MAX_UPLOADS = 12;
const uploads = new Map<string, Upload>();

function sweep(now: number): void {
  for (const [token, u] of uploads) if (u.createdAt + TTL_MS < now) uploads.delete(token);
  // Oldest first (Map keeps insertion order).
  while (uploads.size >= MAX_UPLOADS) uploads.delete(uploads.keys().next().value as string);
}

export function storeUpload(userId: number, fileName: string, sheets: SheetGrid[], now = Date.now()): Upload {
  sweep(now);
  const upload: Upload = {
    token: randomBytes(18).toString('base64url'),
    userId,
    fileName,
    sheets,
    createdAt: now,
    seenVersions: new Map(),
    report: null,
    cache: null,
  };
  uploads.set(upload.token, upload);
  return upload;
}

export function getUpload(token: string, userId: number, now = Date.now()): Upload {
  const u = uploads.get(token);
  if (!u || u.userId !== userId || u.createdAt + TTL_MS < now) {
    throw appErrorWith('NOT_FOUND', 'uploadExpired');
  }
  return u;
}

/** For tests: forget every upload. */
export function clearUploads(): void {
  uploads.clear();
}
