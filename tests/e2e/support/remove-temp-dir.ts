import { rmSync } from 'node:fs';

/** Playwright's global teardown: the run's private database folder goes (playwright.config.ts). */
export default function removeTempDir(): void {
  const dir = process.env.E2E_TEMP_DIR;
  if (dir) rmSync(dir, { recursive: true, force: true });
}
