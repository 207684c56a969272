import { ESLint, type Linter } from 'eslint';
import { fileURLToPath } from 'node:url';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';

// The configs are plain JavaScript (ESLint loads them as they are); a computed specifier keeps tsc out.
const load = (file: string) => import(`../../${file}`) as Promise<Record<string, unknown>>;
const config = (await load('eslint.config.js')).default as Linter.Config[];
const walls = (await load('eslint.walls.js')).walls as Linter.Config;

// Each case lints one import line as if it were written in `file`, with the walls `npm run lint` uses.
const root = fileURLToPath(new URL('../..', import.meta.url));
const eslint = new ESLint({
  cwd: root,
  overrideConfigFile: true,
  overrideConfig: [{ languageOptions: { parser: tseslint.parser } }, walls],
});

async function refused(file: string, code: string): Promise<boolean> {
  const [result] = await eslint.lintText(`${code}\n`, { filePath: `${root}${file}` });
  const messages = result?.messages ?? [];
  const other = messages.filter((m) => m.ruleId !== 'boundaries/dependencies');
  expect(other).toEqual([]);
  return messages.length > 0;
}

describe('the lint walls', () => {
  it('are part of npm run lint', () => {
    expect(config).toContain(walls);
  });

  it.each([
    ['client/lib/x.ts', "import { appRouter } from '../../server/routers';"],
    ['client/features/board/x.ts', "import type { Ctx } from '../../../server/context';"],
    ['client/app/x.tsx', "import { openDatabase } from '../../db/client';"],
  ])('client imports server only as the router type: %s %s', async (file, code) => {
    expect(await refused(file, code)).toBe(true);
  });

  it('client may import the router type', async () => {
    expect(await refused('client/lib/x.ts', "import type { AppRouter } from '../../server/routers';")).toBe(
      false,
    );
  });

  it('server never imports client', async () => {
    expect(await refused('server/services/x.ts', "import { zhCN } from '../../client/i18n/zh-CN';")).toBe(
      true,
    );
  });

  it('db never imports server', async () => {
    expect(await refused('db/seed/x.ts', "import { audit } from '../../server/audit';")).toBe(true);
    expect(await refused('db/seed/x.ts', "import { hashPassword } from '../password';")).toBe(false);
  });

  it.each([
    ["import { projects } from '../../db/schema';"],
    ["import { appRouter } from '../../server/routers';"],
    ["import { zhCN } from '../../client/i18n/zh-CN';"],
  ])('shared imports only shared: %s', async (code) => {
    expect(await refused('shared/domain/x.ts', code)).toBe(true);
  });

  it('shared may import shared', async () => {
    expect(await refused('shared/domain/x.ts', "import { domainZh } from '../labels/domain';")).toBe(false);
  });

  it('a feature imports another feature only through its index.ts', async () => {
    const file = 'client/features/board/x.tsx';
    expect(await refused(file, "import { LeaderLanes } from '../leaders/leader-lanes';")).toBe(true);
    expect(await refused(file, "import { LeaderLanes } from '../leaders';")).toBe(false);
    expect(await refused(file, "import { boardWithMove } from './board-cache';")).toBe(false);
  });

  it('only client/app composes: nothing imports it, and lib never imports a feature', async () => {
    expect(
      await refused('client/features/board/x.tsx', "import { AppRoutes } from '../../app/router';"),
    ).toBe(true);
    expect(await refused('client/lib/x.ts', "import { LeaderLanes } from '../features/leaders';")).toBe(true);
    expect(
      await refused('client/app/x.tsx', "import { BoardPage } from '../features/board/board-page';"),
    ).toBe(false);
  });
});
