import type { FastifyInstance } from 'fastify';
import type { Db } from '../../db/client';
import { parseCursor } from '../../shared/domain/live';
import { SESSION_COOKIE, sessionAlive } from '../auth/sessions';
import { routeUser } from '../http-access';
import { LiveHub } from '../live/hub';
import { inCluster, onPrimaryMessage, tellPrimary } from '../cluster/messages';

/** A comment line this often keeps proxies from cutting an idle stream; the session is checked with it. */
const heartbeatMs = () => {
  const ms = Number(process.env.LIVE_HEARTBEAT_MS);
  return ms > 0 ? ms : 25_000;
};
/** A stream whose reader falls this far behind is closed; the browser reconnects and resumes. */
const MAX_BUFFERED = 1024 * 1024;

/**
 * GET /api/events: the live stream (issue 18, decision 091) as server-sent events, behind the same door
 * as every route. Frames: `hello` (where the stream starts), `changes` (a LiveBatch), `reset` (missed
 * too much: refetch), `end` (the session is over). Each carries the cursor as its id, so the browser's
 * automatic reconnect resumes with Last-Event-ID and misses nothing.
 */
export function eventRoutes(app: FastifyInstance, opts: { db: Db; now?: () => number }): LiveHub {
  const { db } = opts;
  const now = opts.now ?? Date.now;
  const hub = new LiveHub(db);

  app.get('/api/events', (req, reply) => {
    const user = routeUser(db, req, reply, { path: '/api/events', now });
    if (!user) return reply;
    const token = req.cookies[SESSION_COOKIE];
    const since = parseCursor(
      (req.headers['last-event-id'] as string | undefined) ?? (req.query as { since?: string }).since,
    );
    reply.hijack();
    const raw = reply.raw;
    raw.writeHead(200, {
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-cache, no-transform',
      'x-accel-buffering': 'no',
      'x-content-type-options': 'nosniff',
      connection: 'keep-alive',
    });
    raw.socket?.setNoDelay(true);
    let open = true;
    const send = (text: string) => {
      if (!open) return false;
      raw.write(text);
      return raw.writableLength < MAX_BUFFERED;
    };
    const close = () => {
      if (!open) return;
      open = false;
      clearInterval(beat);
      unsubscribe();
      raw.end();
    };
    // Tell the browser how long to wait before reconnecting, then follow the hub.
    raw.write('retry: 2000\n\n');
    const unsubscribe = hub.subscribe({ user, send, close }, since);
    const beat = setInterval(() => {
      if (!sessionAlive(db, token, now())) {
        send('event: end\ndata: {}\n\n');
        close();
      } else if (!send(': heartbeat\n\n')) close();
    }, heartbeatMs());
    raw.on('close', close);
  });

  // A request that may have written: the hub reads the log at once instead of at its next poll, and
  // so do the other workers' hubs (decision 135).
  const pokeOthers = relayPokes(hub);
  app.addHook('onResponse', (req, _reply, done) => {
    if (req.method !== 'GET') {
      hub.poke();
      pokeOthers();
    }
    done();
  });
  app.addHook('preClose', (done) => {
    hub.closeAll();
    done();
  });
  return hub;
}

/**
 * In a cluster, a worker's possible write pokes the other workers' hubs through the primary (at most
 * once per turn of the event loop), and their pokes reach this one. Outside a cluster, nothing.
 */
function relayPokes(hub: LiveHub): () => void {
  if (!inCluster()) return () => {};
  onPrimaryMessage((message) => {
    if (message.type === 'poke') hub.poke();
  });
  let queued = false;
  return () => {
    if (queued) return;
    queued = true;
    setImmediate(() => {
      queued = false;
      tellPrimary({ type: 'poke' });
    });
  };
}
