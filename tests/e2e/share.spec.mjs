// Share links: annotate, share, open the link in a fresh browser, see the same marks,
// read-only until "Make my copy"; damaged links explain themselves and keep the person's work.
import { test, expect } from '@playwright/test';
import { openApp, pasteArticle, selectWithMouse, exportJson, markedTexts, whenLive } from './helpers.mjs';

const ARTICLE = 'Council backs “radical” budget 😀\n\nThe mayor said the plan was “the best in a generation”.\n\nCritics said 14% of services would close.';

async function makeLink(page) {
  await page.getByRole('button', { name: 'Share' }).click();
  const url = await page.getByLabel('Share link').inputValue();
  expect(url).toMatch(/#share=[A-Za-z0-9_-]+$/);
  return url;
}

test('a shared link opens the same annotated view elsewhere, read-only until copied', async ({ page, browser }) => {
  const problems = await openApp(page);
  await pasteArticle(page, ARTICLE);
  await selectWithMouse(page, '14% of services would close');
  await page.keyboard.press('1');
  const url = await makeLink(page);
  await expect(page.locator('.share-length')).toContainText('characters');
  expect(await page.evaluate(() => location.hash)).toBe(''); // the address changes only if asked

  const other = await browser.newContext();
  const viewer = await other.newPage();
  const viewerProblems = [];
  viewer.on('pageerror', (e) => viewerProblems.push(e.message));
  await viewer.goto(url);
  await expect(viewer.locator('article.doc h1')).toHaveText('Council backs “radical” budget 😀');
  await expect.poll(() => markedTexts(viewer, 'claim')).toEqual(['14% of services would close']);
  await expect(viewer.locator('article.doc mark[data-kind="quote"]')).toHaveText('the best in a generation');
  await expect(viewer.locator('.toolbar')).toHaveCount(0);
  await expect(viewer.getByRole('button', { name: /Accept suggestion/ })).toHaveCount(0);
  // Keys do nothing in a shared view; the viewer's own storage is untouched.
  await selectWithMouse(viewer, 'The mayor');
  await viewer.keyboard.press('2');
  await expect(viewer.locator('mark[data-kind="speaker"]')).toHaveCount(0);
  expect(await viewer.evaluate(() => Object.keys(localStorage))).toEqual([]);

  // The banner can be dismissed; the header keeps the way to make a copy.
  await viewer.getByRole('button', { name: 'Dismiss message' }).click();
  await viewer.locator('header').getByRole('button', { name: 'Make my copy' }).click();
  await expect(viewer.locator('.toolbar')).toBeVisible();
  expect(await viewer.evaluate(() => location.hash)).toBe('');
  await viewer.reload();
  await whenLive(viewer);
  await expect.poll(() => markedTexts(viewer, 'claim')).toEqual(['14% of services would close']);
  expect(viewerProblems).toEqual([]);
  await other.close();
  expect(problems).toEqual([]);
});

test('a cut-off link says so, offers the text, and keeps the viewer’s own work', async ({ page, browser }) => {
  const problems = await openApp(page);
  await pasteArticle(page, ARTICLE);
  const url = await makeLink(page);

  const other = await browser.newContext();
  const viewer = await other.newPage();
  await viewer.goto('/');
  await expect(viewer.locator('article.doc h1')).toContainText('Pete Hegseth'); // their own (sample) work
  await viewer.goto(url.slice(0, url.length - 30));
  await viewer.reload();
  await whenLive(viewer);
  await expect(viewer.getByRole('alert')).toContainText('cut off');
  await expect(viewer.getByRole('alert')).toContainText('Your own work is untouched');
  await expect(viewer.locator('article.doc h1')).toContainText('Pete Hegseth');
  await viewer.getByRole('button', { name: 'Open the recovered text' }).click();
  await expect(viewer.locator('article.doc h1')).toHaveText('Council backs “radical” budget 😀');

  await viewer.goto('/#share=%%%not-a-link');
  await viewer.reload();
  await whenLive(viewer);
  await expect(viewer.getByRole('alert')).toContainText('does not belong');
  await other.close();
  expect(problems).toEqual([]);
});

test('a long link gets a warning and points to the file export', async ({ page }) => {
  const problems = await openApp(page);
  // Varied words, so the text does not compress away (a real long article does not).
  let seed = 7;
  const word = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return Array.from({ length: 3 + (seed % 7) }, (_, k) => 'abcdefghijklmnopqrstuvwxyz'[(seed >> (k * 3)) % 26]).join('');
  };
  const long = 'Long article\n\n' + Array.from({ length: 120 }, () => Array.from({ length: 25 }, word).join(' ') + '.').join('\n\n');
  await pasteArticle(page, long);
  await page.getByRole('button', { name: 'Share' }).click();
  await expect(page.locator('.share-length.warn')).toContainText('often cut off');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download view' }).click()]);
  expect(download.suggestedFilename()).toMatch(/\.view\.html$/);
  await page.getByRole('button', { name: 'Close' }).click();
  await expect(page.getByRole('dialog')).toHaveCount(0);
  expect(problems).toEqual([]);
});

test('the single-file HTML view reads with JavaScript off and opens back for editing', async ({ page, browser }) => {
  const problems = await openApp(page);
  await pasteArticle(page, ARTICLE + '\n\nA note: </script><script>window.__pwned=1</script>');
  await selectWithMouse(page, '14% of services would close');
  await page.keyboard.press('3');
  await page.locator('.panel li[data-kind="position"] label', { hasText: 'Stance' }).getByRole('combobox').selectOption('against');
  await page.getByRole('button', { name: /^Export/ }).click();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('menuitem', { name: /Single-file HTML view/ }).click()]);
  expect(download.suggestedFilename()).toMatch(/\.view\.html$/);
  // Saved under its own name, as a person's browser would (the temporary path has no extension).
  const path = test.info().outputPath(download.suggestedFilename());
  await download.saveAs(path);

  const noJs = await browser.newContext({ javaScriptEnabled: false, offline: true });
  const view = await noJs.newPage();
  await view.goto('file://' + path);
  await expect(view.locator('h1')).toHaveText('Council backs “radical” budget 😀');
  await expect(view.locator('article mark.k-quote')).toHaveText('the best in a generation');
  await expect(view.locator('article mark.k-position.s-against')).toHaveText('14% of services would close');
  await expect(view.locator('article')).toContainText('</script><script>window.__pwned=1</script>');
  await expect(view.locator('table.grid')).toContainText('▼ against');
  await noJs.close();

  await page.getByRole('button', { name: 'New' }).click();
  await page.locator('input[type=file]').setInputFiles(path);
  await expect(page.getByRole('status')).toContainText('Opened');
  await expect(page.locator('mark[data-kind="position"][data-stance="against"]')).toHaveText('14% of services would close');
  await selectWithMouse(page, 'The mayor');
  await page.keyboard.press('2');
  await expect(page.locator('mark[data-kind="speaker"]:not(.suggested)')).toHaveText('The mayor');
  expect(await page.evaluate(() => window.__pwned)).toBeUndefined();
  expect(problems).toEqual([]);
});

test('leaving a shared view for one of my documents keeps the shared article a click away', async ({ page }) => {
  const problems = await openApp(page);
  await expect(page.locator('header .save-state')).toHaveText('Saved');
  await pasteArticle(page, ARTICLE);
  await selectWithMouse(page, '14% of services would close');
  await page.keyboard.press('1');
  const url = await makeLink(page);
  // The same browser opens the link in a new tab: its own library is there too.
  const viewer = await page.context().newPage();
  await viewer.goto(url);
  await expect(viewer.locator('.toolbar')).toHaveCount(0);
  await viewer.getByRole('button', { name: 'Documents' }).click();
  await viewer.getByRole('dialog', { name: 'Documents' }).getByRole('button', { name: /^Pete Hegseth/ }).click();
  await expect(viewer.locator('article.doc h1')).toContainText('Pete Hegseth');
  await viewer.getByRole('button', { name: 'Back to the shared article (as my copy)' }).click();
  await expect(viewer.locator('article.doc h1')).toHaveText('Council backs “radical” budget 😀');
  await expect(viewer.locator('.toolbar')).toBeVisible();
  await expect.poll(() => markedTexts(viewer, 'claim')).toEqual(['14% of services would close']);
  expect(problems).toEqual([]);
});

// Made by `claimlens share` (miniz_oxide's deflate, as every link before the browser's own
// compression was): links already sent keep opening.
const CLI_LINK = 'share=ASXMsQ3CMBRFURJoyARU6DVI0EQKoqVKwwAs8GOb8IWxke0Q0WUDREcBYiVmyAQUDECA8hbnnqPcVkawRkFi59E2N0eSBem2uaOoZKkCXo9rkyTrrcKeTtbBE0uELg-aDGr6sW8XygewAaFURjkKbE33SZMkdxxY-D_NFhPYDbxyRxbKo7aVlhDaepX2enFM2XM1Wg6j2SCm-WU8xbv_AQ';

test('a link made by the command-line program opens, and one cut within the text gives its start', async ({ page }) => {
  const problems = await openApp(page);
  await page.goto('/#' + CLI_LINK);
  await page.reload();
  await expect(page.locator('article.doc h1')).toHaveText('Council backs “radical” budget 😀');
  await expect(page.locator('article.doc mark[data-kind="quote"]')).toHaveText('the best in a generation');
  await expect(page.locator('.toolbar')).toHaveCount(0);

  await page.goto('/');
  await page.reload();
  await whenLive(page);
  const paragraphs = Array.from({ length: 60 }, (_, i) => `Paragraph ${i} counts ${(i * 7919) % 1000} things, and ${(i * 104729) % 997} more.`);
  await pasteArticle(page, 'Long article\n\n' + paragraphs.join('\n\n'));
  const url = await makeLink(page);
  await page.getByRole('button', { name: 'Close' }).click();
  await page.goto(url.slice(0, url.indexOf('#share=') + 7 + Math.floor((url.length - url.indexOf('#share=') - 7) / 2)));
  await page.reload();
  await whenLive(page);
  await expect(page.getByRole('alert')).toContainText('cut off');
  await expect(page.getByRole('alert')).toContainText('The start of the article text is recoverable');
  await page.getByRole('button', { name: 'Open the recovered text' }).click();
  await expect(page.locator('article.doc h1')).toHaveText('Long article');
  await expect(page.getByRole('status')).toContainText('Opened the start of the article text');
  await expect(page.locator('article.doc')).toContainText('Paragraph 1 counts');
  expect(problems).toEqual([]);
});
