// axe-core on every main screen, light and dark: zero violations.
import { test, expect } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { openApp, selectWithMouse } from './helpers.mjs';

async function violations(page) {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations.map((v) => `${v.id}: ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
}

for (const scheme of ['light', 'dark']) {
  test(`no axe violations on the main screens (${scheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    const problems = await openApp(page);
    const found = {};
    // The workspace, with a picked annotation and overlapping spans listed.
    await selectWithMouse(page, 'About a sixth of Ukraine’s territory is occupied by Russia');
    // With the tags shown by the selection.
    await expect(page.locator('.selbar')).toBeVisible();
    found.selection = await violations(page);
    await page.keyboard.press('1');
    await selectWithMouse(page, 'Ukraine’s territory');
    await page.keyboard.press('3');
    await page.locator('article.doc mark[data-kind="position"]:not(.suggested)').click();
    found.workspace = await violations(page);
    await page.getByRole('tab', { name: /Speakers/ }).click();
    found.speakers = await violations(page);
    await page.getByRole('tab', { name: 'Positions' }).click();
    found.positions = await violations(page);
    await page.keyboard.press('?');
    found.keys = await violations(page);
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Documents' }).click();
    found.documents = await violations(page);
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Share' }).click();
    found.share = await violations(page);
    const url = await page.getByLabel('Share link').inputValue();
    await page.getByRole('button', { name: 'Close' }).click();
    await page.getByRole('button', { name: /^Export/ }).click();
    found.exportMenu = await violations(page);
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'New' }).click();
    found.paste = await violations(page);
    // The read-only view a share link opens.
    const viewer = await page.context().newPage();
    await viewer.emulateMedia({ colorScheme: scheme });
    await viewer.goto(url);
    await expect(viewer.locator('article.doc h1')).toBeVisible();
    found.shared = await violations(viewer);
    expect(found).toEqual(Object.fromEntries(Object.keys(found).map((k) => [k, []])));
    expect(problems).toEqual([]);
  });
}
