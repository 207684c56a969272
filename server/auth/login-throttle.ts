import { appErrorWith } from '../errors';
import { askPrimary, inCluster, tellPrimary } from '../cluster/messages';

/**
 * Guessing passwords (issue 11, OWASP ASVS V2.2 anti-automation): every attempt is counted *before*
 * the password is checked, so a parallel burst gets no more tries than the limit. Failures count per
 * account-and-address pair, per address, and (a larger allowance) per account; the per-account limit
 * does not apply from an address the person has signed in from before, so someone guessing from
 * elsewhere cannot lock the real person out. Successful logins are limited per account too.
 */
export interface ThrottleLimits {
  pair: number;
  account: number;
  address: number;
  successes: number;
  windowMs: number;
}

const envNumber = (name: string, fallback: number) => {
  const value = Number(process.env[name]);
  return Number.isFinite(value) && value > 0 ? value : fallback;
};

export function limitsFromEnv(): ThrottleLimits {
  return {
    pair: envNumber('LOGIN_MAX_PER_PAIR', 10),
    account: envNumber('LOGIN_MAX_PER_ACCOUNT', 50),
    address: envNumber('LOGIN_MAX_PER_ADDRESS', 100),
    successes: envNumber('LOGIN_MAX_SUCCESS_PER_ACCOUNT', 20),
    windowMs: 15 * 60_000,
  };
}

const MAX_KEYS = 50_000;

export interface Attempt {
  /** The password was right: the attempt no longer counts as a failure, and the address is known. */
  succeeded(): void;
}

export class LoginThrottle {
  private counts = new Map<string, { n: number; resetAt: number }>();
  private known = new Set<string>();

  constructor(readonly limits: ThrottleLimits) {}

  private count(key: string, now: number): number {
    const c = this.counts.get(key);
    return c && c.resetAt > now ? c.n : 0;
  }

  private add(key: string, delta: number, now: number): void {
    const c = this.counts.get(key);
    if (c && c.resetAt > now) c.n = Math.max(0, c.n + delta);
    else if (delta > 0) this.counts.set(key, { n: delta, resetAt: now + this.limits.windowMs });
    if (this.counts.size > MAX_KEYS)
      for (const [k, v] of this.counts) if (v.resetAt <= now) this.counts.delete(k);
  }

  private retryMs(keys: string[], now: number): number {
    return Math.max(...keys.map((k) => (this.counts.get(k)?.resetAt ?? now) - now), 1000);
  }

  /** Takes one attempt, or says how long to wait (ms) when a limit is reached. */
  begin(account: string, address: string, now: number): { retryMs: number } | null {
    const { pair, acct, addr, ok } = keysOf(account, address);
    const full: string[] = [];
    if (this.count(addr, now) >= this.limits.address) full.push(addr);
    if (this.count(pair, now) >= this.limits.pair) full.push(pair);
    if (this.count(acct, now) >= this.limits.account && !this.known.has(pair)) full.push(acct);
    if (this.count(ok, now) >= this.limits.successes) full.push(ok);
    if (full.length) return { retryMs: this.retryMs(full, now) };
    for (const k of [pair, acct, addr]) this.add(k, 1, now);
    return null;
  }

  /** The attempt begun at `now` had the right password: it no longer counts, and the address is known. */
  succeeded(account: string, address: string, now: number): void {
    const { pair, acct, addr, ok } = keysOf(account, address);
    for (const k of [pair, acct, addr]) this.add(k, -1, now);
    this.add(ok, 1, now);
    this.known.add(pair);
    if (this.known.size > MAX_KEYS) this.known.delete(this.known.values().next().value as string);
  }
}

function keysOf(account: string, address: string) {
  const name = account.trim().toLowerCase();
  return { pair: `pair:${name}|${address}`, acct: `acct:${name}`, addr: `addr:${address}`, ok: `ok:${name}` };
}

let throttle = new LoginThrottle(limitsFromEnv());

/**
 * The throttle of this process; `resetLoginThrottle` (app start, tests) starts it afresh. In a cluster
 * the primary's throttle counts for every worker (decision 135).
 */
export const loginThrottle = (): LoginThrottle => throttle;
export function resetLoginThrottle(limits: Partial<ThrottleLimits> = {}): void {
  throttle = new LoginThrottle({ ...limitsFromEnv(), ...limits });
}

/** Takes a password attempt for `account` from `address`, or refuses with 登录尝试过于频繁 (429). */
export async function takeAttempt(account: string, from: string | undefined, now: number): Promise<Attempt> {
  const address = from ?? 'unknown';
  const refused = inCluster()
    ? await askPrimary<{ retryMs: number } | null>({ kind: 'throttle.begin', account, address, now })
    : throttle.begin(account, address, now);
  if (refused)
    throw appErrorWith('TOO_MANY_REQUESTS', 'loginThrottled', {
      minutes: Math.max(1, Math.ceil(refused.retryMs / 60_000)),
    });
  return {
    succeeded: () =>
      inCluster()
        ? tellPrimary({ type: 'throttle.succeeded', account, address, now })
        : throttle.succeeded(account, address, now),
  };
}
