// A page object for Claimlens: what a person does, in the words they would use.
import { expect } from '@playwright/test';
import fs from 'node:fs';

/** Opens the app with empty storage and fails the test on any page error or console error. */
export async function openApp(page) {
  const problems = [];
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console: ${m.text()}`);
  });
  await page.goto('/');
  await whenLive(page);
  return problems;
}

/**
 * Waits for the app itself after a (re)load: the page the app kept when it was last hidden
 * is shown at once but takes no input (`inert`) until the app's own drawing replaces it.
 * Playwright's `goto` and `reload` return after the page's scripts ran, so a kept copy is in
 * place by then if there is one.
 */
export async function whenLive(page) {
  await expect(page.locator('#app > :not([inert]) article.doc')).toBeVisible();
}

/** Pastes `text` on the paste screen and presses Annotate. */
export async function pasteArticle(page, text) {
  await page.getByRole('button', { name: 'New' }).click();
  await pasteInto(page.getByLabel('Article text'), text);
  await page.getByRole('button', { name: 'Annotate' }).click();
  // Wait for the article to be on screen, as a person would before selecting in it
  // (a paste refused with a message leaves the paste screen up instead).
  await expect(page.locator('article.doc, [role=alert]').first()).toBeVisible({ timeout: 30_000 });
}

/**
 * Puts `text` into a text box as a paste does: the value at once, then one input event.
 * (Playwright's fill() types line by line and takes minutes on a 1 MB article.)
 */
export async function pasteInto(locator, text) {
  await locator.focus();
  await locator.evaluate((el, t) => {
    el.value = t;
    el.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste' }));
  }, text);
}

/**
 * Selects `phrase` (its `nth` occurrence in the article) by dragging the mouse from its
 * first character to its last, as a person does.
 */
export async function selectWithMouse(page, phrase, nth = 0) {
  // Between paragraphs the selection's text has line breaks the leaves do not.
  const selected = () => page.evaluate(() => String(window.getSelection()).replace(/\n+/g, ''));
  // A drag that lands while the page is still laying out is redone, as a person would.
  for (let attempt = 0; attempt < 3; attempt++) {
    await dragOver(page, phrase, nth);
    if ((await selected()) === phrase) return;
    await page.waitForTimeout(300);
  }
  await expect.poll(selected).toBe(phrase);
}

async function dragOver(page, phrase, nth) {
  const box = await page.evaluate(([phrase, nth]) => {
    const leaves = [...document.querySelectorAll('article.doc [data-o]')];
    const nodes = leaves.map((l) => l.firstChild).filter(Boolean);
    const whole = nodes.map((n) => n.data).join('');
    let at = -1;
    for (let i = 0; i <= nth; i++) at = whole.indexOf(phrase, at + 1);
    if (at < 0) return null;
    const locate = (offset) => {
      for (const n of nodes) {
        if (offset < n.data.length) return [n, offset];
        offset -= n.data.length;
      }
      return null;
    };
    const rectOf = (offset) => {
      const [n, o] = locate(offset);
      const r = document.createRange();
      r.setStart(n, o);
      r.setEnd(n, o + 1);
      return r.getClientRects()[0];
    };
    const first = rectOf(at);
    first && document.scrollingElement && window.scrollTo(0, window.scrollY + first.top - 200);
    const a = rectOf(at);
    const b = rectOf(at + phrase.length - 1);
    return { x1: a.left + 1, y1: a.top + a.height / 2, x2: b.right - 1, y2: b.top + b.height / 2 };
  }, [phrase, nth]);
  if (!box) throw new Error(`phrase not in the article: ${phrase}`);
  await page.mouse.move(box.x1, box.y1);
  await page.mouse.down();
  await page.mouse.move((box.x1 + box.x2) / 2, (box.y1 + box.y2) / 2, { steps: 4 });
  await page.mouse.move(box.x2, box.y2, { steps: 4 });
  await page.mouse.up();
}

/** Chooses `label` in the Export menu and returns the download's name and path. */
export async function exportAs(page, label) {
  await page.getByRole('button', { name: /^Export/ }).click();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('menuitem', { name: label }).click(),
  ]);
  return { name: download.suggestedFilename(), path: await download.path() };
}

/** Exports Claimlens JSON and returns the parsed document. */
export async function exportJson(page) {
  const { name, path } = await exportAs(page, 'Claimlens JSON (everything)');
  return { name, doc: JSON.parse(fs.readFileSync(path, 'utf8')) };
}

/** The slice of `text` between code point offsets, as the wire format defines them. */
export function cpSlice(text, start, end) {
  return Array.from(text).slice(start, end).join('');
}

/**
 * The text of each of the person's annotations of `kind` drawn in the article (suggestions
 * left out), joined across the runs an
 * overlapping annotation is split into.
 */
export async function markedTexts(page, kind) {
  return page.evaluate((kind) => {
    const byId = new Map();
    for (const m of document.querySelectorAll(`article.doc mark[data-kind="${kind}"]:not(.suggested)`)) {
      byId.set(m.dataset.id, (byId.get(m.dataset.id) || '') + m.textContent);
    }
    return [...byId.values()];
  }, kind);
}
