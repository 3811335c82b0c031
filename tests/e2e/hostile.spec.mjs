// Bad input gets a clear message, loses nothing, and runs nothing.
import { test, expect } from '@playwright/test';
import fs from 'node:fs';
import { openApp, pasteArticle, pasteInto, selectWithMouse, exportJson, cpSlice, whenLive } from './helpers.mjs';

test('pasted markup shows literally and runs nothing', async ({ page }) => {
  const problems = await openApp(page);
  const hostile = [
    '<script>window.__pwned = 1</script> headline',
    '',
    '<img src=x onerror="window.__pwned = 2"> and <svg onload="window.__pwned = 3">',
    '',
    '"><iframe src="javascript:window.__pwned=4"></iframe> <a href="javascript:alert(1)">x</a>',
  ].join('\n');
  await pasteArticle(page, hostile);
  const article = page.locator('article.doc');
  await expect(article).toContainText('<script>window.__pwned = 1</script> headline');
  await expect(article).toContainText('<img src=x onerror="window.__pwned = 2">');
  await expect(article.locator('script, img, svg, iframe, a')).toHaveCount(0);
  await selectWithMouse(page, '<svg onload="window.__pwned = 3">');
  await page.keyboard.press('2'); // a speaker named with markup
  await expect(page.locator('.panel .who')).toHaveText('<svg onload="window.__pwned = 3">');
  await page.reload();
  await whenLive(page);
  await expect(article).toContainText('<iframe src="javascript:window.__pwned=4"></iframe>');
  expect(await page.evaluate(() => window.__pwned)).toBeUndefined();
  expect(problems).toEqual([]);
});

test('empty and blank pastes get a message and keep the document', async ({ page }) => {
  const problems = await openApp(page);
  await page.getByRole('button', { name: 'New' }).click();
  await page.getByRole('button', { name: 'Annotate' }).click();
  await expect(page.getByRole('alert')).toContainText('The text box is empty');
  await pasteInto(page.getByLabel('Article text'), '   \n\t\n  ');
  await page.getByRole('button', { name: 'Annotate' }).click();
  await expect(page.getByRole('alert')).toContainText('The text box is empty');
  await expect(page.getByLabel('Article text')).toHaveValue('   \n\t\n  ');
  await page.getByRole('button', { name: 'Back to the document' }).click();
  await expect(page.locator('article.doc h1')).toContainText('Pete Hegseth');
  expect(problems).toEqual([]);
});

test('a 760 KB paste opens and can be tagged; a larger one is refused with a reason', async ({ page }) => {
  test.setTimeout(150_000);
  const problems = await openApp(page);
  const para = 'Officials said “the figures are rising” on Tuesday, according to the ministry. Café 😀 naïve.';
  const make = (bytes) => {
    let out = 'Big article';
    for (let i = 0; Buffer.byteLength(out) < bytes - 200; i++) out += `\n\n${i} ${para}`;
    return out;
  };
  const largest = make(760_000);
  expect(Buffer.byteLength(largest)).toBeGreaterThan(759_000);
  await pasteArticle(page, largest);
  await expect(page.locator('article.doc h1')).toHaveText('Big article', { timeout: 30_000 });
  // A long paste is drawn a slice at a time; wait until the whole article is there (a
  // selection made while slices are still being added is lost: a known limitation).
  const blocks = page.locator('article.doc .blockwrap');
  let last = -1;
  await expect.poll(async () => { const n = await blocks.count(); const done = n === last && n > 1000; last = n; return done; }, { timeout: 90_000, intervals: [1000] }).toBe(true);
  await selectWithMouse(page, 'the figures are rising');
  await page.keyboard.press('1');
  await expect(page.locator('mark[data-kind="claim"]:not(.suggested)')).toHaveText('the figures are rising');

  const tooBig = make(1_600_000);
  await pasteArticle(page, tooBig);
  await expect(page.getByRole('alert')).toContainText('Claimlens takes articles up to 750 KB');
  await expect(page.getByLabel('Article text')).toHaveValue(tooBig);
  expect(problems).toEqual([]);
});

test('the previous document can be brought back after a new paste', async ({ page }) => {
  const problems = await openApp(page);
  await selectWithMouse(page, 'About a sixth of Ukraine’s territory is occupied by Russia');
  await page.keyboard.press('1');
  await pasteArticle(page, 'Another article\n\nWith one paragraph.');
  await expect(page.locator('article.doc h1')).toHaveText('Another article');
  await page.getByRole('button', { name: 'Bring back the previous document' }).click();
  await expect(page.locator('mark[data-kind="claim"]:not(.suggested)')).toHaveText('About a sixth of Ukraine’s territory is occupied by Russia');
  expect(problems).toEqual([]);
});

test('a corrupt saved state gives a message, not a blank page, and is kept', async ({ page }) => {
  await openApp(page);
  await expect(page.locator('header .save-state')).toHaveText('Saved');
  await page.evaluate(() => localStorage.setItem(`claimlens:v1:doc:${localStorage.getItem('claimlens:v1:open')}`, '{"format":"claimlens","version":1,"text":"cut off'));
  await page.reload();
  await whenLive(page);
  await expect(page.getByRole('alert')).toContainText('Your saved work could not be read');
  await expect(page.getByRole('alert')).toContainText('still listed in Documents');
  await expect(page.locator('article.doc h1')).toContainText('Pete Hegseth');
  const kept = await page.evaluate(() => localStorage.getItem('claimlens:v1:unreadable'));
  expect(kept).toContain('cut off');
});

test('a saved file from a newer Claimlens is refused with a reason', async ({ page }) => {
  await openApp(page);
  const { doc } = await exportJson(page);
  doc.version = 9;
  await page.evaluate((raw) => localStorage.setItem(`claimlens:v1:doc:${localStorage.getItem('claimlens:v1:open')}`, raw), JSON.stringify(doc));
  await page.reload();
  await whenLive(page);
  await expect(page.getByRole('alert')).toContainText('newer Claimlens');
});

test('lone surrogates in a paste become replacement characters, and offsets around them stay right', async ({ page }) => {
  const problems = await openApp(page);
  await pasteArticle(page, 'Broken \uD83D title\n\nA lone \uDE00 half, a pair 😀 and a split \uD83D\uD83D\uDE00 one. The mayor said “fine”.');
  await expect(page.locator('article.doc h1')).toHaveText('Broken \uFFFD title');
  await selectWithMouse(page, 'The mayor');
  await page.keyboard.press('2');
  await selectWithMouse(page, 'a pair 😀 and a split');
  await page.keyboard.press('1');
  const { doc } = await exportJson(page);
  const mine = doc.annotations.filter((a) => a.status === 'accepted');
  expect(mine.map((a) => a.text).sort()).toEqual(['The mayor', 'a pair 😀 and a split']);
  for (const a of mine) expect(cpSlice(doc.text, a.start, a.end)).toBe(a.text);
  expect(problems).toEqual([]);
});

test('a panic shows the recovery screen with the saved work to download, never a dead page', async ({ page }) => {
  await openApp(page);
  await selectWithMouse(page, 'About a sixth of Ukraine’s territory is occupied by Russia');
  await page.keyboard.press('1');
  await expect(page.locator('header .save-state')).toHaveText('Saved');
  const thrown = await page.evaluate(async () => {
    try {
      (await import('/claimlens.js')).panic_for_test();
      return null;
    } catch (e) {
      return String(e);
    }
  });
  expect(thrown).toContain('unreachable');
  const recovery = page.locator('.recovery[role=alert]');
  await expect(recovery).toContainText('Something went wrong and Claimlens stopped.');
  const [download] = await Promise.all([page.waitForEvent('download'), recovery.getByText('Export what I have').click()]);
  const saved = JSON.parse(fs.readFileSync(await download.path(), 'utf8'));
  // The autosave as it is stored: compact, a person's own annotation without the origin and
  // status every reader takes as "user" and "accepted".
  expect(saved.annotations.some((a) => a.kind === 'claim' && (a.status ?? 'accepted') === 'accepted' && a.text === 'About a sixth of Ukraine’s territory is occupied by Russia')).toBe(true);
});
