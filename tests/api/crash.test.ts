import { expect, it } from 'vitest';
import { runCrashTest } from '../crash/crash';

/** The short run of the crash test (the long one is `npm run test:crash`, 200 kills). */
it('survives 5 SIGKILLs during concurrent writes with nothing lost or torn', async () => {
  const result = await runCrashTest({ kills: 5 });
  expect(result.problems).toEqual([]);
  expect(result.survived).toBe(5);
  expect(result.acknowledged.projects).toBeGreaterThan(0);
}, 180_000);
