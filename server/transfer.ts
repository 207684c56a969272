import fastifyCompress from '@fastify/compress';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { createHash, randomBytes } from 'node:crypto';
import type { Db } from '../db/client';
import { businessDate } from '../shared/domain/dates';
import { SESSION_COOKIE, sessionAlive } from './auth/sessions';

/**
 * What goes over the wire (issue 21, decision 131): JSON and files compressed (brotli or gzip) above
 * 1 KB, and the large reads answered 304 when nothing changed.
 *
 * A read's data changes only through a write, and every write leaves an audit row (decision 090), so
 * a read is the same while the audit log's last id, the business day (days since activity, overdue
 * dates) and the person (their relation to each project) are the same. Such a tag is known before the
 * read is built: an unchanged board answers 304 without being rebuilt. Only reads whose whole content
 * follows that rule are tagged (a batch with any other procedure is not). Answers stay `no-store`
 * (issue 11: no browser keeps personal data on disk): the client keeps the last tagged answer in memory
 * and asks with If-None-Match itself (client/lib/trpc.ts).
 */
const TAGGED = new Set([
  'board.get',
  'board.column',
  'leaders.desk',
  'leaders.lanes',
  'schedules.overview',
  'problems.list',
  'problems.tally',
  'projects.get',
]);
/** A new tag space per process: nothing cached by an earlier run of the server (or an upgrade) matches. */
const BOOT = randomBytes(4).toString('hex');

function taggedProcedures(req: FastifyRequest): boolean {
  if (req.method !== 'GET' || !req.url.startsWith('/trpc/')) return false;
  const paths = req.url.slice('/trpc/'.length).split('?')[0]!.split(',');
  return paths.length > 0 && paths.every((p) => TAGGED.has(decodeURIComponent(p)));
}

declare module 'fastify' {
  interface FastifyRequest {
    dataTag?: string;
  }
}

export async function registerTransfer(
  app: FastifyInstance,
  db: Db,
  now: () => number = Date.now,
): Promise<void> {
  await app.register(fastifyCompress, { global: true, threshold: 1024, encodings: ['br', 'gzip'] });
  const lastAudit = db.$client.prepare('select coalesce(max(id), 0) from audit_log').pluck();

  app.addHook('onRequest', async (req, reply) => {
    if (!taggedProcedures(req)) return;
    const token = req.cookies[SESSION_COOKIE] ?? '';
    const at = now();
    const person = createHash('sha256').update(token).digest('base64url').slice(0, 12);
    req.dataTag = `W/"${BOOT}.${String(lastAudit.get())}.${businessDate(at)}.${person}"`;
    // 304 only to a live session: an expired one gets its 401 from the procedure.
    if (req.headers['if-none-match'] === req.dataTag && sessionAlive(db, token, at)) {
      return reply.code(304).header('etag', req.dataTag).send();
    }
  });
  app.addHook('onSend', async (req, reply, payload) => {
    if (req.dataTag && reply.statusCode === 200) {
      void reply.header('etag', req.dataTag);
    }
    return payload;
  });
}
