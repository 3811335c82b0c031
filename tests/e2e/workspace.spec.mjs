// Finding things: filters on the annotation list, and the keys overlay.
import { test, expect } from '@playwright/test';
import { openApp, selectWithMouse, markedTexts, pasteArticle } from './helpers.mjs';

test('the list filters by kind, status and text', async ({ page }) => {
  const problems = await openApp(page);
  const items = page.locator('.panel li.item');
  // The side panel is drawn after the article: wait for it rather than count too early.
  await expect.poll(() => items.count()).toBeGreaterThan(13);
  const all = await items.count();
  await page.getByLabel('Show kind').selectOption('claim');
  await expect(items).toHaveCount(5);
  await page.getByLabel('Show kind').selectOption('');
  await page.getByLabel('Filter annotations').fill('zelenskyy');
  // Zelenskyy's two quotations, and the quote that names him in its words.
  await expect(items).toHaveCount(3);
  await expect(page.locator('.panel .hint[role=status]')).toHaveText('3 shown');
  await page.getByLabel('Filter annotations').fill('');
  await page.getByRole('button', { name: 'Accept suggestion a1', exact: true }).click();
  await page.getByLabel('Show status').selectOption('mine');
  await expect(items).toHaveCount(1);
  await page.getByLabel('Show status').selectOption('');
  await expect(items).toHaveCount(all);
  expect(problems).toEqual([]);
});

test('the list filters by speaker, and the choice holds through an edit', async ({ page }) => {
  const problems = await openApp(page);
  const items = page.locator('.panel li.item');
  await expect.poll(() => items.count()).toBeGreaterThan(13);
  const all = await items.count();
  const speakers = page.getByLabel('Show speaker');
  // Any speaker, no speaker, then one option per speaker in the Speakers tab's count.
  const tab = await page.getByRole('tab', { name: /Speakers \(\d+\)/ }).textContent();
  await expect(speakers.locator('option')).toHaveCount(2 + Number(/\((\d+)\)/.exec(tab)[1]));
  await speakers.selectOption({ label: 'Pete Hegseth' });
  const hegseth = await items.count();
  expect(hegseth).toBeGreaterThan(0);
  expect(hegseth).toBeLessThan(all);
  for (const text of await items.allTextContents()) expect(text).toContain('Pete Hegseth');
  // Tagging a claim with no speaker redraws the list; the filter and its choice stay.
  await selectWithMouse(page, 'Nato membership for Ukraine');
  await page.keyboard.press('1');
  await expect(page.locator('mark[data-kind="claim"]', { hasText: 'Nato membership for Ukraine' })).toHaveCount(1);
  await expect(speakers).toHaveValue(/^s\d+$/);
  expect(await speakers.evaluate((s) => s.selectedOptions[0].textContent)).toBe('Pete Hegseth');
  await expect(items).toHaveCount(hegseth);
  await speakers.selectOption('*');
  await expect(items).toHaveCount(all + 1);
  expect(problems).toEqual([]);
});

test('? shows every key, and Escape closes it', async ({ page }) => {
  const problems = await openApp(page);
  await page.locator('article.doc').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('?');
  const overlay = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(overlay).toContainText('Tag the selection as a claim');
  await expect(overlay).toContainText('Accept the picked (or next) suggestion');
  // Its Close takes the focus without scrolling the list past its heading, in a window
  // shorter than the list too.
  await expect(overlay.getByRole('button', { name: 'Close' })).toBeFocused();
  expect(await overlay.evaluate((o) => o.scrollTop)).toBe(0);
  await page.keyboard.press('Escape');
  await expect(overlay).toHaveCount(0);
  await page.setViewportSize({ width: 1280, height: 600 });
  await page.keyboard.press('?');
  await expect(overlay.getByRole('button', { name: 'Close' })).toBeFocused();
  expect(await overlay.evaluate((o) => [o.scrollTop, o.scrollHeight > o.clientHeight])).toEqual([0, true]);
  await page.keyboard.press('Escape');
  await expect(overlay).toHaveCount(0);
  expect(problems).toEqual([]);
});

test('a speaker’s other mentions are tagged in one action, and undone in one', async ({ page }) => {
  const problems = await openApp(page);
  await page.getByRole('tab', { name: /Speakers/ }).click();
  const row = page.locator('.panel li.speaker[data-name="Pete Hegseth"]');
  const button = row.getByRole('button', { name: /^Tag \d+ more mentions?$/ });
  const label = await button.textContent();
  const n = Number(label.match(/\d+/)[0]);
  expect(n).toBeGreaterThan(5);
  await button.click();
  await expect(page.getByRole('status')).toContainText(`Tagged ${n} more mentions of Pete Hegseth.`);
  await expect(page.locator('article.doc mark[data-kind="speaker"]:not(.suggested)')).toHaveCount(n);
  await expect(row.getByRole('button', { name: /^Tag \d+ more/ })).toHaveCount(0);
  await page.getByRole('status').getByRole('button', { name: 'Undo' }).click();
  await expect(page.locator('article.doc mark[data-kind="speaker"]:not(.suggested)')).toHaveCount(0);
  expect(problems).toEqual([]);
});

test('pointing at a quotation lights up its speaker’s other marks; positions show their stance glyph', async ({ page }) => {
  const problems = await openApp(page);
  const quote = page.locator('article.doc mark[data-kind="quote"][title^="Quote · Pete Hegseth"]').nth(1);
  const id = await quote.getAttribute('data-id');
  await quote.hover();
  const linked = page.locator('article.doc mark.linked');
  await expect.poll(() => linked.count()).toBeGreaterThan(2);
  await expect(page.locator(`article.doc mark.linked[data-id="${id}"]`)).toHaveCount(0);
  for (const title of await linked.evaluateAll((ms) => ms.map((m) => m.title))) expect(title).toContain('Pete Hegseth');
  await page.mouse.move(2, 400);
  await expect(linked).toHaveCount(0);
  // A position's stance is a glyph as well as a colour.
  await selectWithMouse(page, 'Hegseth ruled out Nato membership for Ukraine');
  await page.keyboard.press('3');
  await page.locator('.panel li.focused label', { hasText: 'Stance' }).getByRole('combobox').selectOption('against');
  const glyph = await page.locator('article.doc mark[data-kind="position"][data-end]:not(.suggested)').evaluate((m) => getComputedStyle(m, '::after').content);
  expect(glyph).toBe('"▼"');
  expect(problems).toEqual([]);
});

test('the tags appear by a mouse selection, tag it from there, and get out of the way', async ({ page }) => {
  const problems = await openApp(page);
  const bar = page.locator('.selbar');
  await expect(bar).toHaveCount(0);
  await selectWithMouse(page, 'European leaders are reeling');
  await expect(bar).toBeVisible();
  // Next to the words, not at the top of the page: just above them (or below where the
  // toolbar would cover it), and across them.
  const words = await page.evaluate(() => getSelection().getRangeAt(0).getBoundingClientRect().toJSON());
  const box = await bar.boundingBox();
  const gap = Math.min(Math.abs(words.top - (box.y + box.height)), Math.abs(box.y - words.bottom));
  expect(gap).toBeLessThan(20);
  expect(box.x).toBeLessThan(words.right);
  expect(box.x + box.width).toBeGreaterThan(words.left);
  await bar.locator('button.claim').click();
  await expect.poll(() => markedTexts(page, 'claim')).toContain('European leaders are reeling');
  await expect(bar).toHaveCount(0);
  expect(problems).toEqual([]);
});

// The list follows an edit a frame late, but never shows one document's entries beside
// another's text: a new paste is listed with its article. Frames are made slow here (as on a
// busy machine), so a list a frame behind would still show the sample's.
test('a new paste is listed with its own article at once, even with slow frames', async ({ page }) => {
  const problems = await openApp(page);
  await expect(page.locator('.panel li.item').first()).toBeVisible();
  await page.evaluate(() => {
    window.requestAnimationFrame = (f) => setTimeout(() => f(performance.now()), 1000);
  });
  await pasteArticle(page, 'Headline\n\nFirst sentence here. The minister said taxes will fall by 2026. Last one.');
  await expect(page.locator('article.doc')).toContainText('The minister said taxes');
  const listed = await page.evaluate(() => document.querySelector('.panel')?.textContent ?? '');
  expect(listed).not.toContain('Hegseth');
  expect(problems).toEqual([]);
});

// Between a phone and a wide screen (here 900px), the sticky header stays one byline tall, so
// the tag bar sticking under it shows whole once the article scrolls; the block's type
// control and its menu, which have no margin to sit in there (nor on a phone), stay inside
// the window.
test('at a middle width the tag bar shows whole under the header, and the block control in the window', async ({ page }) => {
  await page.setViewportSize({ width: 900, height: 700 });
  const problems = await openApp(page);
  const byline = page.locator('.docmeta .byline');
  await expect(byline.getByRole('button', { name: 'Edit details' })).toBeVisible();
  await expect(byline.locator('.who')).toHaveAttribute('title', /Dan Sabbagh/);
  await page.mouse.move(300, 400);
  await page.mouse.wheel(0, 1500);
  await expect.poll(() => page.evaluate(() => scrollY)).toBeGreaterThan(1000);
  const [header, button] = await page.evaluate(() => [document.querySelector('header.top'), document.querySelector('.toolbar button')].map((e) => e.getBoundingClientRect().toJSON()));
  expect(button.top).toBeGreaterThanOrEqual(header.bottom);
  const block = page.locator('.blockwrap', { hasText: 'the Kremlin said Ukraine and Europe' });
  await block.hover();
  const toggle = await block.locator('.kind-toggle').boundingBox();
  expect(toggle.x).toBeGreaterThanOrEqual(0);
  expect(toggle.x + toggle.width).toBeLessThanOrEqual(900);
  // And the menu it opens, here and on a phone.
  const menu = page.getByRole('combobox', { name: 'Block type' });
  for (const width of [900, 390]) {
    await page.setViewportSize({ width, height: 700 });
    await block.locator('.kind-toggle').focus();
    await page.keyboard.press('Enter');
    await expect(menu).toBeFocused();
    const box = await menu.boundingBox();
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(width);
    // Escape closes it with no change, back on its button.
    await page.keyboard.press('Escape');
    await expect(menu).toHaveCount(0);
    await expect(block.locator('.kind-toggle')).toBeFocused();
    await expect(block.locator('p.block')).toHaveAttribute('data-kind', 'paragraph');
  }
  expect(problems).toEqual([]);
});

// Printed, the article and its list show; the controls (tag bar, Edit details, the blocks'
// type buttons, the header's actions) do not.
test('a printed page leaves out the controls', async ({ page }) => {
  const problems = await openApp(page);
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('article.doc mark').first()).toBeVisible();
  await expect(page.locator('.panel li.item').first()).toBeVisible();
  for (const control of ['.toolbar', '.docmeta .link', '.top .actions']) await expect(page.locator(control)).toBeHidden();
  expect(await page.locator('.kind-toggle').evaluateAll((all) => all.filter((b) => getComputedStyle(b).display !== 'none').length)).toBe(0);
  expect(problems).toEqual([]);
});
