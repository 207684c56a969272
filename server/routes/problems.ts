import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Db } from '../../db/client';
import { businessDate } from '../../shared/domain/dates';
import { appMessage } from '../../shared/errors/catalog';
import { problemListInput, problemTallyInput } from '../../shared/schemas/problems';
import { routeUser } from '../http-access';
import { problemListXlsx, problemTallyXlsx } from '../services/problem-export';
import { problemTally } from '../services/problem-tally';
import { listProblems } from '../services/problems';
import { attachment, jsonFilter, refusal, XLSX_TYPE } from './file-reply';

/** The most rows a list export holds: every problem an office keeps, well above the page's 500. */
const MAX_EXPORT_ROWS = 20_000;

/**
 * 问题清单 downloads (issue 16), the same door as the ledger's: everyone who reads the list may export
 * what they read (the list is the office's, not filtered per person), a temporary password is refused.
 *   GET /api/problems.xlsx?filter=<the list's filter as JSON>
 *   GET /api/problems/tally.xlsx?from=YYYY-MM-DD&to=YYYY-MM-DD
 */
export function problemRoutes(app: FastifyInstance, opts: { db: Db; now?: () => number }): void {
  const { db } = opts;
  const now = opts.now ?? Date.now;
  const door = (req: FastifyRequest, reply: FastifyReply) =>
    routeUser(db, req, reply, { path: req.routeOptions.url ?? req.url, now });

  app.get('/api/problems.xlsx', async (req, reply) => {
    if (!door(req, reply)) return reply;
    const q = req.query as Record<string, string | undefined>;
    const parsed = problemListInput.safeParse(jsonFilter(q.filter));
    if (!parsed.success) return reply.code(400).send(refusal(appMessage('exportFilterInvalid')));
    const at = now();
    const today = businessDate(at);
    const rows = listProblems(db, parsed.data, at, MAX_EXPORT_ROWS);
    const filtered = Object.values(parsed.data).some((v) => v !== undefined);
    const body = await problemListXlsx(rows, { today, filtered });
    return reply
      .header('content-disposition', attachment(`问题清单_${today}${filtered ? '_筛选' : ''}.xlsx`))
      .header('cache-control', 'no-store')
      .type(XLSX_TYPE)
      .send(body);
  });

  app.get('/api/problems/tally.xlsx', async (req, reply) => {
    if (!door(req, reply)) return reply;
    const q = req.query as Record<string, string | undefined>;
    const parsed = problemTallyInput.safeParse({ from: q.from, to: q.to });
    if (!parsed.success) return reply.code(400).send(refusal(appMessage('exportFilterInvalid')));
    const tally = problemTally(db, parsed.data, now());
    const body = await problemTallyXlsx(tally);
    return reply
      .header('content-disposition', attachment(`问题办结统计_${tally.from}_${tally.to}.xlsx`))
      .header('cache-control', 'no-store')
      .type(XLSX_TYPE)
      .send(body);
  });
}
