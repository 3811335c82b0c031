// Positions: a holder, a topic, a stance and evidence; the grid of who stands where.
import { test, expect } from '@playwright/test';
import { openApp, selectWithMouse, exportJson } from './helpers.mjs';

test('a position gets holder, topic, stance and evidence, and shows in the grid', async ({ page }) => {
  const problems = await openApp(page);
  // The engine suggests this very position; tagging the same words accepts the suggestion,
  // holder, topic and stance included, which the person can still change.
  await selectWithMouse(page, 'Hegseth ruled out Nato membership for Ukraine');
  await page.keyboard.press('3');
  const item = page.locator('.panel li.focused[data-kind="position"]');
  await expect(item.getByPlaceholder('e.g. Nato membership for Ukraine')).toHaveValue('Nato membership for Ukraine');
  await expect(item.locator('label', { hasText: 'Stance' }).getByRole('combobox')).toHaveValue('against');
  await item.getByRole('combobox').first().selectOption({ label: 'Pete Hegseth' });
  await item.getByPlaceholder('e.g. Nato membership for Ukraine').fill('Nato membership for Ukraine');
  await item.getByPlaceholder('e.g. Nato membership for Ukraine').press('Tab');
  await item.locator('label', { hasText: 'Stance' }).getByRole('combobox').selectOption('against');
  await item.getByRole('combobox', { name: /Evidence to add/ }).selectOption({ label: 'Quote: These negotiations are led by President Trump. Eve…' });
  await item.getByRole('button', { name: /Add evidence/ }).click();
  await expect(item.locator('.evidence li')).toHaveCount(1);

  await page.getByRole('tab', { name: 'Positions' }).click();
  const grid = page.locator('table.positions-grid');
  await expect(grid.locator('thead th').nth(1)).toHaveText('Nato membership for Ukraine');
  await expect(grid.locator('tbody th').first()).toHaveText('Pete Hegseth');
  const cell = grid.getByRole('button', { name: /^Pete Hegseth against: / });
  await expect(cell).toHaveText('▼ against');
  // The other suggestion, not yet reviewed, says it is one.
  await expect(grid.getByRole('button', { name: /^Donald Trump for \(suggested\): / })).toHaveText('▲ for?');
  await cell.click();
  await expect(page.locator('mark[data-kind="position"].focused')).toHaveText('Hegseth ruled out Nato membership for Ukraine');

  const { doc } = await exportJson(page);
  const p = doc.annotations.find((a) => a.kind === 'position' && a.status === 'accepted');
  expect([p.topic, p.stance, doc.speakers.find((s) => s.id === p.speaker).name]).toEqual(['Nato membership for Ukraine', 'against', 'Pete Hegseth']);
  expect(p.links.length).toBe(1);
  // The speaker's card counts the sides they take.
  await page.getByRole('tab', { name: /Speakers/ }).click();
  await expect(page.locator('li.speaker[data-name="Pete Hegseth"] .counts')).toContainText('· 1 position');
  expect(problems).toEqual([]);
});

// The list is drawn a frame after an edit made in the article, but an edit made in the list
// itself is drawn at once: a later redraw would put back the document's value into a field
// being typed into. Frames are made slow here (as on a busy machine), so the redraw would
// come between the letters.
test('typing a topic right after choosing the holder keeps every letter, even with slow frames', async ({ page }) => {
  const problems = await openApp(page);
  await selectWithMouse(page, 'Nato cease all military activity in eastern Europe');
  await page.keyboard.press('3');
  const item = page.locator('.panel li.focused[data-kind="position"]');
  await expect(item).toHaveCount(1);
  await page.keyboard.press('l');
  await expect(item.locator('label.stance select').first()).toBeFocused();
  await page.evaluate(() => {
    window.requestAnimationFrame = (f) => setTimeout(() => f(performance.now()), 1000);
  });
  await page.keyboard.type('Pete');
  await page.keyboard.press('Tab');
  const topic = item.getByPlaceholder('e.g. Nato membership for Ukraine');
  await expect(topic).toBeFocused();
  await page.keyboard.type('Nato');
  await page.waitForTimeout(400);
  await page.keyboard.type(' activity');
  await expect(topic).toHaveValue('Nato activity');
  await page.keyboard.press('Tab');
  const { doc } = await exportJson(page);
  const p = doc.annotations.find((a) => a.kind === 'position' && a.origin === 'user');
  expect([p.topic, doc.speakers.find((s) => s.id === p.speaker)?.name]).toEqual(['Nato activity', 'Pete Hegseth']);
  expect(problems).toEqual([]);
});
