import type { Db } from '../client';

/** Placeholder signature; the demo generator is being written (see issue 2). */
export async function seedDemo(_db: Db, _opts: { today: Date }): Promise<void> {
  await Promise.resolve();
  throw new Error('demo data generator not written yet');
}
