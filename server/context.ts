import type { CreateFastifyContextOptions } from '@trpc/server/adapters/fastify';
import type { Db } from '../db/client';
import { SESSION_COOKIE, type SessionUser, userForSession } from './auth/sessions';

/** What a procedure may do to the HTTP response: only the session cookie. Absent in tests. */
export interface SessionCookie {
  set(token: string, expiresAt: number): void;
  clear(): void;
  token: string | undefined;
}

export interface ContextInner {
  db: Db;
  user: SessionUser | null;
  cookie?: SessionCookie;
  ip?: string;
  /** The clock, injectable so tests and the demo agree on "today". */
  now: () => number;
}

export function createContextInner(opts: {
  db: Db;
  user?: SessionUser | null;
  cookie?: SessionCookie;
  ip?: string;
  now?: () => number;
}): ContextInner {
  return {
    db: opts.db,
    user: opts.user ?? null,
    cookie: opts.cookie,
    ip: opts.ip,
    now: opts.now ?? Date.now,
  };
}

export function contextFactory(db: Db, secureCookies: boolean) {
  return ({ req, res }: CreateFastifyContextOptions): ContextInner => {
    const token = req.cookies[SESSION_COOKIE];
    const cookie: SessionCookie = {
      token,
      set(value, expiresAt) {
        void res.setCookie(SESSION_COOKIE, value, {
          path: '/',
          httpOnly: true,
          sameSite: 'lax',
          secure: secureCookies,
          expires: new Date(expiresAt),
        });
      },
      clear() {
        void res.clearCookie(SESSION_COOKIE, { path: '/' });
      },
    };
    return createContextInner({ db, user: userForSession(db, token), cookie, ip: req.ip });
  };
}

export type Context = ContextInner;
