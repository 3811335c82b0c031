// Everything without a mouse: moving through sentences and annotations, tagging a position
// with holder, topic, stance and evidence, deleting, undoing. And overlapping spans.
import { test, expect } from '@playwright/test';
import { openApp, selectWithMouse, exportJson } from './helpers.mjs';

const SENTENCE = 'Trump unexpectedly announced on Wednesday he had spoken to Putin for more than an hour and would begin peace talks with Russia and Ukraine, while Hegseth ruled out Nato membership for Ukraine and the restoration of Crimea and other territories occupied by Moscow since 2014.';
const selection = (page) => page.evaluate(() => String(window.getSelection()).replace(/\s+/g, ' ').trim());

test('a position with holder, topic, stance and evidence, using only the keyboard', async ({ page }) => {
  // Which keys reached the page: CI once saw the first J select nothing (under load, passed
  // on retry, never reproduced); if it happens again the failure says what the page had.
  await page.addInitScript(() => {
    window.__keys = [];
    addEventListener('keydown', (e) => window.__keys.push(e.key), true);
  });
  const problems = await openApp(page);
  // J walks forward sentence by sentence; K walks back; Shift+J grows the selection.
  await page.keyboard.press('j');
  try {
    await expect.poll(() => selection(page)).toContain('Pete Hegseth says');
  } catch (e) {
    const seen = await page.evaluate(() => ({
      keys: window.__keys,
      focus: `${document.activeElement?.tagName}.${document.activeElement?.className}`,
      notices: [...document.querySelectorAll('[role=alert], [role=status]')].map((n) => n.textContent),
      blocks: document.querySelectorAll('article.doc [data-block]').length,
      ranges: getSelection().rangeCount,
    }));
    throw new Error(`${e.message}\nthe page after the first J: ${JSON.stringify(seen)}`);
  }
  for (let i = 0; i < 60 && (await selection(page)) !== SENTENCE; i++) await page.keyboard.press('j');
  expect(await selection(page)).toBe(SENTENCE);
  // The page's selection follows each key once the app has drawn it: poll, as a person looks.
  await page.keyboard.press('Shift+J');
  await expect.poll(() => selection(page)).toMatch(/^Trump unexpectedly.*since 2014\. \S/);
  await page.keyboard.press('k');
  // K's own result, not the grown selection still on the page (on a busy machine the next key
  // could otherwise arrive before K was drawn).
  await expect.poll(async () => { const s = await selection(page); return s !== SENTENCE && !/since 2014\. \S/.test(s); }).toBe(true);
  await page.keyboard.press('j');
  await expect.poll(() => selection(page)).toBe(SENTENCE);

  await page.keyboard.press('3');
  const item = page.locator('.panel li.focused[data-kind="position"]');
  await expect(item).toHaveCount(1);
  // L: into the holder choice; typing picks a speaker.
  await page.keyboard.press('l');
  await expect(item.locator('label.stance select').first()).toBeFocused();
  await page.keyboard.type('Pete');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Nato membership for Ukraine');
  await page.keyboard.press('Tab');
  await page.keyboard.type('against');
  await page.keyboard.press('Tab');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Tab');
  await expect(item.getByRole('button', { name: /Add evidence/ })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(item.locator('.evidence li')).toHaveCount(1);

  const { doc } = await exportJson(page);
  // The one tagged here, not the engine's suggestion inside the same sentence.
  const p = doc.annotations.find((a) => a.kind === 'position' && a.origin === 'user');
  expect(p.text ?? null).toBeDefined();
  expect([p.topic, p.stance, doc.speakers.find((s) => s.id === p.speaker)?.name, p.links.length])
    .toEqual(['Nato membership for Ukraine', 'against', 'Pete Hegseth', 1]);
  expect(problems).toEqual([]);
});

test('N and P move through annotations; Delete removes the picked one; Ctrl+Z brings it back', async ({ page }) => {
  const problems = await openApp(page);
  await page.keyboard.press('n');
  const first = page.locator('.panel li.item.focused');
  await expect(first).toHaveCount(1);
  const firstId = await first.getAttribute('data-id');
  await expect(page.locator(`mark.focused[data-id="${firstId}"]`).first()).toBeVisible();
  await page.keyboard.press('n');
  await expect(page.locator('.panel li.item.focused')).not.toHaveAttribute('data-id', firstId);
  await page.keyboard.press('p');
  await expect(page.locator('.panel li.item.focused')).toHaveAttribute('data-id', firstId);
  const before = await page.locator('.panel li.item').count();
  await page.keyboard.press('Delete');
  await expect(page.locator('.panel li.item')).toHaveCount(before - 1);
  await page.keyboard.press('Control+z');
  await expect(page.locator('.panel li.item')).toHaveCount(before);
  // E opens the note of the picked annotation.
  await page.keyboard.press('n');
  await page.keyboard.press('e');
  await expect(page.locator('.panel li.item.focused textarea.note')).toBeFocused();
  // The toolbar's Note does the same for a mouse user.
  await page.evaluate(() => document.activeElement.blur());
  await expect(page.locator('.panel li.item.focused textarea.note')).not.toBeFocused();
  await page.getByRole('toolbar').getByRole('button', { name: /^Note/ }).click();
  await expect(page.locator('.panel li.item.focused textarea.note')).toBeFocused();
  expect(problems).toEqual([]);
});

/** The new claim's note, in its entry in the list, has the focus and takes `words` typed. */
async function newClaimNoteTakes(page, words) {
  const note = page.locator('.panel li.item.focused[data-kind="claim"] textarea.note');
  await expect(note).toBeFocused();
  await page.keyboard.type(words);
  await expect(note).toHaveValue(words);
}

// The list draws an edit once the frame showing its mark is painted; a key pressed into the
// new entry before then (E for its note) still gets there.
test('E pressed at once after tagging opens the new annotation’s note', async ({ page }) => {
  // Focus moves and keys, kept so that a failure says what the page did.
  await page.addInitScript(() => {
    window.__focus = [];
    const log = (what) => (e) => window.__focus.push(`${what} ${e.key ?? `${e.target.tagName}.${e.target.className}`}`);
    addEventListener('focusin', log('in'));
    addEventListener('keydown', log('key'), true);
  });
  const problems = await openApp(page);
  await selectWithMouse(page, 'About a sixth of Ukraine’s territory is occupied by Russia');
  await page.keyboard.press('1');
  await page.keyboard.press('e');
  try {
    await newClaimNoteTakes(page, 'Check the figure');
  } catch (e) {
    throw new Error(`${e.message}\nfocus and keys: ${JSON.stringify(await page.evaluate(() => window.__focus))}`);
  }
  expect(problems).toEqual([]);
});

// Keys that arrive together, before the page has drawn the first one's effect (a busy
// machine delivers them in one go): E still opens the note of what "1" tagged, not the entry
// of the suggestion the tag was picked from.
test('1 and E delivered in one go open the new annotation’s note', async ({ page }) => {
  const problems = await openApp(page);
  await selectWithMouse(page, 'About a sixth of Ukraine’s territory is occupied by Russia');
  await page.evaluate(() => {
    const at = document.activeElement || document.body;
    for (const key of ['1', 'e']) at.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
  });
  await newClaimNoteTakes(page, 'Check the figure');
  expect(problems).toEqual([]);
});

// The same for the toolbar's Note clicked at once: frames are made slow here (as on a busy
// machine), so the list is still behind when the click comes.
test('Note clicked at once after tagging opens the new annotation’s note, even with slow frames', async ({ page }) => {
  const problems = await openApp(page);
  await page.evaluate(() => {
    window.requestAnimationFrame = (f) => setTimeout(() => f(performance.now()), 1000);
  });
  await selectWithMouse(page, 'About a sixth of Ukraine’s territory is occupied by Russia');
  await page.keyboard.press('1');
  await page.getByRole('toolbar').getByRole('button', { name: /^Note/ }).click();
  await newClaimNoteTakes(page, 'Source?');
  expect(problems).toEqual([]);
});

test('overlapping spans: a click picks the shortest, and a list offers the others', async ({ page }) => {
  const problems = await openApp(page);
  await selectWithMouse(page, 'About a sixth of Ukraine’s territory is occupied by Russia');
  await page.keyboard.press('1');
  await selectWithMouse(page, 'Ukraine’s territory');
  await page.keyboard.press('2');
  await page.locator('article.doc mark[data-kind="speaker"]:not(.suggested)').click();
  const here = page.getByRole('group', { name: 'Annotations at this place' });
  await expect(here.getByRole('button')).toHaveCount(2);
  await expect(here.getByRole('button').nth(0)).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('.panel li.item.focused')).toHaveAttribute('data-kind', 'speaker');
  await here.getByRole('button', { name: /Claim/ }).click();
  await expect(page.locator('.panel li.item.focused')).toHaveAttribute('data-kind', 'claim');
  await expect(here.getByRole('button', { name: /Claim/ })).toHaveAttribute('aria-pressed', 'true');
  expect(problems).toEqual([]);
});

// The page reports selections in its text boxes as the side panel is drawn; one such report
// arriving between "j" and the sentence it selects being put on the page used to wipe the
// selection out (about one load in four). Six fresh loads, "j" at once on each.
test('J pressed as soon as the article shows selects the first sentence', async ({ page }) => {
  for (let i = 0; i < 6; i++) {
    await page.goto('/');
    await expect(page.locator('article.doc')).toBeVisible();
    await page.keyboard.press('j');
    await expect.poll(() => selection(page), { timeout: 3000 }).toContain('Pete Hegseth says');
  }
});
