// Suggestions: quotations with speakers, reviewed one by one, by speaker, or all at once.
import { test, expect } from '@playwright/test';
import { openApp, exportJson, pasteArticle, selectWithMouse, markedTexts } from './helpers.mjs';

test('the sample comes with its thirteen quotations and a few ranked claims suggested', async ({ page }) => {
  const problems = await openApp(page);
  await expect(page.locator('.panel li[data-kind="quote"][data-status="suggested"]')).toHaveCount(13);
  await expect(page.locator('article.doc mark.suggested[data-kind="quote"]').first()).toHaveAttribute('data-who', 'PH');
  // The same words quoted in the headline and the first paragraph are told apart by place.
  await expect(page.locator('.panel li.item .place').first()).toHaveText('headline');
  await expect(page.locator('.panel li.item .place').nth(1)).toHaveText('¶ 1');
  await expect(page.locator('.panel li.item p.quote').nth(0)).toHaveText('everything is on the table');
  await expect(page.locator('.panel li.item p.quote').nth(1)).toHaveText('everything is on the table');
  await page.getByRole('tab', { name: /Speakers/ }).click();
  await expect(page.getByLabel('Name of speaker s1')).toHaveValue('Pete Hegseth');
  const hegseth = page.locator('li.speaker[data-speaker="s1"]');
  await expect(hegseth.locator('.counts')).toContainText('8 quotes');
  await expect(hegseth.locator('.aliases')).toContainText('The US defence secretary');
  await page.getByRole('tab', { name: 'Annotations' }).click();
  const claims = page.locator('.panel li[data-kind="claim"][data-status="suggested"]');
  expect(await claims.count()).toBeGreaterThanOrEqual(3);
  expect(await claims.count()).toBeLessThanOrEqual(8);
  await expect(page.locator('.panel li[data-kind="claim"]', { hasText: 'About a sixth of Ukraine’s territory is occupied by Russia' }).locator('.score')).toHaveText(/0\.\d\d|1\.00/);
  expect(problems).toEqual([]);
});

test('accept and reject by click and by key, all at once, with undo', async ({ page }) => {
  const problems = await openApp(page);
  const pending = page.locator('.panel li[data-status="suggested"]');
  // The side panel is drawn after the article: wait for it rather than count too early.
  await expect.poll(() => pending.count()).toBeGreaterThan(13); // quotations and claims
  const total = await pending.count();
  await page.getByRole('button', { name: 'Accept suggestion a1', exact: true }).click();
  await expect(pending).toHaveCount(total - 1);
  await page.getByRole('button', { name: 'Reject suggestion a2', exact: true }).click();
  await expect(pending).toHaveCount(total - 2);
  await expect(page.locator('article.doc mark[data-id="a2"]')).toHaveCount(0);
  // Keys: A accepts the focused (or first) suggestion and moves on.
  await page.locator('article.doc').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('a');
  await page.keyboard.press('r');
  await expect(pending).toHaveCount(total - 4);
  await page.getByRole('button', { name: 'Accept all' }).click();
  await expect(pending).toHaveCount(0);
  await page.keyboard.press('Control+z');
  await expect(pending).toHaveCount(total - 4);
  const { doc } = await exportJson(page);
  const status = Object.fromEntries(doc.annotations.map((a) => [a.id, a.status]));
  expect(status.a1).toBe('accepted');
  expect(status.a2).toBe('rejected');
  expect(problems).toEqual([]);
});

test('speakers can be renamed, merged and split', async ({ page }) => {
  const problems = await openApp(page);
  await page.getByRole('tab', { name: /Speakers/ }).click();
  await page.getByLabel('Name of speaker s1').fill('Peter Hegseth');
  await page.getByLabel('Name of speaker s1').press('Enter');
  await expect(page.getByLabel('Name of speaker s1')).toHaveValue('Peter Hegseth');
  const id = await page.evaluate(() => [...document.querySelectorAll('li.speaker')]
    .find((li) => li.querySelector('input').value === 'Dmitry Peskov').dataset.speaker);
  await page.locator(`li.speaker[data-speaker="${id}"]`).getByRole('combobox', { name: /^Merge/ }).selectOption({ label: 'Peter Hegseth' });
  await expect(page.locator(`li.speaker[data-speaker="${id}"]`)).toHaveCount(0);
  const { doc } = await exportJson(page);
  const s1 = doc.speakers.find((s) => s.id === 's1');
  expect(s1.aliases).toEqual(expect.arrayContaining(['Pete Hegseth', 'Dmitry Peskov']));
  // Peskov's quotation joins Hegseth's eight.
  expect(doc.annotations.filter((a) => a.speaker === 's1' && a.kind === 'quote').length).toBe(9);
  // A merge made by mistake is undone by splitting the name back off, with its quotation.
  await page.locator('li.speaker[data-speaker="s1"]').getByRole('combobox', { name: /^Split/ }).selectOption({ label: 'Dmitry Peskov' });
  await expect.poll(() => page.evaluate(() => [...document.querySelectorAll('li.speaker input')].filter((i) => i.value === 'Dmitry Peskov').length)).toBe(1);
  const after = (await exportJson(page)).doc;
  const peskov = after.speakers.find((s) => s.name === 'Dmitry Peskov');
  expect(after.annotations.filter((a) => a.speaker === peskov.id && a.kind === 'quote').length).toBe(1);
  expect(after.annotations.filter((a) => a.speaker === 's1' && a.kind === 'quote').length).toBe(8);
  expect(after.speakers.find((s) => s.id === 's1').aliases).not.toContain('Dmitry Peskov');
  expect(problems).toEqual([]);
});

test('with a filter on, the bulk buttons review only the suggestions shown', async ({ page }) => {
  const problems = await openApp(page);
  await page.getByLabel('Show kind').selectOption('position');
  await expect(page.locator('.review-bar')).toContainText('2 suggestions to review among those shown');
  await page.getByRole('button', { name: 'Accept shown' }).click();
  // Accepted entries carry no status mark.
  await expect(page.locator('.panel li[data-kind="position"]:not([data-status])')).toHaveCount(2);
  // The quotations, not shown, are still waiting.
  await page.getByLabel('Show kind').selectOption('');
  await expect(page.locator('.panel li[data-kind="quote"][data-status="suggested"]')).toHaveCount(13);
  await expect(page.getByRole('button', { name: 'Accept all' })).toBeVisible();
  expect(problems).toEqual([]);
});

test('a pasted transcript gives each speaker their turns and the claims made in them', async ({ page }) => {
  const problems = await openApp(page);
  await pasteArticle(page, [
    'Mayoral debate: Ortiz and Delgado on housing',
    'Transcript of the second mayoral debate between Maria Ortiz and Tom Delgado, moderated by Dana Reyes.',
    'Dana Reyes: (00:05)', 'Good evening and welcome to the second debate. Let’s begin with housing.',
    'Maria Ortiz: (00:41)', 'Thank you, Dana. Rents in this city have risen by 40 percent in five years, and wages have not kept up.',
    'We will build 10,000 new homes by 2030, and we will pay for them without raising property taxes.',
    'Tom Delgado: (01:58)', 'That number is a fantasy. The city built fewer than 900 homes last year under her housing plan.',
  ].join('\n\n'));
  // Every turn is a quotation tagged with its speaker's initials; the label lines are not.
  // (A quotation a claim overlaps is drawn in pieces, one mark each, with the tag on its last.)
  await expect(page.locator('.panel li[data-kind="quote"]')).toHaveCount(4);
  const tags = await page.locator('article.doc mark.suggested[data-kind="quote"][data-who]').evaluateAll((ms) => ms.map((m) => m.dataset.who));
  expect(tags).toEqual(['DR', 'MO', 'MO', 'TD']);
  await expect(page.locator('article.doc mark', { hasText: '(00:41)' })).toHaveCount(0);
  // The label lines are drawn as labels, not as paragraphs of the article's prose.
  const labels = page.locator('article.doc p.turn-label');
  await expect(labels).toHaveText(['Dana Reyes: (00:05)', 'Maria Ortiz: (00:41)', 'Tom Delgado: (01:58)']);
  expect(await labels.first().evaluate((p) => getComputedStyle(p).fontWeight)).toBe('600');
  // A claim inside a turn is listed under the turn's speaker.
  const claim = page.locator('.panel li[data-kind="claim"]', { hasText: 'Rents in this city have risen by 40 percent' });
  await expect(claim.locator('.who')).toHaveText('Maria Ortiz');
  await page.getByRole('tab', { name: /Speakers/ }).click();
  await expect(page.locator('li.speaker')).toHaveCount(3);
  expect(problems).toEqual([]);
});

test('a transcript without label lines sets its speakers’ labels off, and a selection over one tags the right words', async ({ page }) => {
  const problems = await openApp(page);
  await pasteArticle(page, [
    'Governor Fallin on the budget',
    'TAPPER: Do you think the plan works, Governor?',
    'FALLIN: I think it cut costs by 12 percent last year, and we’re not done.',
    'TAPPER: Thank you, Governor.',
  ].join('\n\n'));
  const labels = page.locator('article.doc span.turn');
  await expect(labels).toHaveText(['TAPPER:', 'FALLIN:', 'TAPPER:']);
  expect(await labels.first().evaluate((s) => getComputedStyle(s).fontWeight)).toBe('600');
  // The turns are quotations, and their labels are no part of them.
  await expect(page.locator('.panel li[data-kind="quote"]')).toHaveCount(3);
  await expect(page.locator('article.doc mark[data-kind="quote"] span.turn')).toHaveCount(0);
  // The label is a run of its own: a selection starting in it still maps to the right words.
  await selectWithMouse(page, 'FALLIN: I think');
  await page.keyboard.press('1');
  await expect.poll(() => markedTexts(page, 'claim')).toEqual(['FALLIN: I think']);
  const { doc } = await exportJson(page);
  expect(doc.annotations.filter((a) => a.kind === 'claim' && a.origin === 'user').map((a) => a.text)).toEqual(['FALLIN: I think']);
  expect(problems).toEqual([]);
});

test('a Spanish article pasted in the app gets its byline, dateline and speakers', async ({ page }) => {
  const problems = await openApp(page);
  const fs = await import('node:fs');
  await pasteArticle(page, fs.readFileSync('tests/data/pastes/spanish-wire.txt', 'utf8'));
  await expect(page.locator('article.doc h1')).toHaveText('Milei defiende el ajuste: "No hay plata"');
  await expect(page.locator('header')).toContainText('Martín Rodríguez, Ana Gómez · Buenos Aires');
  await expect(page.locator('.panel li[data-kind="quote"][data-status="suggested"]')).toHaveCount(7);
  await page.getByRole('tab', { name: /Speakers/ }).click();
  const names = page.locator('li.speaker input[aria-label^="Name of speaker"]');
  await expect(names).toHaveCount(4);
  await expect(page.getByLabel('Name of speaker s4')).toHaveValue('Axel Kicillof');
  await expect(page.locator('li.speaker[data-speaker="s4"] .aliases')).toContainText('El gobernador de Buenos Aires');
  expect(problems).toEqual([]);
});
