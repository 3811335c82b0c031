// XSS filter-evasion vectors (after the OWASP cheat sheet's families) as article text, as a
// speaker name, as a note, inside an imported file and a share link: nothing runs,
// everything shows as text.
import { test, expect } from '@playwright/test';
import fs from 'node:fs';
import { openApp, pasteArticle, selectWithMouse, exportJson } from './helpers.mjs';

const RUN = 'window.__xss=1';
const VECTORS = [
  `<script>${RUN}</script>`,
  `<SCRIPT SRC=//127.0.0.1/xss.js></SCRIPT>`,
  `<IMG SRC="javascript:${RUN};">`,
  `<IMG SRC=JaVaScRiPt:${RUN}>`,
  `<IMG """><SCRIPT>${RUN}</SCRIPT>">`,
  `<IMG SRC=/ onerror="${RUN}"></img>`,
  `<img src=x onerror=${RUN}>`,
  `<svg/onload=${RUN}>`,
  `<BODY ONLOAD=${RUN}>`,
  `<iframe src="javascript:${RUN}"></iframe>`,
  `<a href="javas&#99;ript:${RUN}">click</a>`,
  `<math><mtext></table><img src onerror=${RUN}>`,
  `"><script>${RUN}</script>`,
  `';${RUN}//';`,
  `<STYLE>@import'//127.0.0.1/xss.css';</STYLE>`,
  `<META HTTP-EQUIV="refresh" CONTENT="0;url=javascript:${RUN}">`,
  `<object data="javascript:${RUN}"></object>`,
  `<details open ontoggle=${RUN}>`,
  `<input onfocus=${RUN} autofocus>`,
  `<video><source onerror="${RUN}"></video>`,
  `</textarea><script>${RUN}</script>`,
  `</script><script>${RUN}</script>`,
  `<div style="background:url(javascript:${RUN})">x</div>`,
  `{{constructor.constructor('${RUN}')()}}`,
];
const ELEMENTS = 'article.doc script, article.doc img, article.doc svg, article.doc iframe, article.doc a, article.doc math, article.doc style, article.doc meta, article.doc object, article.doc details, article.doc input, article.doc video, article.doc div[style]';

test('vectors pasted, tagged, noted, imported and shared run nothing', async ({ page, browser }) => {
  const problems = await openApp(page);
  page.on('dialog', (d) => { problems.push('dialog: ' + d.message()); d.dismiss(); });
  const text = 'Hostile headline <b>bold</b>\n\n' + VECTORS.map((v, i) => `Line ${i}: ${v} said “${v}”.`).join('\n\n');
  await pasteArticle(page, text);
  const article = page.locator('article.doc');
  for (const v of VECTORS) await expect(article).toContainText(v);
  await expect(page.locator(ELEMENTS)).toHaveCount(0);

  await selectWithMouse(page, `<svg/onload=${RUN}>`);
  await page.keyboard.press('2');
  await expect(page.locator('.panel .who').first()).toContainText('<svg/onload=');
  const item = page.locator('.panel li[data-kind="speaker"]');
  await item.click();
  await item.getByRole('textbox', { name: /Note/ }).fill(VECTORS[0]);
  await item.getByRole('textbox', { name: /Note/ }).press('Tab');
  const { doc } = await exportJson(page);
  expect(doc.annotations.find((a) => a.kind === 'speaker').note).toBe(VECTORS[0]);

  // The same document imported back, and opened from a share link elsewhere.
  await page.getByRole('button', { name: 'New' }).click();
  await page.locator('input[type=file]').setInputFiles({ name: 'hostile.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(doc)) });
  await expect(page.getByRole('status')).toContainText('Opened hostile.json');
  await expect(page.locator(ELEMENTS)).toHaveCount(0);
  await page.getByRole('button', { name: 'Share' }).click();
  const url = await page.getByLabel('Share link').inputValue();
  const other = await browser.newContext();
  const viewer = await other.newPage();
  viewer.on('dialog', (d) => { problems.push('dialog: ' + d.message()); d.dismiss(); });
  await viewer.goto(url);
  await expect(viewer.locator('article.doc')).toContainText(VECTORS[5]);
  await expect(viewer.locator(ELEMENTS)).toHaveCount(0);
  expect(await viewer.evaluate(() => window.__xss)).toBeUndefined();
  await other.close();
  expect(await page.evaluate(() => window.__xss)).toBeUndefined();
  expect(problems).toEqual([]);
});
