import type { AppMessage } from '../../../shared/errors/catalog';
import { messageText } from '../../lib/errors';

/** What the upload route answers: a token for the next steps and the workbook's sheets. */
export interface UploadedFile {
  token: string;
  fileName: string;
  sheets: { index: number; name: string; lines: number; hasHeader: boolean }[];
}

export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;

/** Sends the file's bytes as they are (no multipart): the server reads xlsx or csv from them. */
export async function uploadLedgerFile(file: File): Promise<UploadedFile> {
  const res = await fetch('/api/ledger/import/upload', {
    method: 'POST',
    headers: { 'content-type': 'application/octet-stream', 'x-file-name': encodeURIComponent(file.name) },
    body: file,
  });
  const body = (await res.json().catch(() => ({}))) as Partial<UploadedFile & AppMessage> & {
    message?: string;
  };
  // A refusal carries its code: shown in the person's language, the server's Chinese text otherwise.
  if (!res.ok)
    throw new Error(
      messageText(body.code ? (body as AppMessage) : null, body.message ?? `HTTP ${res.status}`),
    );
  return body as UploadedFile;
}

/** The sheet to start with: the first with a recognisable header and rows under it. */
export function defaultSheet(sheets: UploadedFile['sheets']): number {
  return (
    (sheets.find((s) => s.hasHeader && s.lines > 0) ?? sheets.find((s) => s.lines > 0) ?? sheets[0])?.index ??
    0
  );
}

/**
 * The person leaves the import (another file, another page, the tab closed): the server removes the file
 * it holds for them at once instead of keeping it for the hour (issue 11). `keepalive` lets the request
 * outlive a closing tab; a failure is ignored (the server removes it at expiry anyway).
 */
export function discardLedgerUpload(token: string): void {
  void fetch(`/api/ledger/import/${encodeURIComponent(token)}`, { method: 'DELETE', keepalive: true }).catch(
    () => undefined,
  );
}

const pendingDiscards = new Map<string, ReturnType<typeof setTimeout>>();

/**
 * While `token` is shown, leaving discards it: on unmount or a new token, and on `pagehide`. The
 * discard waits one tick so React's StrictMode re-mount (development) cancels it instead of sending it.
 */
export function discardOnLeave(token: string): () => void {
  const waiting = pendingDiscards.get(token);
  if (waiting) clearTimeout(waiting);
  pendingDiscards.delete(token);
  const leave = () => discardLedgerUpload(token);
  window.addEventListener('pagehide', leave);
  return () => {
    window.removeEventListener('pagehide', leave);
    pendingDiscards.set(
      token,
      setTimeout(() => {
        pendingDiscards.delete(token);
        leave();
      }, 0),
    );
  };
}
