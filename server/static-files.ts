import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import { existsSync } from 'node:fs';
import { join, sep } from 'node:path';

/** Built assets carry a content hash in their name (vite): they never change under that name. */
const IMMUTABLE = 'public, max-age=31536000, immutable';

/**
 * The built client as production servers serve it (issue 21): files precompressed at build time
 * (`.br`, `.gz` beside each, see vite.config.ts) sent to browsers that accept them; hashed assets cached
 * for a year, `index.html` revalidated on every load so an upgrade is seen at once; client-side routes
 * (/projects/12, /review/2026-W48 …) all load the single page. An asset that is not there (a page
 * from before an upgrade asking for an old chunk) is a 404, not the page: the browser's module load fails
 * as it should and the client reloads once (client/main.tsx), and nothing caches the miss.
 */
export async function serveClient(app: FastifyInstance, clientDir: string | undefined): Promise<void> {
  if (!clientDir || !existsSync(join(clientDir, 'index.html'))) return;
  const assets = `${join(clientDir, 'assets')}${sep}`;
  await app.register(fastifyStatic, {
    root: clientDir,
    wildcard: false,
    preCompressed: true,
    cacheControl: false,
    setHeaders: (reply, path) => {
      void reply.header('cache-control', path.startsWith(assets) ? IMMUTABLE : 'no-cache');
    },
  });
  app.setNotFoundHandler((req, reply) => {
    if (req.url.startsWith('/assets/'))
      return reply.code(404).header('cache-control', 'no-store').type('text/plain').send('Not Found');
    if (req.method !== 'GET' || req.url.startsWith('/trpc') || req.url.startsWith('/api/'))
      return reply.code(404).send({ error: 'Not Found' });
    return reply.header('cache-control', 'no-cache').sendFile('index.html');
  });
}
