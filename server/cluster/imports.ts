import type { FastifyInstance } from 'fastify';
import { createServer, type IncomingHttpHeaders, request } from 'node:http';
import { rmSync } from 'node:fs';
import { errorBody, trpcPaths } from '../security';

/**
 * A ledger import's steps share what one process holds: the uploaded sheets waiting on disk, the
 * check being paged through, the progress bar's figures (server/services/ledger/uploads.ts). In a
 * cluster (decision 135) one worker serves them all; the others forward those requests to it over a
 * Unix socket in the primary's private folder, unchanged, with the client's address.
 */
export interface ImportRouting {
  socket: string;
  /** This worker serves the imports (and listens on the socket). */
  here: boolean;
}

const IMPORT_PROCEDURES = new Set(['ledger.preview', 'ledger.progress', 'ledger.commit']);
/** The client's address, set by the forwarding worker; read only from the private socket. */
const CLIENT = 'x-invest-pipeline-client';
const HOP_BY_HOP = ['connection', 'keep-alive'];

export const servedByImportWorker = (url: string): boolean =>
  url.startsWith('/api/ledger/import/') || trpcPaths(url).some((p) => IMPORT_PROCEDURES.has(p));

export function forwardImports(app: FastifyInstance, routing: ImportRouting): void {
  if (routing.here) {
    const door = createServer((req, res) => {
      const client = req.headers[CLIENT];
      delete req.headers[CLIENT];
      Object.defineProperty(req.socket, 'remoteAddress', {
        value: typeof client === 'string' && client ? client : undefined,
        configurable: true,
      });
      app.routing(req, res);
    });
    app.addHook('onReady', (done) => {
      rmSync(routing.socket, { force: true });
      door.listen(routing.socket, () => done());
    });
    app.addHook('onClose', (_app, done) => door.close(() => done()));
    return;
  }
  app.addHook('onRequest', (req, reply, done) => {
    if (!servedByImportWorker(req.url)) return done();
    void reply.hijack();
    const out = reply.raw;
    const headers: IncomingHttpHeaders = { ...req.headers, [CLIENT]: req.ip, connection: 'close' };
    const upstream = request(
      { socketPath: routing.socket, method: req.method, path: req.url, headers, agent: false },
      (answer) => {
        for (const name of HOP_BY_HOP) delete answer.headers[name];
        out.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(out);
      },
    );
    upstream.on('error', () => {
      if (out.headersSent) return void out.destroy();
      out.writeHead(503, { 'content-type': 'application/json; charset=utf-8', 'retry-after': '2' });
      out.end(JSON.stringify(errorBody(req, 503, 'SERVICE_UNAVAILABLE', '导入服务正在重新启动，请稍后再试')));
    });
    req.raw.pipe(upstream);
  });
}
