// `npm start`: builds the client and the server only when their sources changed since the last build
// (or a build is missing), then runs the built server in this process (decision 130).
// `npm run serve` (--no-build) runs the last build as it is, e.g. after a restore.
import module from 'node:module';

// Node 22+ keeps the compiled code of the server and its packages on disk: most of a start is compiling.
const cache = module.enableCompileCache?.();
// The cluster's workers inherit it through the environment: enableCompileCache covers this process only.
if (cache?.directory) process.env.NODE_COMPILE_CACHE ??= cache.directory;

if (!process.argv.includes('--no-build')) {
  const { buildStale } = await import('./build.mjs');
  const started = performance.now();
  const built = await buildStale();
  if (built.length)
    console.log(`built ${built.join(' and ')} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}
await import('../dist/server/main.js');
