import { writeFileSync } from 'node:fs';
import { serialize } from 'node:v8';
import { parentPort, workerData } from 'node:worker_threads';
import { readLedgerFile } from '../workbook';
import { onRowsRead } from './grid';
import { LedgerFileError } from './limits';
import { summarise } from './summary';
import type { ReadProgress, ReadReply, ReadRequest } from './in-worker';

/**
 * The reading worker: parses one uploaded file within the limits, writes the sheets to `outPath`
 * (v8 serialisation keeps dates as dates) and replies with the sheet summaries only, so the server's
 * own thread never holds or parses the file.
 */
const { bytes, fileName, outPath } = workerData as ReadRequest;
onRowsRead((rows) => parentPort?.postMessage({ progress: rows } satisfies ReadProgress));
let reply: ReadReply;
try {
  const sheets = await readLedgerFile(
    Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength),
    fileName,
  );
  const data = serialize(sheets);
  writeFileSync(outPath, data, { mode: 0o600 });
  reply = { ok: true, sheets: summarise(sheets), bytes: data.length };
} catch (error) {
  reply = { ok: false, app: error instanceof LedgerFileError ? error.app : null };
}
parentPort?.postMessage(reply);
