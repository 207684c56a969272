import { createServer } from 'node:net';
import { expect, it } from 'vitest';
import { runCrashTest } from '../crash/crash';

/** A port nobody listens on now, so two checkouts can run the suite at once. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** The short run of the crash test (the long one is `npm run test:crash`, 200 kills). */
it('survives 5 SIGKILLs during concurrent writes with nothing lost or torn', async () => {
  const result = await runCrashTest({ kills: 5, port: await freePort() });
  expect(result.problems).toEqual([]);
  expect(result.survived).toBe(5);
  expect(result.acknowledged.projects).toBeGreaterThan(0);
}, 180_000);
