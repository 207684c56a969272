import { expect, login, test } from './support/fixtures';

test('挂图作战: held and dropped projects are off the chart, folded below with their reason', async ({
  page,
}) => {
  await login(page, 'leader');
  await page.goto('/major');
  await expect(page.getByTestId('major-row').first()).toBeVisible();
  const held = page.getByTestId('major-held');
  // Closed by default: the list is there, its rows are not shown until opened.
  await expect(held).toHaveJSProperty('open', false);
  await expect(held).toContainText('暂缓及终止的重大项目');
  const first = held.getByTestId('major-held-row').first();
  await expect(first).toBeHidden();
  await held.locator('summary').click();
  await expect(first).toBeVisible();
  await expect(first.getByTestId('major-held-reason')).not.toBeEmpty();
  await expect(held.getByTestId('major-held-row').filter({ hasText: '暂缓' }).first()).toBeVisible();
  const heldNames = await held.getByTestId('major-held-row').locator('a').allTextContents();
  const chartNames = await page.getByTestId('major-row').locator('td:first-child a').allTextContents();
  expect(heldNames.length).toBeGreaterThan(0);
  expect(chartNames.filter((n) => heldNames.includes(n))).toEqual([]);
});

test('挂图作战 prints on A3 landscape: title with the date, no navigation or buttons, every milestone with its dates', async ({
  page,
}) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  // A3 landscape at 96 dpi, inside 8 mm margins.
  await page.setViewportSize({ width: 1527, height: 1062 });
  await login(page, 'admin');
  await page.goto('/major');
  const row = page
    .getByTestId('major-row')
    .filter({ has: page.getByTestId('milestone-bar') })
    .first();
  await expect(row).toBeVisible();
  const milestones = await row.getByTestId('milestone-bar').count();
  expect(milestones).toBeGreaterThan(1);
  // On screen the dated list is folded into the bars' tooltips.
  await expect(row.getByTestId('major-ms-list')).toBeHidden();

  await page.emulateMedia({ media: 'print' });
  await expect(page.getByTestId('major-title')).toHaveText(/重大项目挂图作战\s*\d{4}年\d{1,2}月\d{1,2}日/);
  for (const hidden of [
    page.getByRole('link', { name: '项目看板' }),
    page.getByRole('button', { name: '导出 Excel' }),
    page.getByRole('button', { name: '打印 A3 挂图' }),
    page.getByRole('combobox').first(),
    page.getByTestId('major-held'),
  ])
    await expect(hidden).toBeHidden();
  // Every milestone of the row, numbered, with its planned date (and actual date when done).
  const listed = row.getByTestId('major-ms');
  await expect(listed).toHaveCount(milestones);
  for (const item of await listed.all()) {
    await expect(item).toBeVisible();
    await expect(item).toContainText(/计\d{2}-\d{2}-\d{2}/);
  }
  await expect(row.getByTestId('schedule-light')).toContainText(/[▲◆●]\s*[红黄绿]灯/);
  await expect(row.getByTestId('major-pro-rata')).toContainText(/%\s*应完成 \d+ · 已完成 \d+/);
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBe(0);
  await page.screenshot({ path: 'test-results/major-a3.png' });

  // The PDF the browser's 打印 / 另存为 PDF gives: A3 landscape pages (1190.55 × 841.89 pt).
  const pdf = (await page.pdf({ preferCSSPageSize: true, printBackground: true })).toString('latin1');
  const box = /\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/.exec(pdf);
  expect(box).not.toBeNull();
  expect(Math.round(Number(box![1]))).toBe(1191);
  expect(Math.round(Number(box![2]))).toBe(842);
  expect(errors).toEqual([]);
});
