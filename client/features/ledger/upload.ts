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
  const body = (await res.json().catch(() => ({}))) as Partial<UploadedFile> & { message?: string };
  if (!res.ok) throw new Error(body.message ?? `HTTP ${res.status}`);
  return body as UploadedFile;
}

/** The sheet to start with: the first with a recognisable header and rows under it. */
export function defaultSheet(sheets: UploadedFile['sheets']): number {
  return (
    (sheets.find((s) => s.hasHeader && s.lines > 0) ?? sheets.find((s) => s.lines > 0) ?? sheets[0])?.index ??
    0
  );
}
