import fastifyCompress from '@fastify/compress';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { negotiate } from '@fastify/accept-negotiator';
import { createHash, randomBytes } from 'node:crypto';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { Db } from '../db/client';
import { businessDate } from '../shared/domain/dates';
import { AnswerCache } from './answer-cache';
import { SESSION_COOKIE, userForSession } from './auth/sessions';

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
 * and asks with If-None-Match itself (client/lib/trpc.ts). The server keeps them too, compressed, so a
 * second read under the same tag costs neither a rebuild nor a compression (server/answer-cache.ts).
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
/**
 * A new tag space per start: nothing cached by an earlier run of the server (or an upgrade) matches.
 * The workers of one cluster share the primary's (decision 135), so any of them can answer 304.
 */
const BOOT = process.env.BOOT_ID ?? randomBytes(4).toString('hex');

function taggedProcedures(req: FastifyRequest): boolean {
  if (req.method !== 'GET' || !req.url.startsWith('/trpc/')) return false;
  const paths = req.url.slice('/trpc/'.length).split('?')[0]!.split(',');
  return paths.length > 0 && paths.every((p) => TAGGED.has(decodeURIComponent(p)));
}

declare module 'fastify' {
  interface FastifyRequest {
    dataTag?: string;
    /** Where the answer is kept: the tag, the address and the encodings the browser accepts. */
    answerKey?: string;
    auditId?: number;
  }
  interface FastifyInstance {
    /** The tagged answers kept on the server (its counters serve the tests and the bench). */
    answerCache: AnswerCache;
  }
}

/** Answers at most 1 KB go as they are, like every other answer (@fastify/compress's threshold). */
const THRESHOLD = 1024;
const ENCODINGS: ('br' | 'gzip')[] = ['br', 'gzip'];
/** The tagged reads kept on the server, at most this many bytes (compressed). */
const KEPT_BYTES = 32 * 2 ** 20;

/** The same compression @fastify/compress applies (brotli at quality 4, gzip at zlib's default). */
function compressed(body: Buffer, accept: string | undefined): { body: Buffer; encoding?: string } {
  const encoding = accept && body.length > THRESHOLD ? negotiate(accept, ENCODINGS) : undefined;
  if (encoding === 'br')
    return { body: brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 4 } }), encoding };
  if (encoding === 'gzip') return { body: gzipSync(body), encoding };
  return { body };
}

export async function registerTransfer(
  app: FastifyInstance,
  db: Db,
  now: () => number = Date.now,
): Promise<void> {
  await app.register(fastifyCompress, { global: true, threshold: THRESHOLD, encodings: ENCODINGS });
  const lastAudit = db.$client.prepare<[], number>('select coalesce(max(id), 0) from audit_log').pluck();
  const kept = new AnswerCache(KEPT_BYTES);
  app.decorate('answerCache', kept);

  app.addHook('onRequest', async (req, reply) => {
    if (!taggedProcedures(req)) return;
    const token = req.cookies[SESSION_COOKIE] ?? '';
    const at = now();
    const person = createHash('sha256').update(token).digest('base64url').slice(0, 12);
    const auditId = lastAudit.get()!;
    const tag = `W/"${BOOT}.${String(auditId)}.${businessDate(at)}.${person}"`;
    req.dataTag = tag;
    req.auditId = auditId;
    req.answerKey = `${tag} ${req.url} ${req.headers['accept-encoding'] ?? ''}`;
    const fresh = req.headers['if-none-match'] === tag;
    const answer = fresh ? undefined : kept.get(auditId, req.answerKey);
    if (!fresh && !answer) return;
    // Only to a live session, as a read by that person: an ended one gets its 401 from the procedure.
    const user = userForSession(db, token, at);
    if (!user || user.mustChangePassword) return;
    if (fresh) return reply.code(304).header('etag', tag).send();
    void reply.header('etag', tag).headers(answer!.headers);
    req.answerKey = undefined;
    return reply.send(answer!.body);
  });
  app.addHook('onSend', async (req, reply, payload) => {
    if (!req.dataTag) return payload;
    // tRPC answers with a fetch Response; fastify takes its status and headers after these hooks.
    const answer = payload instanceof Response ? payload : null;
    if ((answer?.status ?? reply.statusCode) !== 200) return payload;
    void reply.header('etag', req.dataTag);
    if (!req.answerKey || !answer) return payload;
    // Read, compressed here once and kept; @fastify/compress leaves an encoded answer as it is.
    // As bytes: decoding the JSON to text only to encode it again cost ≈ 0.5 ms on an 84 KB board.
    const packed = compressed(Buffer.from(await answer.arrayBuffer()), req.headers['accept-encoding']);
    const headers = Object.fromEntries(answer.headers);
    if (packed.encoding)
      Object.assign(headers, { 'content-encoding': packed.encoding, vary: 'accept-encoding' });
    kept.set(req.auditId!, req.answerKey, { body: packed.body, headers });
    void reply.headers(headers);
    return packed.body;
  });
}
