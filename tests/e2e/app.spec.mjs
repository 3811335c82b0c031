// The foundation, end to end: open, see the sample, paste, select, tag, reload, export.
import { test, expect } from '@playwright/test';
import { openApp, pasteArticle, selectWithMouse, exportJson, cpSlice, markedTexts, whenLive } from './helpers.mjs';

const ARTICLE = [
  'Café owners fear “a summer of closures” 😀',
  '',
  'By Zoë Martín',
  '',
  'The mayor said the city’s 312 cafés would get “targeted help” before June.',
  '',
  'Critics called the plan “too little, too late”, citing a 14% rise in rents.',
].join('\n');

test('first visit opens on the sample article', async ({ page }) => {
  const problems = await openApp(page);
  await expect(page.locator('article.doc h1')).toHaveText('Pete Hegseth says ‘everything is on the table’ to end Ukraine war');
  await expect(page.locator('article.doc')).toContainText('About a sixth of Ukraine’s territory is occupied by Russia');
  expect(problems).toEqual([]);
});

test('paste, select, tag, reload, export', async ({ page }) => {
  const problems = await openApp(page);
  await pasteArticle(page, ARTICLE);
  await expect(page.locator('article.doc h1')).toHaveText('Café owners fear “a summer of closures” 😀');

  // A claim with the toolbar button.
  await selectWithMouse(page, '312 cafés would get “targeted help”');
  await page.getByRole('button', { name: /Claim/ }).click();
  // The claim contains the suggested quotation “targeted help”, so it is drawn in runs.
  await expect.poll(() => markedTexts(page, 'claim')).toEqual(['312 cafés would get “targeted help”']);

  // A speaker with its key.
  await selectWithMouse(page, 'The mayor');
  await page.keyboard.press('2');
  await expect(page.locator('mark[data-kind="speaker"]:not(.suggested)')).toHaveText('The mayor');

  // A position, after the emoji, with its key.
  await selectWithMouse(page, 'too little, too late');
  await page.keyboard.press('3');
  await expect(page.locator('mark[data-kind="position"]:not(.suggested)')).toHaveText('too little, too late');
  await page.locator('.panel li[data-kind="position"] label', { hasText: 'Stance' }).getByRole('combobox').selectOption('against');

  // The person's own annotations (suggestions are listed too, marked as such).
  const list = page.locator('.panel li:not([data-status])');
  await expect(list).toHaveCount(3);
  await expect(page.locator('.panel li[data-kind="quote"][data-status="suggested"]')).toHaveCount(2);

  // Autosave: a reload keeps everything.
  await page.reload();
  await whenLive(page);
  await expect(page.locator('article.doc h1')).toHaveText('Café owners fear “a summer of closures” 😀');
  await expect.poll(() => markedTexts(page, 'claim')).toEqual(['312 cafés would get “targeted help”']);
  await expect(page.locator('mark[data-kind="position"]:not(.suggested)')).toHaveAttribute('data-stance', 'against');
  await expect(list).toHaveCount(3);

  // Export: the JSON's code-point offsets point at the tagged words.
  const { name, doc } = await exportJson(page);
  expect(name).toMatch(/\.claimlens\.json$/);
  expect(doc.format).toBe('claimlens');
  expect(doc.version).toBe(1);
  expect(doc.offset_unit).toBe('codepoint');
  expect(doc.text).toBe(ARTICLE);
  const byKind = Object.fromEntries(doc.annotations.filter((a) => a.origin === 'user').map((a) => [a.kind, a]));
  for (const a of doc.annotations) expect(cpSlice(doc.text, a.start, a.end)).toBe(a.text);
  expect(byKind.claim.text).toBe('312 cafés would get “targeted help”');
  expect(byKind.position.stance).toBe('against');
  const mayor = doc.speakers.find((s) => s.id === byKind.speaker.speaker);
  expect(mayor.name).toBe('The mayor');
  // The suggested quotations travel with their review status.
  const quotes = doc.annotations.filter((a) => a.kind === 'quote');
  expect(quotes.map((q) => [q.text, q.origin, q.status])).toEqual([
    ['targeted help', 'suggested', 'suggested'],
    ['too little, too late', 'suggested', 'suggested'],
  ]);
  // Code points, not UTF-16: the emoji in the title counts once.
  const utf16 = doc.text.indexOf('too little, too late');
  expect(byKind.position.start).toBe(utf16 - 1);
  expect(problems).toEqual([]);
});

test('clicking a listed annotation picks its mark; delete and undo', async ({ page }) => {
  const problems = await openApp(page);
  await pasteArticle(page, ARTICLE);
  await selectWithMouse(page, 'a 14% rise in rents');
  await page.keyboard.press('1');
  const item = page.locator('.panel li[data-kind="claim"]:not([data-status])');
  await item.click();
  await expect(page.locator('mark[data-kind="claim"]:not(.suggested)')).toHaveClass(/focused/);
  await item.getByRole('button', { name: /Delete/ }).click();
  await expect(page.locator('mark[data-kind="claim"]:not(.suggested)')).toHaveCount(0);
  await page.getByRole('button', { name: 'Undo', exact: true }).first().click();
  await expect(page.locator('mark[data-kind="claim"]:not(.suggested)')).toHaveText('a 14% rise in rents');
  await page.keyboard.press('Control+Shift+Z');
  await expect(page.locator('mark[data-kind="claim"]:not(.suggested)')).toHaveCount(0);
  expect(problems).toEqual([]);
});

test('a selection across paragraphs tags one annotation drawn in both', async ({ page }) => {
  const problems = await openApp(page);
  await pasteArticle(page, ARTICLE);
  await selectWithMouse(page, 'before June.Critics called');
  await page.keyboard.press('1');
  // One annotation, drawn in both paragraphs.
  await expect.poll(() => markedTexts(page, 'claim')).toEqual(['before June.Critics called']);
  const blocks = await page.locator('mark[data-kind="claim"]:not(.suggested)').evaluateAll((ms) => new Set(ms.map((m) => m.closest('.blockwrap').dataset.block)).size);
  expect(blocks).toBe(2);
  const { doc } = await exportJson(page);
  expect(doc.annotations.find((a) => a.kind === 'claim' && a.origin === 'user').text).toBe('before June.\n\nCritics called');
  expect(problems).toEqual([]);
});
