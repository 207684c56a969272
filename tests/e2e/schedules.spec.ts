import { samplePng } from '../../db/seed/sample-files';
import type { Page } from '@playwright/test';
import { expect, login, test } from './support/fixtures';

/** A Shanghai business date `days` from today, as the date inputs take it. */
function shanghaiDate(days: number): string {
  const d = new Date(Date.now() + 8 * 3_600_000 + days * 86_400_000);
  return d.toISOString().slice(0, 10);
}

/** Opens a signed demo major project that has no schedule yet, via the overview's 未编排 filter. */
async function openUnscheduledMajor(page: Page): Promise<string> {
  for (const stage of ['introduced', 'landed', 'started']) {
    await page.goto(`/major?light=none&stage=${stage}`);
    await expect(page.getByTestId('major-table').or(page.getByText('没有符合条件的重大项目'))).toBeVisible();
    const row = page.getByTestId('major-row').first();
    if (await row.count()) {
      const link = row.getByRole('link').first();
      const name = (await link.textContent()) ?? '';
      await link.click();
      await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
      return name;
    }
  }
  throw new Error('the demo has no signed major project without a schedule');
}

test('plan a major project backward from its template, record a late actual date, see the light turn and the overview list it', async ({
  page,
}) => {
  await login(page, 'admin');
  const name = await openUnscheduledMajor(page);
  const tab = page.getByTestId('schedule-tab');
  await expect(tab.getByText('该重大项目已签约，请编排倒排工期')).toBeVisible();

  // Plan backward from a target 200 days ahead with the building move-in template.
  await tab.getByRole('button', { name: '编排工期' }).click();
  await tab
    .getByLabel('模板')
    .selectOption({ label: '楼宇入驻类项目（签订协议 → 注册公司 → 装修设计 → 装修开工 → 入驻开业）' });
  await tab.getByLabel('目标日期').fill(shanghaiDate(200));
  await tab.getByRole('button', { name: '倒排生成' }).click();
  const rows = tab.getByTestId('editor-row');
  await expect(rows).toHaveCount(5);
  await expect(tab.getByLabel('入驻开业 计划日期')).toHaveValue(shanghaiDate(200));
  await expect(tab.getByLabel('装修开工 计划日期')).toHaveValue(shanghaiDate(110));

  // Adjust before saving: 装修设计 moves to the top and was due ten days ago.
  await tab.getByRole('button', { name: '上移 装修设计' }).click();
  await tab.getByRole('button', { name: '上移 装修设计' }).click();
  await tab.getByLabel('装修设计 计划日期').fill(shanghaiDate(-10));
  await tab.getByRole('button', { name: '保存工期' }).click();
  await expect(page.getByText('工期已保存')).toBeVisible();

  // Overdue milestone: the project is red; the timeline shows the plan with a today line.
  await expect(tab.getByTestId('schedule-light')).toHaveAttribute('data-light', 'red');
  await expect(tab.getByTestId('today-line').first()).toBeVisible();
  const design = tab.getByTestId('milestone-row').filter({ hasText: '装修设计' });
  await expect(design).toHaveAttribute('data-status', 'overdue');

  // A chase-up order for it: the form checks before the server, then the order can be closed.
  await design.getByRole('button', { name: '督办', exact: true }).click();
  const issue = page.getByRole('dialog');
  await issue.getByRole('button', { name: '下发督办单' }).click();
  await expect(issue.getByLabel('督办事项')).toHaveAttribute('aria-invalid', 'true');
  await issue.getByLabel('督办事项').fill('请于本周内完成装修设计');
  await issue.getByLabel('责任人').selectOption({ index: 1 });
  await issue.getByRole('button', { name: '下发督办单' }).click();
  await expect(page.getByText('督办单已下发')).toBeVisible();
  // The order carries its own scans (issue 17): 附件 opens its documents section.
  const order = tab.getByTestId('chase-ups').locator('li').filter({ hasText: '请于本周内完成装修设计' });
  await order.getByRole('button', { name: '附件' }).click();
  const attachments = order.getByTestId('attachments-chaseUp');
  await attachments
    .getByTestId('documents-input')
    .setInputFiles([{ name: '督办回复.png', mimeType: 'image/png', buffer: samplePng(200, 120) }]);
  await expect(attachments.getByTestId('document').filter({ hasText: '督办回复.png' })).toBeVisible();
  await tab.getByRole('button', { name: '办结' }).first().click();
  const closing = page.getByRole('dialog');
  await closing.getByRole('button', { name: '办结' }).click();
  await expect(closing.getByLabel('办理结果')).toHaveAttribute('aria-invalid', 'true');
  await closing.getByLabel('办理结果').fill('已完成');
  await closing.getByRole('button', { name: '办结' }).click();
  await expect(page.getByText('督办单已办结', { exact: true })).toBeVisible();

  // Record it as done today, ten days late: the light turns yellow.
  await tab.getByRole('button', { name: '记录实际 装修设计' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('实际完成日期').fill(shanghaiDate(0));
  await dialog.getByLabel('情况说明').fill('设计单位更换，延期完成');
  await dialog.getByRole('button', { name: '保存' }).click();
  await expect(page.getByText('已记录实际日期')).toBeVisible();
  await expect(design).toHaveAttribute('data-status', 'done_late');
  await expect(tab.getByTestId('schedule-light')).toHaveAttribute('data-light', 'yellow');
  await expect(tab.getByTestId('actual-mark').first()).toBeVisible();

  // The overview lists it with its light, and its row links back to the project.
  await page.goto('/major?light=yellow');
  const row = page.getByTestId('major-row').filter({ hasText: name });
  await expect(row).toHaveAttribute('data-light', 'yellow');
  await row.getByRole('link', { name }).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
});

test('the overview puts red projects first and the board card shows the light', async ({ page }) => {
  await login(page, 'leader');
  await page.goto('/major');
  await expect(page.getByTestId('major-row').first()).toBeVisible();
  const lights = await page
    .getByTestId('major-row')
    .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-light')));
  expect(lights.length).toBeGreaterThan(10);
  const rank = { red: 0, yellow: 1, green: 2, none: 3 } as const;
  const ranks = lights.map((l) => rank[(l ?? 'none') as keyof typeof rank]);
  expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
  await page.goto('/board');
  await expect(page.getByTestId('schedule-light').first()).toBeVisible();
  await expect(page.getByTestId('schedule-missing').first()).toBeVisible();
});

test('an admin saves a template and the thresholds through checked forms', async ({ page }) => {
  await login(page, 'admin');
  await page.goto('/schedules/templates');
  await page.getByRole('button', { name: '+ 新建模板' }).click();
  const editor = page.getByTestId('template-editor').first();
  await editor.getByRole('button', { name: '创建模板' }).click();
  await expect(editor.getByLabel('模板名称')).toHaveAttribute('aria-invalid', 'true');
  await editor.getByLabel('模板名称').fill(`测试模板 ${Date.now()}`);
  await editor.getByLabel('步骤').fill('签订协议');
  await editor.getByRole('button', { name: '创建模板' }).click();
  await expect(page.getByText('模板已保存（第 1 版）')).toBeVisible();

  const yellow = page.getByLabel('黄灯起点（落后百分点）');
  const before = await yellow.inputValue();
  await yellow.fill('150');
  await page.getByRole('button', { name: '保存', exact: true }).click();
  await expect(yellow).toHaveAttribute('aria-invalid', 'true');
  await yellow.fill(String(Number(before) + 1));
  await page.getByRole('button', { name: '保存', exact: true }).click();
  await expect(page.getByText('阈值已保存')).toBeVisible();
  // Put it back: the other tests read the lights.
  await yellow.fill(before);
  await page.getByRole('button', { name: '保存', exact: true }).click();
  await expect(yellow).toHaveValue(before);
  await expect(page.getByRole('button', { name: '保存', exact: true })).toBeDisabled();
});
