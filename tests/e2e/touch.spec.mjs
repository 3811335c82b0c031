// A phone: touch selection (the system's selection handles, set here through the Selection
// API as they do), taps on the toolbar, word snapping, tapping a mark, the list as a sheet.
import { test, expect, devices } from '@playwright/test';
import { openApp, markedTexts } from './helpers.mjs';

test.use({ ...devices['Pixel 7'], browserName: 'chromium' });

/** Selects from the middle of one word to the middle of another, as dragged handles leave it. */
async function handleSelect(page, phrase, trimStart, trimEnd) {
  await page.evaluate(([phrase, a, b]) => {
    const leaves = [...document.querySelectorAll('article.doc [data-o]')];
    let node = null;
    let at = -1;
    for (const l of leaves) {
      at = l.firstChild.data.indexOf(phrase);
      if (at >= 0) { node = l.firstChild; break; }
    }
    const r = document.createRange();
    r.setStart(node, at + a);
    r.setEnd(node, at + phrase.length - b);
    getSelection().removeAllRanges();
    getSelection().addRange(r);
  }, [phrase, trimStart, trimEnd]);
}

test('on a phone, a selection made with the handles is tagged with a tap and snaps to whole words', async ({ page }) => {
  const problems = await openApp(page);
  // “bout a sixth of Ukraine’s territo” — both ends inside words.
  await handleSelect(page, 'About a sixth of Ukraine’s territory', 1, 2);
  const claim = page.getByRole('toolbar').getByRole('button', { name: /^Claim/ });
  await expect(claim).toBeEnabled();
  // The bar by the selection is for a mouse: a phone has its own selection menu there.
  await expect(page.locator('.selbar')).toBeHidden();
  await claim.tap();
  await expect.poll(() => markedTexts(page, 'claim')).toEqual(['About a sixth of Ukraine’s territory']);
  // Tapping the mark picks it in the list.
  await page.locator('article.doc mark[data-kind="claim"]:not(.suggested)').first().tap();
  await expect(page.locator('.panel li.item.focused')).toHaveAttribute('data-kind', 'claim');
  // The list is a sheet along the bottom on a phone; picking a mark opens it on that entry.
  await expect(page.getByRole('button', { name: 'Hide the list' })).toHaveAttribute('aria-expanded', 'true');
  await expect(page.locator('.panel li.item.focused')).toBeInViewport();
  await page.getByRole('button', { name: 'Hide the list' }).tap();
  await expect(page.getByRole('button', { name: 'Show the list' })).toBeVisible();
  // The toolbar and the list stay reachable on a narrow screen.
  const box = await claim.boundingBox();
  expect(box.x + box.width).toBeLessThanOrEqual(page.viewportSize().width);
  expect(problems).toEqual([]);
});
