import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Db } from '../../db/client';
import { businessDate } from '../../shared/domain/dates';
import { appMessage } from '../../shared/errors/catalog';
import { ledgerExportQuery } from '../../shared/schemas/ledger';
import { routeUser } from '../http-access';
import { attachment, jsonFilter, refusal, XLSX_TYPE } from './file-reply';
import { ledgerCsv, ledgerLines, ledgerXlsx } from '../services/ledger/export';
import { importReportCsv } from '../services/ledger/report-csv';
import { discardUpload, getUpload, receiveUpload } from '../services/ledger/uploads';
import { LIMIT_MESSAGES } from '../services/ledger/read/limits';
import { LedgerFileError, MAX_UPLOAD_BYTES } from '../services/ledger/workbook';

/**
 * Ledger downloads and the upload (issue 7): plain HTTP routes because files are bytes, not JSON.
 *   GET  /api/ledger.xlsx | /api/ledger.csv ?scope=all|board&filter=<board filter as JSON>
 *   POST /api/ledger/import/upload   raw file body (application/octet-stream), X-File-Name header
 *   GET  /api/ledger/import/:token/report.csv
 *   DELETE /api/ledger/import/:token   the person abandons the import: the held file is removed
 * The 10 MB limit applies to the upload route only; the rest of the app keeps its 1 MB body limit.
 */
export async function ledgerRoutes(
  app: FastifyInstance,
  opts: { db: Db; now?: () => number },
): Promise<void> {
  const { db } = opts;
  const now = opts.now ?? Date.now;

  const exportHandler = (format: 'xlsx' | 'csv') => async (req: FastifyRequest, reply: FastifyReply) => {
    // Everyone who reads may export what they read; the door still refuses a temporary password.
    if (!routeUser(db, req, reply, { path: req.routeOptions.url ?? req.url, now })) return reply;
    const q = req.query as Record<string, string | undefined>;
    const filter = jsonFilter(q.filter);
    if (typeof filter !== 'object' || filter === null)
      return reply.code(400).send(refusal(appMessage('exportFilterInvalid')));
    const parsed = ledgerExportQuery.safeParse({ ...filter, scope: q.scope });
    if (!parsed.success) return reply.code(400).send(refusal(appMessage('exportFilterInvalid')));
    const at = now();
    const today = businessDate(at);
    const lines = ledgerLines(db, parsed.data, at);
    const name = `招商项目台账_${today}${parsed.data.scope === 'board' ? '_筛选' : ''}.${format}`;
    void reply.header('content-disposition', attachment(name)).header('cache-control', 'no-store');
    if (format === 'csv') return reply.type('text/csv; charset=utf-8').send(ledgerCsv(lines));
    const body = await ledgerXlsx(lines, { today, filtered: parsed.data.scope === 'board' });
    return reply.type(XLSX_TYPE).send(body);
  };
  app.get('/api/ledger.xlsx', exportHandler('xlsx'));
  app.get('/api/ledger.csv', exportHandler('csv'));

  app.get('/api/ledger/import/:token/report.csv', (req, reply) => {
    const user = routeUser(db, req, reply, { path: 'ledger.importReport', action: 'import.update', now });
    if (!user) return reply;
    let upload;
    try {
      upload = getUpload((req.params as { token: string }).token, user.id, now());
    } catch {
      return reply.code(404).send(refusal(appMessage('importExpired')));
    }
    const csv = importReportCsv(upload);
    if (csv === null) return reply.code(404).send(refusal(appMessage('importNotChecked')));
    return reply
      .type('text/csv; charset=utf-8')
      .header('content-disposition', attachment(`台账导入报告_${businessDate(now())}.csv`))
      .send(csv);
  });

  app.delete('/api/ledger/import/:token', (req, reply) => {
    const user = routeUser(db, req, reply, { path: 'ledger.discardUpload', action: 'import.update', now });
    if (!user) return reply;
    discardUpload((req.params as { token: string }).token, user.id);
    return reply.code(204).send();
  });

  // The upload: its own scope, so the octet-stream parser and the 10 MB limit stay on this route.
  await app.register((scope, _opts, done) => {
    scope.addContentTypeParser(
      [
        'application/octet-stream',
        'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        'text/csv',
      ],
      { parseAs: 'buffer', bodyLimit: MAX_UPLOAD_BYTES },
      (_req, body, done) => done(null, body),
    );
    scope.setErrorHandler((error: { statusCode?: number; code?: string }, _req, reply) => {
      if (error.code === 'FST_ERR_CTP_BODY_TOO_LARGE')
        return reply.code(413).send(refusal(LIMIT_MESSAGES.uploadBytes()));
      if (error.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE')
        return reply.code(415).send(refusal(appMessage('fileWrongType')));
      scope.log.error(error);
      return reply.code(500).send(refusal(appMessage('internal')));
    });
    scope.post('/api/ledger/import/upload', { bodyLimit: MAX_UPLOAD_BYTES }, async (req, reply) => {
      const user = routeUser(db, req, reply, { path: 'ledger.upload', action: 'import.update', now });
      if (!user) return reply;
      const raw = req.headers['x-file-name'];
      let fileName = 'upload';
      try {
        fileName = decodeURIComponent(typeof raw === 'string' ? raw : 'upload').slice(0, 200);
      } catch {
        /* keep the default */
      }
      if (!Buffer.isBuffer(req.body)) return reply.code(400).send(refusal(appMessage('fileMissing')));
      try {
        const upload = await receiveUpload(user.id, fileName, req.body, now());
        return { token: upload.token, fileName, sheets: upload.sheets };
      } catch (error) {
        if (error instanceof LedgerFileError) return reply.code(400).send(refusal(error.app));
        // A file the reader cannot make sense of: it is the file, not the server.
        req.log.warn({ err: error }, 'ledger upload could not be read');
        return reply.code(400).send(refusal(appMessage('fileUnreadable')));
      }
    });
    done();
  });
}
