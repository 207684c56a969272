import { expect, login, test } from './support/fixtures';

test('the morning reminders reach the officer folded by kind in the bell, each leading to its project', async ({
  page,
}) => {
  // The daily job runs seconds after the server starts: the demo district has next steps that came
  // due, milestones within the week and a 督办单 that turned yellow or red on 王磊's projects.
  await login(page, 'staff');
  await page.getByTestId('bell').click();
  const bell = page.getByRole('dialog', { name: '通知' });
  const due = bell.getByTestId('bell-group-follow_up_due');
  await expect(due.locator('summary')).toContainText(/下一步到期 · \d+ 条/);
  await expect(bell.getByTestId('bell-group-milestone_due').locator('summary')).toContainText(
    /节点临近 · \d+ 条/,
  );
  await expect(bell.getByTestId('bell-group-chase_up_escalated').locator('summary')).toContainText(
    '督办升级',
  );
  await page.screenshot({ path: 'test-results/bell-reminders.png' });

  await due.locator('summary').click();
  const first = due.getByRole('link').first();
  const text = (await first.locator('p').textContent())!;
  const project = /「(.+?)」/.exec(text)![1];
  await first.click();
  await expect(page.getByRole('heading', { level: 1, name: project })).toBeVisible();
});
