import fastifyCookie from '@fastify/cookie';
import { fastifyTRPCPlugin, type FastifyTRPCPluginOptions } from '@trpc/server/adapters/fastify';
import Fastify, { type FastifyInstance } from 'fastify';
import type { Db } from '../db/client';
import { contextFactory } from './context';
import { documentRoutes } from './routes/documents';
import { eventRoutes } from './routes/events';
import { ledgerRoutes } from './routes/ledger';
import { problemRoutes } from './routes/problems';
import { reportRoutes } from './routes/reports';
import { configureFiles } from './services/documents/file-store';
import { configureUploads } from './services/ledger/uploads';
import { forwardImports, type ImportRouting } from './cluster/imports';
import { type LogSettings, loggerOptions, QuietRequests } from './log';
import { registerSecurity } from './security';
import { serveClient } from './static-files';
import { tidyAtStart } from './tidy';
import { enableGroupCommit } from './write-gate';
import { registerTransfer } from './transfer';
import { type AppRouter, appRouter } from './routers';

export interface AppOptions {
  db: Db;
  secureCookies?: boolean;
  /** Fastify's trustProxy (config TRUST_PROXY): false unless a reverse proxy is configured. */
  trustProxy?: boolean | string;
  /** The built client (vite build output); served with an SPA fallback when present. */
  clientDir?: string;
  /** LOG_LEVEL/LOG_FORMAT; no logger when absent (tests). `logTo` replaces stdout (tests of the log). */
  log?: LogSettings;
  logTo?: { write(line: string): unknown };
  /** Where uploaded ledgers wait between upload and import (the data folder's `uploads/`). */
  uploadDir?: string;
  /** Where documents are kept by their hash (FILES_DIR, default the data folder's `files/`). */
  filesDir?: string;
  /**
   * Whether to clear what an earlier run left half done (true by default). A cluster's workers do not:
   * the primary did before they started, and a worker started again must not touch its siblings' work.
   */
  tidy?: boolean;
  /** In a cluster, where ledger imports are served (decision 135): forwarded there, or served here. */
  imports?: ImportRouting;
}

export async function buildApp(opts: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: opts.log ? loggerOptions(opts.log, opts.logTo) : false,
    logController: new QuietRequests(),
    trustProxy: opts.trustProxy ?? false,
    bodyLimit: 1024 * 1024,
    routerOptions: { maxParamLength: 5000 },
  });
  // First of all hooks: a request another worker serves goes there before anything runs here.
  if (opts.imports) forwardImports(app, opts.imports);
  await app.register(fastifyCookie);
  registerSecurity(app);
  await registerTransfer(app, opts.db);
  // A turn's writes commit together (decision 136). A group that failed may have been read meanwhile:
  // the kept answers go. Once the server closes, writes commit on return again.
  const ungroup = enableGroupCommit(opts.db, (err) => {
    app.answerCache.clear();
    app.log.error({ err }, 'a grouped commit failed: its writes were answered with an error');
  });
  app.addHook('onClose', (_app, done) => {
    ungroup();
    done();
  });

  app.get('/healthz', () => {
    opts.db.$client.prepare('select 1').get();
    return { status: 'ok' };
  });

  await app.register(fastifyTRPCPlugin, {
    prefix: '/trpc',
    trpcOptions: {
      router: appRouter,
      maxBatchSize: 20,
      createContext: contextFactory(opts.db, opts.secureCookies ?? false),
      onError({ error, path }) {
        if (error.code === 'INTERNAL_SERVER_ERROR')
          app.log.error({ err: error, path }, 'tRPC internal error');
      },
    } satisfies FastifyTRPCPluginOptions<AppRouter>['trpcOptions'],
  });

  if (opts.uploadDir) configureUploads(opts.uploadDir);
  if (opts.filesDir) configureFiles(opts.filesDir);
  if (opts.tidy !== false) tidyAtStart(opts.db, opts, app.log);
  await ledgerRoutes(app, { db: opts.db });
  await documentRoutes(app, { db: opts.db });
  problemRoutes(app, { db: opts.db });
  eventRoutes(app, { db: opts.db });
  reportRoutes(app, { db: opts.db });

  await serveClient(app, opts.clientDir);
  return app;
}
