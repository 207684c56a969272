import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { type DemoRole, expect, login, test } from './support/fixtures';

/**
 * WCAG 2.1 A/AA as axe-core checks it (issue 20): every page a person can reach, as admin, leader and
 * staff, in Chinese and in English, has no serious or critical violation. One sign-in per role and
 * language; each page is checked once it has drawn (its heading, no loading placeholder).
 */
const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

async function violations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).withTags(WCAG_21_AA).analyze();
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id} ×${v.nodes.length}: ${v.nodes
          .slice(0, 4)
          .map((n) => `${n.target.join(' ')} — ${n.failureSummary?.split('\n')[1]?.trim() ?? ''}`)
          .join(' | ')}`,
    );
}

async function check(page: Page, path: string) {
  await page.goto(path);
  await expect(page.locator('main h1').first()).toBeVisible({ timeout: 15_000 });
  await expect(page.locator('main [role="status"]').filter({ hasText: /加载中|Loading/ })).toHaveCount(0, {
    timeout: 15_000,
  });
  expect.soft(await violations(page), `axe on ${path}`).toEqual([]);
}

/** Pages every role reads; the admin sees them with every control, the others with what they may do. */
const EVERYONE = ['/major', '/problems', '/account/password'];
const PAGES: Record<DemoRole, string[]> = {
  admin: [
    '/',
    ...EVERYONE,
    '/review',
    '/reports',
    '/problems?view=tally&by=month',
    '/projects/off-funnel',
    '/projects/pending',
    '/desk',
    '/ledger/import',
    '/targets',
    '/schedules/templates',
    '/coordination',
    '/admin/users',
    '/admin/audit',
    '/admin/settings',
  ],
  leader: ['/desk', '/board', ...EVERYONE],
  staff: ['/', ...EVERYONE, '/ledger/import'],
};

for (const role of ['admin', 'leader', 'staff'] as const)
  for (const lang of ['zh-CN', 'en'] as const)
    test(`axe finds no serious violation on ${role}'s pages (${lang})`, async ({ page }) => {
      test.setTimeout(180_000);
      await login(page, role);
      if (lang === 'en') await page.evaluate(() => localStorage.setItem('lang', 'en'));
      // A project page: the first card on the board, which every role may read.
      await page.goto(role === 'leader' ? '/board' : '/');
      const card = page.getByTestId('column-started').getByTestId('card').first().getByRole('link').first();
      const project = (await card.getAttribute('href'))!;
      for (const path of [...PAGES[role], project]) await check(page, path);
      await page.evaluate(() => localStorage.removeItem('lang'));
    });

test('axe finds no serious violation on the login page', async ({ page }) => {
  for (const lang of ['zh-CN', 'en']) {
    await page.goto('/login');
    await page.evaluate((lang) => localStorage.setItem('lang', lang), lang);
    await page.reload();
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    expect.soft(await violations(page), `axe on /login (${lang})`).toEqual([]);
  }
});
