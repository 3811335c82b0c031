// Export in every format from the menu, and open W3C and brat files back.
import { test, expect } from '@playwright/test';
import fs from 'node:fs';
import zlib from 'node:zlib';
import { openApp, exportAs, exportJson } from './helpers.mjs';

test('every format downloads, and W3C and brat open back with their annotations', async ({ page }) => {
  const problems = await openApp(page);
  await page.getByRole('button', { name: 'Accept all' }).click();
  const { doc: original } = await exportJson(page);

  const csv = await exportAs(page, 'CSV spreadsheet');
  expect(csv.name).toMatch(/\.csv$/);
  const rows = fs.readFileSync(csv.path, 'utf8').trim().split('\r\n');
  expect(rows[0]).toBe('id,kind,status,text,speaker,stance,verdict,topic,note,start,end,sentence');
  expect(rows.length).toBe(original.annotations.length + 1);
  expect(rows[0]).toContain('verdict');

  const claim = page.locator('.panel li[data-kind="claim"]', { hasText: 'About a sixth' });
  await claim.click();
  await claim.locator('label', { hasText: 'Verdict' }).getByRole('combobox').selectOption('mostly-false');
  const cr = await exportAs(page, 'schema.org ClaimReview (rated claims)');
  const reviews = JSON.parse(fs.readFileSync(cr.path, 'utf8'));
  expect(reviews.map((r) => [r.claimReviewed, r.reviewRating.ratingValue])).toEqual([['About a sixth of Ukraine’s territory is occupied by Russia', 2]]);

  const md = await exportAs(page, 'Markdown report');
  expect(fs.readFileSync(md.path, 'utf8')).toContain('### Pete Hegseth');

  const w3c = await exportAs(page, 'W3C Web Annotation (JSON-LD)');
  const collection = JSON.parse(fs.readFileSync(w3c.path, 'utf8'));
  expect(collection.type).toBe('AnnotationCollection');
  expect(collection.first.items[0].target.selector.map((s) => s.type)).toEqual(['TextQuoteSelector', 'TextPositionSelector']);

  const brat = await exportAs(page, 'brat standoff (.zip)');
  expect(brat.name).toMatch(/\.brat\.zip$/);
  expect(fs.readFileSync(brat.path).subarray(0, 2).toString()).toBe('PK');

  for (const file of [{ path: w3c.path, name: 'hegseth.w3c.jsonld' }, { path: brat.path, name: 'hegseth.brat.zip' }]) {
    await page.getByRole('button', { name: 'New' }).click();
    await page.locator('input[type=file]').setInputFiles({ name: file.name, mimeType: 'application/octet-stream', buffer: fs.readFileSync(file.path) });
    await expect(page.getByRole('status')).toContainText(`Opened ${file.name}: ${original.annotations.length} annotations.`);
    await expect(page.locator('.panel li[data-kind="quote"]')).toHaveCount(13);
  }
  expect(problems).toEqual([]);
});

test('the export menu closes with Escape and with a click outside it', async ({ page }) => {
  const problems = await openApp(page);
  const exportButton = page.getByRole('button', { name: /^Export/ });
  await exportButton.click();
  await expect(page.getByRole('menu')).toBeVisible();
  await expect(exportButton).toHaveAttribute('aria-expanded', 'true');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('menu')).toHaveCount(0);
  await exportButton.click();
  await page.locator('article.doc').click({ position: { x: 10, y: 300 } });
  await expect(page.getByRole('menu')).toHaveCount(0);
  expect(problems).toEqual([]);
});

test('a damaged file gets a message and the open document stays', async ({ page }) => {
  const problems = await openApp(page);
  await page.getByRole('button', { name: 'New' }).click();
  await page.locator('input[type=file]').setInputFiles({ name: 'broken.zip', mimeType: 'application/zip', buffer: Buffer.from('PK\u0003\u0004 not really a zip') });
  await expect(page.getByRole('alert')).toContainText('Could not open broken.zip');
  await page.locator('input[type=file]').setInputFiles({ name: 'future.json', mimeType: 'application/json', buffer: Buffer.from('{"format":"claimlens","version":7,"text":"x"}') });
  await expect(page.getByRole('alert')).toContainText('newer Claimlens');
  await page.getByRole('button', { name: 'Back to the document' }).click();
  await expect(page.locator('article.doc h1')).toContainText('Pete Hegseth');
  expect(problems).toEqual([]);
});

// A zip as other tools write it: deflated entries (method 8), which the browser inflates.
function deflatedZip(files) {
  const crc32 = (buf) => {
    let c = ~0;
    for (const b of buf) {
      c ^= b;
      for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ 0xedb88320 : c >>> 1;
    }
    return ~c >>> 0;
  };
  const locals = [];
  const central = [];
  let offset = 0;
  for (const [name, text, damage] of files) {
    const data = Buffer.from(text);
    const packed = zlib.deflateRawSync(data);
    if (damage) packed[Math.floor(packed.length / 2)] ^= 0xff;
    const head = (sig, dir) => {
      const b = Buffer.alloc(dir ? 46 : 30);
      b.writeUInt32LE(sig, 0);
      let p = 4;
      if (dir) p = b.writeUInt16LE(20, p);
      p = b.writeUInt16LE(20, p);
      p = b.writeUInt16LE(0x0800, p);
      p = b.writeUInt16LE(8, p); // deflate
      p = b.writeUInt32LE(0, p); // time and date
      p = b.writeUInt32LE(crc32(data), p);
      p = b.writeUInt32LE(packed.length, p);
      p = b.writeUInt32LE(data.length, p);
      p = b.writeUInt16LE(Buffer.byteLength(name), p);
      if (dir) b.writeUInt32LE(offset, 42);
      return Buffer.concat([b, Buffer.from(name)]);
    };
    const local = Buffer.concat([head(0x04034b50, false), packed]);
    central.push(head(0x02014b50, true));
    locals.push(local);
    offset += local.length;
  }
  const dir = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(files.length, 8);
  end.writeUInt16LE(files.length, 10);
  end.writeUInt32LE(dir.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, dir, end]);
}

test('a brat zip with deflated entries opens, and a damaged entry is named', async ({ page }) => {
  const problems = await openApp(page);
  const text = 'Zoë Brand said the budget was “a disgrace” 😀 on Monday.\n\n' + 'Filler sentence about the council. '.repeat(60);
  const start = (s) => [...text.slice(0, text.indexOf(s))].length; // brat counts code points
  const ann = `T1\tClaim ${start('the budget')} ${start('the budget') + 'the budget was “a disgrace”'.length}\tthe budget was “a disgrace”\nT2\tSpeaker 0 9\tZoë Brand\n`;
  await page.getByRole('button', { name: 'New' }).click();
  await page.locator('input[type=file]').setInputFiles({ name: 'other-tool.zip', mimeType: 'application/zip', buffer: deflatedZip([['doc.txt', text], ['doc.ann', ann]]) });
  await expect(page.getByRole('status')).toContainText('Opened other-tool.zip: 2 annotations.');
  await expect(page.locator('mark[data-kind="claim"]:not(.suggested)')).toHaveText('the budget was “a disgrace”');
  await expect(page.locator('mark[data-kind="speaker"]:not(.suggested)').first()).toHaveText('Zoë Brand');

  await page.getByRole('button', { name: 'New' }).click();
  await page.locator('input[type=file]').setInputFiles({ name: 'damaged.zip', mimeType: 'application/zip', buffer: deflatedZip([['doc.txt', text, true], ['doc.ann', ann]]) });
  await expect(page.getByRole('alert')).toContainText('Could not open damaged.zip');
  await expect(page.getByRole('alert')).toContainText('doc.txt is damaged');
  expect(problems).toEqual([]);
});
