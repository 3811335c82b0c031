// Reopening: the page the app kept when its tab was last hidden is shown at once, before the
// module is up, and only while it is still the saved version of the document to open.
import { test, expect } from '@playwright/test';
import { openApp, pasteArticle, selectWithMouse, markedTexts, whenLive } from './helpers.mjs';

const CLAIM = 'About a sixth of Ukraine’s territory is occupied by Russia';

// A service worker would answer the module's request itself, out of the test's reach.
test.use({ serviceWorkers: 'block' });

/** Holds the module back until the returned function is called. */
async function holdModule(page) {
  let release;
  const held = new Promise((r) => { release = r; });
  await page.route('**/claimlens_bg.wasm', async (route) => {
    await held;
    await route.continue();
  });
  return release;
}

/** Opens `url` with the module held back: only "Loading" shows until the app is up. */
async function opensWithoutKeptPage(page, url) {
  const release = await holdModule(page);
  await page.goto(url);
  await expect(page.locator('#app .loading')).toBeVisible();
  await expect(page.locator('article.doc')).toHaveCount(0);
  release();
  await whenLive(page);
}

test('reopening shows the saved article at once, taking no input until the app replaces it', async ({ page }) => {
  const problems = await openApp(page);
  await selectWithMouse(page, CLAIM);
  await page.keyboard.press('1');
  await expect(page.locator('header .save-state')).toHaveText('Saved');
  // Passing state is not kept: a picked entry, the open export menu.
  await page.locator('.panel li.item[data-kind="claim"]').first().click();
  await expect(page.locator('article.doc mark.focused').first()).toBeVisible();
  await page.getByRole('button', { name: /Export/ }).click();
  await expect(page.getByRole('menu')).toBeVisible();

  const release = await holdModule(page);
  await page.reload();
  const kept = page.locator('#app > [inert]');
  await expect(kept.locator('article.doc h1')).toContainText('Pete Hegseth');
  await expect(kept.locator('mark[data-kind="claim"]:not(.suggested)')).toHaveText(CLAIM);
  await expect(kept.locator('mark.focused, [role=menu], .panel li')).toHaveCount(0);
  await expect(kept.locator('.panel')).toHaveText('Listing annotations…');
  await expect(kept.locator('.toolbar button:enabled')).toHaveCount(0);
  // The module really is held: the app has not started.
  expect(await page.evaluate(() => performance.getEntriesByType('resource').some((e) => e.name.endsWith('.wasm') && e.responseEnd > 0))).toBe(false);

  // A key pressed on the kept page is answered once the app is up ("?": the list of keys).
  await page.keyboard.press('?');
  release();
  await whenLive(page);
  await expect(page.locator('#app [inert]')).toHaveCount(0);
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toHaveCount(0);
  expect(await markedTexts(page, 'claim')).toEqual([CLAIM]);
  // The app works on its own drawing: a sentence selected and tagged.
  await selectWithMouse(page, 'Hegseth ruled out Nato membership for Ukraine');
  await page.keyboard.press('1');
  await expect.poll(() => markedTexts(page, 'claim')).toHaveLength(2);

  // Deleting the document deletes the page kept of it.
  await page.waitForFunction(() => localStorage.getItem('claimlens:v1:drawn')?.includes('Pete Hegseth'));
  await pasteArticle(page, 'Another article\n\nWith one paragraph that says 40% of people agree.');
  await expect(page.locator('header .save-state')).toHaveText('Saved');
  await page.getByRole('button', { name: 'Documents' }).click();
  await page.getByRole('dialog', { name: 'Documents' }).getByRole('button', { name: /^Delete Pete Hegseth/ }).click();
  await expect(page.getByText(/^Deleted “Pete Hegseth/)).toBeVisible();
  expect(await page.evaluate(() => localStorage.getItem('claimlens:v1:drawn'))).toBeNull();
  expect(problems).toEqual([]);
});

test('a kept page that is no longer the saved version is not shown', async ({ page }) => {
  const problems = await openApp(page);
  // Leaving the app for another page of it (the icon) keeps the page; that one has no icon.
  await page.route('**/favicon.ico', (route) => route.fulfill({ status: 204 }));
  await selectWithMouse(page, CLAIM);
  await page.keyboard.press('1');
  await expect(page.locator('header .save-state')).toHaveText('Saved');
  // Leaving keeps the page; then another tab saves the document (a new stamp in the list).
  await page.goto('/static/icon.svg');
  expect(await page.evaluate(() => localStorage.getItem('claimlens:v1:drawn'))).toContain(CLAIM);
  await page.evaluate(() => {
    const list = JSON.parse(localStorage.getItem('claimlens:v1:library'));
    list[0].stamp = 'othertab.1';
    localStorage.setItem('claimlens:v1:library', JSON.stringify(list));
  });

  await opensWithoutKeptPage(page, '/');
  expect(await markedTexts(page, 'claim')).toEqual([CLAIM]);

  // Nor over a shared link, which opens another document.
  await page.goto('/static/icon.svg');
  await opensWithoutKeptPage(page, '/#share=not-a-link');
  expect(problems).toEqual([]);
});

test('the page is kept once the document rests, so a page killed without being hidden reopens on it', async ({ context }) => {
  const page = await context.newPage();
  const again = await context.newPage();
  await openApp(page);
  await selectWithMouse(page, CLAIM);
  await page.keyboard.press('1');
  await expect(page.locator('header .save-state')).toHaveText('Saved');
  // No tab was hidden or closed: the page is kept a moment after the last change, at the
  // document's new stamp.
  const keptStamp = () => page.evaluate(() => {
    const kept = localStorage.getItem('claimlens:v1:drawn') || '';
    const [id, stamp] = kept.slice(0, kept.indexOf('\n')).split(' ');
    const entry = JSON.parse(localStorage.getItem('claimlens:v1:library')).find((e) => e.id === id);
    return entry?.stamp === stamp && kept.includes('About a sixth of Ukraine');
  });
  await expect.poll(keptStamp, { timeout: 10_000 }).toBe(true);
  const crashed = new Promise((r) => page.on('crash', r));
  const cdp = await context.newCDPSession(page);
  await Promise.race([cdp.send('Page.crash').catch(() => {}), new Promise((r) => setTimeout(r, 1000))]);
  await crashed;
  const release = await holdModule(again);
  await again.goto('/');
  const kept = again.locator('#app > [inert]');
  await expect(kept.locator('mark[data-kind="claim"]:not(.suggested)')).toHaveText(CLAIM);
  release();
  await whenLive(again);
  expect(await markedTexts(again, 'claim')).toEqual([CLAIM]);
});
