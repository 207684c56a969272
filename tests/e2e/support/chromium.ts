import { existsSync } from 'node:fs';

/**
 * The system Chromium (Debian's package), used by the e2e tests and the browser benchmark: npm tools
 * cannot download browsers here. CHROMIUM_PATH overrides the default location.
 */
export const DEFAULT_CHROMIUM_PATH = '/usr/bin/chromium';

export function chromiumPath(env: NodeJS.ProcessEnv = process.env): string {
  return env.CHROMIUM_PATH || DEFAULT_CHROMIUM_PATH;
}

/** The resolved path, or a clear error telling how to get a browser. */
export function requireChromium(env: NodeJS.ProcessEnv = process.env): string {
  const path = chromiumPath(env);
  if (!existsSync(path)) {
    throw new Error(
      `Chromium not found at ${path}: install it with \`apt-get install chromium\` or set CHROMIUM_PATH to a Chromium/Chrome executable`,
    );
  }
  return path;
}

/**
 * Headless flags for a root user on a machine without outside network: no sandbox (root), no GPU, and
 * none of Chromium's own background connections (they are refused here and only add noise).
 */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
];
