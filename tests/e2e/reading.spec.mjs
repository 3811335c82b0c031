// The parsed reading view: header metadata, folded furniture, block types, sentence snapping.
import fs from 'node:fs';
import { test, expect } from '@playwright/test';
import { openApp, pasteArticle, selectWithMouse, exportJson, markedTexts } from './helpers.mjs';

test('the sample opens as a clean reading view with its metadata', async ({ page }) => {
  const problems = await openApp(page);
  const header = page.locator('header.top');
  await expect(header).toContainText('By Dan Sabbagh · Brussels · 13 Feb 2025, 19:13');
  // Furniture is folded, not deleted: three runs, eight lines.
  const folds = page.locator('.fold-toggle');
  await expect(folds).toHaveCount(3);
  await expect(folds.first()).toHaveText('3 lines of page furniture hidden — show');
  await expect(page.locator('article.doc')).not.toContainText('Share:');
  await folds.first().click();
  await expect(page.locator('article.doc')).toContainText('Share:');
  await expect(page.locator('[data-kind="boilerplate"]').first()).toBeVisible();
  expect(problems).toEqual([]);
});

test('opening and closing folds keeps every block drawn once, in order, and marks still draw', async ({ page }) => {
  const problems = await openApp(page);
  const blocks = () => page.locator('article.doc [data-block]').evaluateAll((els) => els.map((e) => Number(e.dataset.block)));
  const inOrder = (xs) => xs.every((x, i) => i === 0 || xs[i - 1] < x);
  const folded = await blocks();
  const folds = page.locator('.fold-toggle');
  // Open every fold, the last first, then close them from the first: the blocks that stay
  // drawn move each time.
  for (const i of [2, 1, 0]) await folds.nth(i).click();
  const open = await blocks();
  expect(inOrder(open)).toBe(true);
  expect(open.length).toBe(folded.length + 8);
  for (let i = 0; i < 3; i++) {
    await page.getByRole('button', { name: /^Hide \d+ lines? of page furniture/ }).first().click();
    expect(inOrder(await blocks())).toBe(true);
  }
  expect(await blocks()).toEqual(folded);
  await expect(page.locator('article.doc h1')).toHaveCount(1);
  // An edit after the moves still redraws its block in place.
  await selectWithMouse(page, 'Nato membership for Ukraine');
  await page.keyboard.press('1');
  await expect(page.locator('mark[data-kind="claim"]', { hasText: 'Nato membership for Ukraine' })).toHaveCount(1);
  expect(await blocks()).toEqual(folded);
  expect(problems).toEqual([]);
});

test('a whole page copied with its menu opens on its headline, the menu folded away', async ({ page }) => {
  const problems = await openApp(page);
  const text = fs.readFileSync('tests/data/pastes/guardian-page.txt', 'utf8');
  await pasteArticle(page, text);
  const header = page.locator('header.top');
  await expect(header).toContainText('Zelenskyy says Ukraine will not accept deal made without it');
  await expect(header).toContainText('By Pjotr Sauer · Kyiv · 13 Feb 2025, 14:02');
  // The nineteen menu lines are one fold above the headline, the article's own text shows.
  await expect(page.locator('.fold-toggle').first()).toHaveText('19 lines of page furniture hidden — show');
  await expect(page.locator('article.doc h1')).toHaveText('Zelenskyy says Ukraine will not accept deal made without it');
  await expect(page.locator('article.doc')).not.toContainText('Print subscriptions');
  await expect(page.locator('.panel li[data-kind="quote"]')).toHaveCount(1);
  expect(problems).toEqual([]);
});

test('a block can be reclassified, and undo puts it back', async ({ page }) => {
  const problems = await openApp(page);
  await pasteArticle(page, 'Headline\n\nAdvertising paragraph that slipped through\n\nReal text of the story goes here.');
  const wrap = page.locator('.blockwrap', { hasText: 'Advertising paragraph' });
  await wrap.hover();
  await wrap.getByRole('button', { name: /Block type: paragraph/ }).click();
  await wrap.getByRole('combobox', { name: 'Block type' }).selectOption('boilerplate');
  await expect(page.locator('.fold-toggle')).toHaveText('1 line of page furniture hidden — show');
  const { doc } = await exportJson(page);
  expect(doc.blocks.map((b) => b.kind)).toEqual(['title', 'boilerplate', 'paragraph']);
  await page.keyboard.press('Control+z');
  await expect(page.locator('.fold-toggle')).toHaveCount(0);
  expect(problems).toEqual([]);
});

test('a block type is changed from the keyboard: the menu takes the focus and gives it back', async ({ page }) => {
  const problems = await openApp(page);
  await pasteArticle(page, 'Headline\n\nAdvertising paragraph that slipped through\n\nReal text of the story goes here.');
  const toggle = page.locator('.blockwrap', { hasText: 'Real text' }).getByRole('button', { name: /Block type: paragraph/ });
  await toggle.focus();
  await page.keyboard.press('Enter');
  const menu = page.getByRole('combobox', { name: 'Block type' });
  await expect(menu).toBeFocused();
  // A second press of the button closes the menu without a change.
  await page.locator('.blockwrap', { hasText: 'Real text' }).locator('.kind-toggle').click();
  await expect(menu).toHaveCount(0);
  await toggle.focus();
  await page.keyboard.press('Enter');
  await menu.selectOption('heading');
  await expect(page.locator('h2.block', { hasText: 'Real text' })).toBeVisible();
  await expect(menu).toHaveCount(0);
  await expect(page.getByRole('button', { name: /Block type: heading/ })).toBeFocused();
  expect(problems).toEqual([]);
});

test('article details can be edited', async ({ page }) => {
  const problems = await openApp(page);
  await page.getByRole('button', { name: 'Edit details' }).click();
  await page.getByLabel('Authors').fill('Dan Sabbagh, Jane Doe');
  // Only a web address is taken as the source: the form refuses anything else.
  await page.getByLabel('Source').fill('javascript:alert(1)');
  await page.getByRole('button', { name: 'Save details' }).click();
  await expect(page.getByLabel('Source')).toBeVisible();
  await page.getByLabel('Source').fill('https://www.theguardian.com/world/2025/feb/13/hegseth');
  await page.getByRole('button', { name: 'Save details' }).click();
  await expect(page.locator('header.top')).toContainText('By Dan Sabbagh, Jane Doe');
  const source = page.locator('header.top a.source');
  await expect(source).toHaveAttribute('href', 'https://www.theguardian.com/world/2025/feb/13/hegseth');
  await expect(source).toHaveAttribute('rel', 'noopener noreferrer');
  const { doc } = await exportJson(page);
  expect(doc.meta.authors).toEqual(['Dan Sabbagh', 'Jane Doe']);
  expect(doc.meta.published).toBe('2025-02-13T19:13');
  expect(doc.meta.source_url).toBe('https://www.theguardian.com/world/2025/feb/13/hegseth');
  expect(problems).toEqual([]);
});

test('a sloppy selection snaps to words, and S widens it to the sentence', async ({ page }) => {
  const problems = await openApp(page);
  await pasteArticle(page, 'Headline\n\nFirst sentence here. The minister said taxes will fall by 2026. Last one.');
  await selectWithMouse(page, 'inister said tax');
  await page.keyboard.press('1');
  await expect.poll(() => markedTexts(page, 'claim')).toEqual(['minister said taxes']);
  await selectWithMouse(page, 'will fall');
  await page.keyboard.press('s');
  await expect.poll(() => page.evaluate(() => String(window.getSelection()))).toBe('The minister said taxes will fall by 2026.');
  await page.keyboard.press('3');
  // The position contains the claim, so it is drawn in runs around the nested mark.
  await expect.poll(() => markedTexts(page, 'position')).toEqual(['The minister said taxes will fall by 2026.']);
  await expect(page.locator('mark[data-kind="position"]:not(.suggested) mark[data-kind="claim"]:not(.suggested)').first()).toBeVisible();
  expect(problems).toEqual([]);
});
