import type { FastifyInstance } from 'fastify';
import type { Db } from '../../db/client';
import { appMessage } from '../../shared/errors/catalog';
import { reportInput } from '../../shared/schemas/review';
import { routeUser } from '../http-access';
import { reportPeriod } from '../services/review/report';
import { reportFileName, reportWorkbook } from '../services/review/report-xlsx';
import { attachment, refusal, XLSX_TYPE } from './file-reply';

/**
 * 月报 / 季报 download (decision 041), through the door every file route passes: whoever reads the
 * review reads the report (every signed-in role, as review.report), a temporary password is refused.
 *   GET /api/reports/2026-11.xlsx · GET /api/reports/2026-Q4.xlsx
 */
export function reportRoutes(app: FastifyInstance, opts: { db: Db; now?: () => number }): void {
  const { db } = opts;
  const now = opts.now ?? Date.now;
  app.get('/api/reports/:file', async (req, reply) => {
    if (!routeUser(db, req, reply, { path: req.routeOptions.url ?? req.url, now })) return reply;
    const file = (req.params as { file: string }).file;
    const parsed = file.endsWith('.xlsx') ? reportInput.safeParse({ period: file.slice(0, -5) }) : null;
    if (!parsed?.success) return reply.code(400).send(refusal(appMessage('periodFormat')));
    const at = now();
    if (parsed.data.period.start > at) return reply.code(400).send(refusal(appMessage('periodNotStarted')));
    const report = reportPeriod(db, parsed.data.period, at);
    const body = await reportWorkbook(report);
    return reply
      .header('content-disposition', attachment(reportFileName(report)))
      .header('cache-control', 'no-store')
      .type(XLSX_TYPE)
      .send(body);
  });
}
