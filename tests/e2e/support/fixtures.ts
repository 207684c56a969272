import { test as base, expect, type Locator, type Page } from '@playwright/test';

/** The demo accounts created when DEMO_DATA is on (see db/seed/demo.ts); all share one password. */
export const DEMO_USERS = { admin: 'admin', leader: 'leader', staff: 'staff' } as const;
export type DemoRole = keyof typeof DEMO_USERS;
export const DEMO_PASSWORD = 'demo2026';

/** Signs in through the login page as a demo account and waits until the app has left /login. */
export async function login(page: Page, role: DemoRole): Promise<void> {
  await page.goto('/login');
  await page.getByLabel('用户名', { exact: true }).fill(DEMO_USERS[role]);
  await page.getByLabel('密码', { exact: true }).fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: '登录', exact: true }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/login'));
}

interface Fixtures {
  /** `await loginAs('staff')`: the same as `login(page, 'staff')` on the test's page. */
  loginAs: (role: DemoRole) => Promise<void>;
}

export const test = base.extend<Fixtures>({
  // (The fixture callback is named `provide`, not `use`: the React hooks lint rule reads `use` as a hook.)
  loginAs: async ({ page }, provide) => {
    await provide((role) => login(page, role));
  },
});

export { expect };

/** Chooses an owner on the board and waits until the cards shown are that filter's, not the last one's. */
export async function filterByOwner(page: Page, name: string): Promise<void> {
  const before = page.url();
  await page.getByLabel('招商责任人（A岗）', { exact: true }).selectOption({ label: name });
  // The filter is the URL's: once it changed, the board shows the new filter's cards or is busy.
  await expect(page).not.toHaveURL(before);
  await expect(page.getByTestId('board')).toHaveAttribute('aria-busy', 'false');
}

/**
 * Types into the board's search box and waits until the board shows that search: the box updates the URL
 * after a pause, and a click in between would meet the last search's cards (or be overtaken by the update).
 */
export async function searchBoard(page: Page, text: string): Promise<void> {
  await page.getByPlaceholder('搜索项目、投资方、主体或联系人').fill(text);
  await expect(page).toHaveURL((url) => url.searchParams.get('q') === text);
  await expect(page.getByTestId('board')).toHaveAttribute('aria-busy', 'false');
}

/** Drags with real pointer events in small steps, as a person does (dnd-kit needs movement to start). */
export async function drag(page: Page, from: Locator, to: Locator): Promise<void> {
  const a = (await from.boundingBox())!;
  const b = (await to.boundingBox())!;
  await page.mouse.move(a.x + a.width / 2, a.y + 20);
  await page.mouse.down();
  await page.mouse.move(a.x + a.width / 2 + 10, a.y + 30, { steps: 3 });
  await page.mouse.move(b.x + b.width / 2, b.y + 120, { steps: 12 });
  await page.mouse.up();
}
