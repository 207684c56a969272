import type { Locator, Page } from '@playwright/test';
import { expect, test } from './support/fixtures';

/**
 * A keyboard-only journey (issue 20): sign in, pick a card up with Space, move it one column with the
 * arrow key, drop it, fill the gate dialog with Tab and typing, save. Dialogs keep focus inside, Escape
 * closes them and focus comes back; what has focus is visibly outlined; every page has its landmarks.
 */

/** Presses Tab until `target` has focus, as a person would; fails if it is not reached. */
async function tabTo(page: Page, target: Locator, max = 40) {
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  await expect(target).toBeFocused();
}

/** The focused element draws an outline or a ring (box-shadow) a person can see. */
async function expectVisibleFocus(page: Page) {
  const style = await page.evaluate(() => {
    const s = getComputedStyle(document.activeElement!);
    return { outline: s.outlineStyle, width: s.outlineWidth, shadow: s.boxShadow };
  });
  expect(
    (style.outline !== 'none' && style.width !== '0px') || style.shadow !== 'none',
    JSON.stringify(style),
  ).toBe(true);
}

async function expectLandmarks(page: Page) {
  await expect(page.getByRole('banner')).toHaveCount(1);
  await expect(page.getByRole('main')).toHaveCount(1);
  await expect(page.getByRole('navigation').first()).toBeAttached();
  await expect(page.getByRole('main').getByRole('heading', { level: 1 }).first()).toBeVisible();
}

test('a card moves, its gate dialog is filled and saved with the keyboard alone', async ({ page }) => {
  await page.goto('/login');
  await expect(page.getByLabel('用户名', { exact: true })).toBeFocused(); // as the page opens
  await page.keyboard.type('admin');
  await page.keyboard.press('Tab');
  await page.keyboard.type('demo2026');
  await page.keyboard.press('Enter');
  await page.waitForURL((url) => !url.pathname.startsWith('/login'));
  await expectLandmarks(page);

  // The first nav link is reached by Tab and outlined.
  await tabTo(page, page.getByRole('navigation').getByRole('link').first());
  await expectVisibleFocus(page);

  const negotiating = page.getByTestId('column-negotiating');
  const introduced = page.getByTestId('column-introduced');
  const card = negotiating.getByTestId('card').first();
  const name = (await card.locator('h3').textContent())!;
  await tabTo(page, card.getByRole('link').first(), 80);
  await expectVisibleFocus(page);

  // dnd-kit's keyboard sensor; its live region says where the card is, in the UI language.
  const live = page.locator('[id^="DndLiveRegion"]');
  await page.keyboard.press('Space');
  await expect(live).toContainText('位于洽谈上方');
  await page.keyboard.press('ArrowRight');
  await expect(live).toContainText('位于引进上方');
  await page.keyboard.press('Space');
  const dialog = page.getByRole('dialog');
  await expect(dialog).toContainText('移至引进');
  // Focus is inside the dialog and stays there however far one tabs.
  for (let i = 0; i < 15; i++) {
    expect(
      await dialog.evaluate((d) => d.contains(document.activeElement)),
      `${i}: ${await page.evaluate(() => document.activeElement?.outerHTML.slice(0, 120))}`,
    ).toBe(true);
    await page.keyboard.press('Tab');
  }

  await tabTo(page, dialog.getByLabel('签约日期', { exact: true }));
  await expectVisibleFocus(page);
  // A date field types in segments in the browser's own order: the system Chromium lays it out as
  // mm/dd/yyyy whatever the page's language; each full segment moves on to the next.
  await page.keyboard.type('11202026');
  await expect(dialog.getByLabel('签约日期', { exact: true })).toHaveValue('2026-11-20');
  await tabTo(page, dialog.getByLabel('协议投资（万元）', { exact: true }));
  await page.keyboard.type('3200');
  await tabTo(page, dialog.getByLabel('协议类型', { exact: true }));
  await page.keyboard.press('ArrowDown');
  await expect(dialog.getByLabel('协议类型', { exact: true })).not.toHaveValue('');
  await tabTo(page, dialog.getByRole('button', { name: '确认移动' }));
  await expectVisibleFocus(page);
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  await expect(introduced.getByTestId('card').filter({ hasText: name })).toBeVisible();

  // On the project page: Escape closes the edit dialog and focus returns to 编辑.
  await introduced.getByTestId('card').filter({ hasText: name }).getByRole('link').first().focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  await expectLandmarks(page);
  const edit = page.getByRole('button', { name: '编辑', exact: true });
  await tabTo(page, edit, 60);
  await page.keyboard.press('Enter');
  await expect(dialog).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(edit).toBeFocused();
});

test('every page has a banner, navigation, main and a first-level heading', async ({ page, loginAs }) => {
  test.setTimeout(60_000);
  await loginAs('admin');
  for (const path of [
    '/',
    '/review',
    '/reports',
    '/major',
    '/problems',
    '/desk',
    '/ledger/import',
    '/admin/users',
    '/account/password',
    '/projects/off-funnel',
  ]) {
    await page.goto(path);
    await expectLandmarks(page);
  }
});
