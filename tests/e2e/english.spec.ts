import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';

/**
 * The English UI has no Chinese left outside user data (decision 113): on every main page, no text
 * node and no title / placeholder / aria-label / alt holds a CJK character unless it sits inside an
 * element marked `data-user-text` (names, notes and other things people typed, shown as typed) or
 * with `lang="zh-CN"` (text that is Chinese on purpose, such as the language switch 中文).
 */
async function chineseLeftovers(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const cjk = /[\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef]/;
    const exempt = (el: Element | null) => !!el?.closest('[data-user-text], [lang^="zh"]');
    const where = (el: Element) =>
      `<${el.tagName.toLowerCase()}${el.id ? '#' + el.id : ''}${el.getAttribute('data-testid') ? ` [${el.getAttribute('data-testid')}]` : ''}>`;
    const found = new Set<string>();
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      const text = node.textContent ?? '';
      if (!parent || ['SCRIPT', 'STYLE'].includes(parent.tagName) || !cjk.test(text) || exempt(parent))
        continue;
      found.add(`${where(parent)} ${text.trim().slice(0, 80)}`);
    }
    for (const el of document.body.querySelectorAll('[title], [placeholder], [aria-label], [alt]')) {
      if (exempt(el)) continue;
      for (const name of ['title', 'placeholder', 'aria-label', 'alt']) {
        const value = el.getAttribute(name);
        if (value && cjk.test(value)) found.add(`${where(el)} @${name}=${value.slice(0, 80)}`);
      }
    }
    return [...found];
  });
}

/** Opens a page, waits until it has drawn (its heading, no loading placeholder) and checks it. */
async function expectEnglish(page: Page, path: string, ready?: () => Promise<void>) {
  await page.goto(path);
  await expect(page.locator('main h1').first()).toBeVisible({ timeout: 15_000 });
  await ready?.();
  await expect(page.getByText('Loading…')).toHaveCount(0);
  expect.soft(await chineseLeftovers(page), `Chinese on ${path}`).toEqual([]);
}

test.describe('English pages', () => {
  test.beforeEach(async ({ page, loginAs }) => {
    await loginAs('admin');
    await page.getByRole('button', { name: 'English' }).click();
    await expect(page.getByRole('heading', { name: 'Board', exact: true })).toBeVisible();
  });

  // Still to mark: the project page (stage history), /coordination (task-force members), /projects/off-funnel (reasons).
  test('every main page speaks English outside user data', async ({ page }) => {
    test.setTimeout(150_000);
    await expectEnglish(page, '/');
    await expectEnglish(page, '/review', () =>
      expect(page.getByTestId('funnel-table')).toBeVisible({ timeout: 15_000 }),
    );
    for (const path of [
      '/desk',
      '/major',
      '/problems',
      '/ledger/import',
      '/targets',
      '/admin/users',
      '/admin/audit',
      '/admin/settings',
      '/schedules/templates',
    ])
      await expectEnglish(page, path);
  });

  test('counts read in the singular and plural, months and amounts in English', async ({ page }) => {
    await expect(page.getByText(/\b1 days\b/)).toHaveCount(0);
    await expect(page.getByText(/\d+ active projects?, total [\d.,]+ × 100M yuan/)).toBeVisible();
    await page.goto('/major');
    await expect(page.getByText(/^(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)$/).first()).toBeVisible({
      timeout: 15_000,
    });
  });
});

test('the board tells screen readers how to drag in Chinese, and in English on the English page', async ({
  page,
  loginAs,
}) => {
  await loginAs('admin');
  const instructions = page.locator('[id^="DndDescribedBy"]');
  await expect(instructions).toHaveText(/拖动卡片/);
  const card = page.getByTestId('column-negotiating').getByTestId('card').first().getByRole('link').first();
  await card.focus();
  await page.keyboard.press('Space');
  const live = page.locator('[id^="DndLiveRegion"]');
  await expect(live).toContainText('位于洽谈上方');
  await page.keyboard.press('Escape');
  await expect(live).toContainText('已取消拖动');

  await page.getByRole('button', { name: 'English' }).click();
  await expect(instructions).toHaveText(/Drag a card/);
  await card.focus();
  await page.keyboard.press('Space');
  await expect(live).toContainText('is over Negotiating');
  await page.keyboard.press('Escape');
});
