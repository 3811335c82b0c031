// Finding things: filters on the annotation list, and the keys overlay.
import { test, expect } from '@playwright/test';
import { openApp } from './helpers.mjs';

test('the list filters by kind, status and text', async ({ page }) => {
  const problems = await openApp(page);
  const items = page.locator('.panel li.item');
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

test('? shows every key, and Escape closes it', async ({ page }) => {
  const problems = await openApp(page);
  await page.locator('article.doc').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('?');
  const overlay = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(overlay).toContainText('Tag the selection as a claim');
  await expect(overlay).toContainText('Accept the picked (or next) suggestion');
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
