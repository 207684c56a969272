import { execFileSync } from 'node:child_process';
import { createServer } from 'node:net';

/** A port nobody listens on now, so two runs of the suite can share a machine. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

/** freePort for a synchronous caller (playwright.config.ts is loaded synchronously). */
export function freePortSync(): number {
  const probe = `const s = require('node:net').createServer().listen(0, '127.0.0.1', () => {
    process.stdout.write(String(s.address().port)); s.close(); });`;
  return Number(execFileSync(process.execPath, ['-e', probe], { encoding: 'utf8' }));
}
