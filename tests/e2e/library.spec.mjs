// The library of documents kept in the browser, and what happens when storage fails: full,
// two tabs on one document, a page killed mid-save.
import { test, expect } from '@playwright/test';
import { openApp, pasteArticle, selectWithMouse, markedTexts, exportJson, whenLive } from './helpers.mjs';

const CLAIM = 'About a sixth of Ukraine’s territory is occupied by Russia';
const saved = (page) => expect(page.locator('header .save-state')).toHaveText('Saved');

async function openDocuments(page) {
  await page.getByRole('button', { name: 'Documents' }).click();
  return page.getByRole('dialog', { name: 'Documents' });
}

test('documents are listed, reopened after a reload, renamed, duplicated, deleted and brought back', async ({ page }) => {
  const problems = await openApp(page);
  await selectWithMouse(page, CLAIM);
  await page.keyboard.press('1');
  await saved(page);
  await pasteArticle(page, 'Another article\n\nWith one paragraph that says 40% of people agree.');
  await saved(page);

  let dialog = await openDocuments(page);
  const rows = dialog.locator('li.doc-row');
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(0)).toContainText('Another article');
  await expect(rows.nth(0)).toContainText('open now');
  await expect(rows.nth(1)).toContainText('Pete Hegseth');
  await expect(rows.nth(1)).toContainText('1 annotation · 19 suggestions');

  // A reload opens the document that was open, not the sample.
  await page.reload();
  await whenLive(page);
  await expect(page.locator('article.doc h1')).toHaveText('Another article');

  dialog = await openDocuments(page);
  await dialog.getByRole('button', { name: /^Pete Hegseth/ }).click();
  await expect(dialog).toHaveCount(0);
  await expect.poll(() => markedTexts(page, 'claim')).toEqual([CLAIM]);

  dialog = await openDocuments(page);
  await dialog.getByRole('button', { name: 'Rename Another article' }).click();
  await dialog.getByLabel('New name for Another article').fill('Polling piece');
  await dialog.getByRole('button', { name: 'Save name' }).click();
  await expect(rows.filter({ hasText: 'Polling piece' })).toHaveCount(1);
  await dialog.getByRole('button', { name: 'Duplicate Polling piece' }).click();
  await expect(rows).toHaveCount(3);
  await expect(rows.nth(0)).toContainText('Polling piece (copy)');
  // The open document cannot be deleted from under the person.
  await expect(rows.filter({ hasText: 'open now' }).getByRole('button', { name: /^Delete/ })).toBeDisabled();
  await dialog.getByRole('button', { name: 'Delete Polling piece (copy)' }).click();
  await expect(rows).toHaveCount(2);
  await page.getByRole('status').getByRole('button', { name: 'Undo' }).click();
  await expect(rows).toHaveCount(3);
  await expect(page.getByText('Brought back “Polling piece (copy)”.')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);

  // All of it survives a reload.
  await page.reload();
  await whenLive(page);
  dialog = await openDocuments(page);
  await expect(rows).toHaveCount(3);
  await expect(page.locator('article.doc h1')).toContainText('Pete Hegseth');
  expect(problems).toEqual([]);
});

test('a full storage says so, and the work stays in the page and exportable', async ({ page }) => {
  const problems = await openApp(page);
  await saved(page);
  await page.evaluate(() => {
    Storage.prototype.setItem = function () {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  });
  await selectWithMouse(page, CLAIM);
  await page.keyboard.press('1');
  await expect(page.getByRole('alert')).toContainText('storage for Claimlens is full');
  await expect(page.locator('header .save-state')).toHaveText('Not saved');
  await expect.poll(() => markedTexts(page, 'claim')).toEqual([CLAIM]);
  const { doc } = await exportJson(page);
  expect(doc.annotations.some((a) => a.kind === 'claim' && a.status === 'accepted')).toBe(true);
  expect(problems).toEqual([]);
});

test('a second tab takes the first tab’s saves, and a clash keeps both versions', async ({ context }) => {
  const a = await context.newPage();
  const b = await context.newPage();
  const problems = [...(await openApp(a))];
  await saved(a);
  problems.push(...(await openApp(b)));
  await expect(b.locator('article.doc h1')).toContainText('Pete Hegseth');

  // Tab A tags; tab B, with nothing unsaved, shows it.
  await selectWithMouse(a, CLAIM);
  await a.keyboard.press('1');
  await saved(a);
  await expect(b.getByText('Updated with the changes saved in another tab.')).toBeVisible();
  await expect.poll(() => markedTexts(b, 'claim')).toEqual([CLAIM]);

  // Another tab's save that tab B has not heard of yet (as when both save at once):
  // B's next save must not write over it.
  await b.evaluate(() => {
    const index = JSON.parse(localStorage.getItem('claimlens:v1:library'));
    index[0].stamp = 'elsewhere.1';
    localStorage.setItem('claimlens:v1:library', JSON.stringify(index));
  });
  await selectWithMouse(b, 'Pete Hegseth', 1);
  await b.keyboard.press('2');
  await expect(b.getByText('also changed in another tab')).toBeVisible();
  await saved(b);
  const dialog = await openDocuments(b);
  await expect(dialog.locator('li.doc-row')).toHaveCount(2);
  // Tab A's document is as tab A left it.
  await a.reload();
  await whenLive(a);
  await expect.poll(() => markedTexts(a, 'claim')).toEqual([CLAIM]);
  expect(await markedTexts(a, 'speaker')).toEqual([]);
  expect(problems).toEqual([]);
});

test('a page killed right after an edit reopens with every finished save and nothing corrupt', async ({ context }) => {
  const page = await context.newPage();
  // The tab that reopens the work, opened first: a crashed renderer can take pages
  // opened after it down with it.
  const again = await context.newPage();
  await openApp(page);
  await selectWithMouse(page, CLAIM);
  await page.keyboard.press('1');
  await saved(page);
  await selectWithMouse(page, 'Pete Hegseth', 1);
  await page.keyboard.press('2');
  // Kill the renderer at once, whether or not that last save has run.
  const crashed = new Promise((r) => page.on('crash', r));
  const cdp = await context.newCDPSession(page);
  await Promise.race([cdp.send('Page.crash').catch(() => {}), new Promise((r) => setTimeout(r, 1000))]);
  await crashed;
  const problems = await openApp(again);
  await expect.poll(() => markedTexts(again, 'claim')).toEqual([CLAIM]);
  await expect(again.getByRole('alert')).toHaveCount(0);
  const dialog = await openDocuments(again);
  await expect(dialog.locator('li.doc-row')).toHaveCount(1);
  expect(problems).toEqual([]);
});

test('storage switched off (as in some private windows): a clear message, and the work stays usable', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', { get() { throw new DOMException('The operation is insecure.', 'SecurityError'); } });
  });
  const problems = await openApp(page);
  await expect(page.getByRole('alert')).toContainText('does not allow Claimlens to save');
  await expect(page.locator('article.doc h1')).toContainText('Pete Hegseth');
  await selectWithMouse(page, CLAIM);
  await page.keyboard.press('1');
  await expect.poll(() => markedTexts(page, 'claim')).toEqual([CLAIM]);
  await expect(page.locator('header .save-state')).toHaveText('Not saved');
  const { doc } = await exportJson(page);
  expect(doc.annotations.some((a) => a.kind === 'claim' && a.status === 'accepted')).toBe(true);
  // Documents says so too, instead of an empty list.
  await page.getByRole('button', { name: 'Documents' }).click();
  await expect(page.getByRole('alert')).toContainText('does not allow Claimlens to save');
  expect(problems).toEqual([]);
});
