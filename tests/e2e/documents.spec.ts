import { samplePdf, samplePng } from '../../db/seed/sample-files';
import { drag, expect, filterByOwner, login, test } from './support/fixtures';

/**
 * 佐证材料 (issue 17): an officer uploads an agreement and a licence at once with progress, a refused
 * file says why, a leader previews both in the page.
 */
test('an officer uploads an agreement and a licence; a leader previews them', async ({ page }) => {
  test.setTimeout(90_000);
  await login(page, 'staff');
  await filterByOwner(page, '王磊');
  const card = page
    .getByTestId('column-introduced')
    .getByTestId('card')
    .filter({ has: page.getByRole('button', { name: '移至…' }) })
    .first();
  await card.getByRole('link').click();
  await expect(page).toHaveURL(/\/projects\/\d+/);
  await expect(page.getByRole('button', { name: '编辑', exact: true })).toBeVisible();
  const projectUrl = page.url();
  const section = page.getByRole('region', { name: '佐证材料' });
  // At 引进 the agreement is suggested, and it is the preselected kind.
  await expect(section.getByTestId('documents-proof')).toContainText('本阶段建议材料：协议未上传');

  // A slow link, so the progress of a 3 MB scan shows.
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: 20,
    downloadThroughput: -1,
    uploadThroughput: 1024 * 1024,
  });
  const scan = samplePdf(`Agreement ${'X'.repeat(3_000_000)}`);
  await section
    .getByTestId('documents-input')
    .setInputFiles([{ name: '投资协议（签字版）.pdf', mimeType: 'application/pdf', buffer: scan }]);
  const bar = section.getByRole('progressbar', { name: '正在上传' });
  await expect(bar).toBeVisible();
  await expect.poll(async () => Number(await bar.getAttribute('aria-valuenow'))).toBeGreaterThan(0);
  await expect(page.getByText('已上传「投资协议（签字版）.pdf」')).toBeVisible({ timeout: 30_000 });
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: 0,
    downloadThroughput: -1,
    uploadThroughput: -1,
  });

  // Two at once: a licence photo and an HTML page dressed as a PDF, which is refused and not kept.
  await section.getByLabel('材料类别').selectOption({ label: '营业执照' });
  await section.getByTestId('documents-input').setInputFiles([
    { name: '营业执照.png', mimeType: 'image/png', buffer: samplePng(320, 200) },
    { name: '合同.pdf', mimeType: 'application/pdf', buffer: Buffer.from('<!DOCTYPE html><html>x</html>') },
  ]);
  await expect(section.getByTestId('documents-refused')).toContainText(
    '「合同.pdf」的类型不在允许之列（按内容识别为 HTML）',
  );
  const rows = section.getByTestId('document');
  await expect(rows).toHaveCount(2);
  await expect(rows.filter({ hasText: '营业执照.png' })).toContainText('营业执照');
  await expect(rows.filter({ hasText: '投资协议（签字版）.pdf' })).toContainText(/2\.9 MB/);
  await expect(section.getByTestId('documents-proof')).toContainText('协议已上传');
  await page.screenshot({ path: 'test-results/documents-officer.png', fullPage: true });

  // The leader reads the project and previews both.
  await page.context().clearCookies();
  await login(page, 'leader');
  await page.goto(projectUrl);
  const leaderSection = page.getByRole('region', { name: '佐证材料' });
  await expect(leaderSection.getByTestId('document')).toHaveCount(2);
  await leaderSection.getByRole('button', { name: '预览「投资协议（签字版）.pdf」' }).click();
  const dialog = page.getByRole('dialog', { name: '投资协议（签字版）.pdf' });
  const frame = dialog.getByTestId('document-preview');
  await expect(frame).toHaveAttribute('src', /\/api\/documents\/\d+\?inline=1$/);
  const inline = await page.request.get((await frame.getAttribute('src'))!);
  expect(inline.headers()['content-type']).toBe('application/pdf');
  expect(inline.headers()['content-disposition']).toMatch(/^inline;/);
  await page.screenshot({ path: 'test-results/documents-preview-pdf.png' });
  await dialog.getByRole('button', { name: '关闭' }).click();

  await leaderSection.getByRole('button', { name: '预览「营业执照.png」' }).click();
  const image = page.getByRole('dialog', { name: '营业执照.png' }).getByRole('img', { name: '营业执照.png' });
  await expect(image).toBeVisible();
  await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(320);
  await page.screenshot({ path: 'test-results/documents-preview-image.png' });
});

test('when an admin requires the agreement at 引进, the move dialog asks for it like a date', async ({
  page,
}) => {
  test.setTimeout(90_000);
  await login(page, 'admin');
  const setGate = async (on: boolean) => {
    await page.goto('/admin/settings');
    const box = page
      .getByTestId('proof-gates')
      .getByRole('group', { name: '引进' })
      .getByRole('checkbox', { name: /^协议/ });
    await box.setChecked(on);
    await page
      .getByRole('region', { name: '各阶段须有的佐证材料' })
      .getByRole('button', { name: '保存' })
      .click();
    await expect(page.getByText('已保存各阶段须有的佐证材料')).toBeVisible();
  };
  await setGate(true);
  try {
    await page.goto('/board');
    const card = page.getByTestId('column-negotiating').getByTestId('card').first();
    const name = (await card.locator('h3').textContent())!;
    await drag(page, card, page.getByTestId('column-introduced'));
    const dialog = page.getByRole('dialog');
    await expect(dialog).toContainText(`将「${name}」移至引进`);
    await expect(dialog.getByTestId('move-proof')).toContainText('进入该阶段须上传以下佐证材料');
    await dialog.getByLabel('签约日期', { exact: true }).fill('2026-11-20');
    await dialog.getByLabel('协议投资（万元）', { exact: true }).fill('3200');
    await dialog.getByLabel('协议类型', { exact: true }).selectOption({ label: '投资协议' });
    await dialog.getByRole('button', { name: '确认移动' }).click();
    // No file yet: the dialog asks for it and the project stays.
    await expect(dialog.getByRole('alert').filter({ hasText: '请选择文件' })).toBeVisible();
    await dialog.getByLabel('协议（引进）').setInputFiles({
      name: '框架协议.pdf',
      mimeType: 'application/pdf',
      buffer: samplePdf('Framework agreement'),
    });
    await page.screenshot({ path: 'test-results/documents-move-dialog.png' });
    await dialog.getByRole('button', { name: '确认移动' }).click();
    await expect(dialog).toBeHidden();
    const moved = page.getByTestId('column-introduced').getByTestId('card').filter({ hasText: name });
    await expect(moved).toBeVisible();
    await moved.getByRole('link').click();
    const section = page.getByRole('region', { name: '佐证材料' });
    await expect(section.getByTestId('documents-proof')).toContainText('本阶段须有材料：协议已上传');
    await expect(section.getByTestId('document')).toContainText('框架协议.pdf');
  } finally {
    await setGate(false);
  }
});
