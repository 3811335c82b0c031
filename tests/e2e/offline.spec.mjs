// The offline app: after one visit it opens and works with the network off.
import { test, expect } from '@playwright/test';
import { openApp, selectWithMouse, whenLive } from './helpers.mjs';

test('after the first visit the app opens and works offline', async ({ page, context }) => {
  const problems = await openApp(page);
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await expect.poll(() => page.evaluate(async () => (await caches.keys()).length)).toBeGreaterThan(0);
  const manifest = await page.evaluate(async () => (await fetch(document.querySelector('link[rel=manifest]').href)).json());
  expect(manifest.icons.map((i) => i.sizes)).toEqual(expect.arrayContaining(['192x192', '512x512']));

  await context.setOffline(true);
  await page.reload();
  await whenLive(page);
  await expect(page.locator('article.doc h1')).toContainText('Pete Hegseth');
  await selectWithMouse(page, 'About a sixth');
  await page.keyboard.press('1');
  await expect(page.locator('mark[data-kind="claim"]:not(.suggested)').first()).toBeVisible();
  await context.setOffline(false);
  expect(problems).toEqual([]);
});
