// Builds what is stale: the client (vite, dist/client) and the server (esbuild, dist/server), each
// only when the sources it is made from changed since its last build (decision 130). Plain JavaScript,
// so `npm start` needs no TypeScript loader.
//
//   node scripts/build.mjs            build both, whether stale or not (`npm run build`)
//   node scripts/build.mjs --stale    build only what is stale
//   node scripts/build.mjs server     one part only (also with --stale)
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const DIST = join(ROOT, 'dist');
const STAMP = '.build-stamp';

/** What each part is made from: a change to any of these files makes the part stale. */
const COMMON = ['shared', 'package-lock.json', 'tsconfig.json', 'scripts/build.mjs'];
export const PARTS = {
  client: { out: join(DIST, 'client'), sources: ['client', 'vite.config.ts', ...COMMON], build: buildClient },
  server: { out: join(DIST, 'server'), sources: ['server', 'db', ...COMMON], build: buildServer },
};

function files(path) {
  if (!existsSync(path)) return [];
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name));
}

const sourceFiles = (part) => PARTS[part].sources.flatMap((s) => files(join(ROOT, s))).sort();

/** A hash of the part's source files, names and contents: mtimes lie after a copy or a checkout. */
export function fingerprint(part) {
  const hash = createHash('sha256');
  for (const file of sourceFiles(part))
    hash.update(relative(ROOT, file)).update('\0').update(readFileSync(file)).update('\0');
  return hash.digest('hex');
}

/**
 * A hash of the files' names, sizes and mtimes: when it equals the one recorded at the build, nothing
 * was touched and the contents need not be read (a quicker start); when it differs, the contents decide.
 */
function statPrint(part) {
  const hash = createHash('sha256');
  for (const file of sourceFiles(part)) {
    const { size, mtimeMs } = statSync(file);
    hash.update(`${relative(ROOT, file)}\0${size}\0${mtimeMs}\0`);
  }
  return hash.digest('hex');
}

function readStamp(part) {
  try {
    return JSON.parse(readFileSync(join(PARTS[part].out, STAMP), 'utf8'));
  } catch {
    return null;
  }
}

export function isStale(part) {
  const stamp = readStamp(part);
  if (!stamp) return true;
  const stat = statPrint(part);
  if (stamp.stat === stat) return false;
  if (stamp.contents !== fingerprint(part)) return true;
  writeStamp(PARTS[part].out, { ...stamp, stat }); // touched, not changed (a checkout): quick next time
  return false;
}

function writeStamp(dir, stamp) {
  writeFileSync(join(dir, STAMP), `${JSON.stringify(stamp)}\n`);
}

function buildClient(out) {
  const vite = join(dirname(createRequire(import.meta.url).resolve('vite/package.json')), 'bin', 'vite.js');
  execFileSync(process.execPath, [vite, 'build', '--logLevel', 'warn', '--outDir', out, '--emptyOutDir'], {
    cwd: ROOT,
    stdio: 'inherit',
  });
}

/**
 * Packages bundled with the server's own code, the rest load from node_modules. Each of these ships a
 * package.json of ~200 KB (an export per function) that Node 24 reads again for every file it loads
 * from the package: loaded from node_modules they were most of a start (decision 130).
 */
const BUNDLED = ['date-fns', '@date-fns/tz', 'drizzle-orm', 'zod'];

/**
 * The server bundled into ESM files (with BUNDLED; other dependencies stay in node_modules), plus the upload reader's
 * worker and the migrations, laid out so that the paths the code builds from import.meta.url hold.
 */
async function buildServer(out) {
  const { build, stop } = await import('esbuild');
  const { dependencies } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
  const common = {
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    external: Object.keys(dependencies).filter((name) => !BUNDLED.includes(name)),
    logLevel: 'warning',
    absWorkingDir: ROOT,
  };
  // Split into chunks beside main.js: a cluster's primary loads only what starting needs, and the app's
  // code (behind server/main.ts's dynamic import of ./serve) only in the workers that serve.
  await build({
    ...common,
    entryPoints: { main: 'server/main.ts' },
    outdir: out,
    splitting: true,
    chunkNames: '[name]-[hash]',
  });
  // server/services/ledger/read/in-worker.ts starts `new URL('./worker-boot.mjs', import.meta.url)`:
  // beside the bundle that is the worker itself, compiled (in the sources a tsx loader for worker.ts).
  await build({
    ...common,
    entryPoints: ['server/services/ledger/read/worker.ts'],
    outfile: join(out, 'worker-boot.mjs'),
  });
  // db/client.ts migrates from `migrations` beside itself.
  cpSync(join(ROOT, 'db', 'migrations'), join(out, 'migrations'), { recursive: true });
  stop(); // esbuild's service process would otherwise live as long as the server started after it
}

/** Builds one part into a fresh folder and swaps it in, so a running server never sees half a build. */
export async function buildPart(part) {
  const { out, build } = PARTS[part];
  // Taken before building: a file saved during the build makes the next start build again.
  const stamp = { contents: fingerprint(part), stat: statPrint(part) };
  const next = `${out}.next-${process.pid}`;
  rmSync(next, { recursive: true, force: true });
  await build(next);
  writeStamp(next, stamp);
  const old = `${out}.old-${process.pid}`;
  // Two builds at once (two test runs) may both get here with the same sources: the last one wins.
  if (existsSync(out)) tryRename(out, old);
  tryRename(next, out);
  for (const dir of [next, old]) rmSync(dir, { recursive: true, force: true });
}

function tryRename(from, to) {
  try {
    renameSync(from, to);
  } catch (error) {
    if (!['ENOENT', 'ENOTEMPTY', 'EEXIST'].includes(error.code)) throw error;
  }
}

/** Builds the stale parts among `parts`; returns the parts built. */
export async function buildStale(parts = Object.keys(PARTS)) {
  const stale = parts.filter(isStale);
  for (const part of stale) await buildPart(part);
  return stale;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const named = args.filter((a) => a in PARTS);
  const parts = named.length ? named : Object.keys(PARTS);
  const started = performance.now();
  const built = args.includes('--stale') ? await buildStale(parts) : parts;
  if (!args.includes('--stale')) for (const part of parts) await buildPart(part);
  const took = ((performance.now() - started) / 1000).toFixed(1);
  console.log(
    built.length ? `built ${built.join(' and ')} in ${took} s` : `${parts.join(' and ')} up to date`,
  );
}
