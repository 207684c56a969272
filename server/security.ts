import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import helmet from 'helmet';
import { resetLoginThrottle } from './auth/login-throttle';

/**
 * Request hardening (issue 6), registered from buildApp before any route:
 * - security headers with a content security policy the built client passes (inline style attributes
 *   and sonner's injected <style> need style-src 'unsafe-inline'; scripts only from 'self');
 * - a mutation (any method but GET/HEAD/OPTIONS) must come from this origin: a same-origin `Origin`
 *   header or `Sec-Fetch-Site: same-origin`, and a tRPC POST must carry a JSON body, so no cross-site
 *   form or simple request can change data;
 * - logins sent alone (the throttle itself is in server/auth/login-throttle.ts);
 * - `Cache-Control: no-store` on every API answer;
 * - error responses never carry a stack trace, SQL or an internal message.
 */
export interface SecurityOptions {
  /** Login attempts allowed per account and per address within `loginWindowMs`. */
  loginPerAccount?: number;
  loginPerAddress?: number;
  loginWindowMs?: number;
}

export const LOGIN_PATH = 'auth.login';
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export const CONTENT_SECURITY_POLICY = {
  defaultSrc: ["'self'"],
  baseUri: ["'self'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'", "'unsafe-inline'"],
  imgSrc: ["'self'", 'data:'],
  fontSrc: ["'self'", 'data:'],
  connectSrc: ["'self'"],
  objectSrc: ["'none'"],
  frameAncestors: ["'none'"],
  formAction: ["'self'"],
  upgradeInsecureRequests: null,
};

/**
 * True when the request says it comes from a page of this very origin. The host is fastify's
 * `req.host`: the Host header, or X-Forwarded-Host when the request came through a trusted proxy.
 */
export function isSameOrigin(req: FastifyRequest): boolean {
  const origin = req.headers.origin;
  if (origin !== undefined && origin !== 'null') {
    try {
      return new URL(origin).host === req.host;
    } catch {
      return false;
    }
  }
  return req.headers['sec-fetch-site'] === 'same-origin';
}

/** The tRPC procedure paths of a request URL: '/trpc/a.b,c.d?batch=1' → ['a.b', 'c.d']. */
export function trpcPaths(url: string): string[] {
  if (!url.startsWith('/trpc/')) return [];
  const path = url.slice('/trpc/'.length).split('?')[0] ?? '';
  return decodeURIComponent(path).split(',').filter(Boolean);
}

/** A tRPC-shaped error body, so the tRPC client shows `message` as it shows any other error. */
export function errorBody(req: Pick<FastifyRequest, 'url'>, status: number, code: string, message: string) {
  return req.url.startsWith('/trpc/') ? trpcErrorBody(req, message, code, status) : { error: code, message };
}

function trpcErrorBody(req: Pick<FastifyRequest, 'url'>, message: string, code: string, httpStatus: number) {
  const rpcCodes: Record<string, number> = {
    FORBIDDEN: -32003,
    TOO_MANY_REQUESTS: -32029,
    BAD_REQUEST: -32600,
    PAYLOAD_TOO_LARGE: -32013,
    INTERNAL_SERVER_ERROR: -32603,
    SERVICE_UNAVAILABLE: -32603,
    UNSUPPORTED_MEDIA_TYPE: -32015,
  };
  const one = (path: string | undefined) => ({
    error: { message, code: rpcCodes[code] ?? -32603, data: { code, httpStatus, path, fieldErrors: null } },
  });
  const paths = trpcPaths(req.url);
  const batched = /[?&]batch=1/.test(req.url);
  return batched ? (paths.length ? paths : [undefined]).map(one) : one(paths[0]);
}

function refuse(req: FastifyRequest, reply: FastifyReply, status: number, code: string, message: string) {
  const body = errorBody(req, status, code, message);
  return reply.code(status).type('application/json; charset=utf-8').send(body);
}

const httpCode = (status: number): string =>
  ({
    400: 'BAD_REQUEST',
    401: 'UNAUTHORIZED',
    403: 'FORBIDDEN',
    404: 'NOT_FOUND',
    413: 'PAYLOAD_TOO_LARGE',
    415: 'UNSUPPORTED_MEDIA_TYPE',
    429: 'TOO_MANY_REQUESTS',
  })[status] ?? (status >= 500 ? 'INTERNAL_SERVER_ERROR' : 'BAD_REQUEST');

export function registerSecurity(app: FastifyInstance, opts: SecurityOptions = {}): void {
  // Built once: @fastify/helmet built helmet's middleware again on every request (87 µs, parsing the
  // policy each time); helmet itself computes the headers when it is made.
  const securityHeaders = helmet({
    contentSecurityPolicy: { useDefaults: false, directives: CONTENT_SECURITY_POLICY },
    // The SPA loads nothing cross-origin; keep the embedder policy off so data: images and fonts work everywhere.
    crossOriginEmbedderPolicy: false,
    // HSTS only makes sense over HTTPS, which a proxy in front decides; it does no harm on http.
    strictTransportSecurity: { maxAge: 15552000, includeSubDomains: false },
  });
  app.addHook('onRequest', (req, reply, done) =>
    securityHeaders(req.raw, reply.raw, (err?: unknown) => done(err as Error | undefined)),
  );

  app.addHook('onRequest', async (req, reply) => {
    if (SAFE_METHODS.has(req.method)) return;
    if (!isSameOrigin(req)) {
      return refuse(req, reply, 403, 'FORBIDDEN', '请求来源不被允许');
    }
    if (req.url.startsWith('/trpc/')) {
      const type = (req.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase();
      if (type !== 'application/json')
        return refuse(req, reply, 415, 'UNSUPPORTED_MEDIA_TYPE', '请求格式须为 JSON');
    }
  });

  // Login attempts are counted inside the login itself (server/auth/login-throttle.ts), before the
  // password is checked. A login must travel alone, so a batch cannot try many passwords for one.
  resetLoginThrottle({
    ...(opts.loginPerAccount ? { account: opts.loginPerAccount } : {}),
    ...(opts.loginPerAddress ? { address: opts.loginPerAddress } : {}),
    ...(opts.loginWindowMs ? { windowMs: opts.loginWindowMs } : {}),
  });
  const isLogin = (req: FastifyRequest) => req.method === 'POST' && trpcPaths(req.url).includes(LOGIN_PATH);
  app.addHook('preHandler', async (req, reply) => {
    if (isLogin(req) && trpcPaths(req.url).length > 1)
      return refuse(req, reply, 400, 'BAD_REQUEST', '登录请求须单独发送');
  });
  // API answers carry personal data: no browser or proxy may keep them (issue 11).
  app.addHook('onSend', async (req, reply) => {
    if (req.url.startsWith('/trpc/') || req.url.startsWith('/api/'))
      void reply.header('cache-control', 'no-store');
  });

  app.setErrorHandler((error: FastifyError, req, reply) => {
    const status = error.statusCode && error.statusCode >= 400 ? error.statusCode : 500;
    if (status >= 500) req.log.error({ err: error }, 'request failed');
    // 4xx messages from fastify and the plugins are about the request (bad JSON, too large, throttled);
    // anything else is an internal fault whose text stays in the log.
    const message = status >= 500 ? '服务器内部错误' : status === 413 ? '请求内容过大' : error.message;
    return refuse(req, reply, status, httpCode(status), message);
  });
}
