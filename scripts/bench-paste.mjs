// Measures the longest main-thread task while Claimlens parses, analyzes and draws a pasted
// article of growing size (a "frame" longer than 200 ms is a visible freeze).
//   node scripts/bench-paste.mjs   (after make dist-bench: the app with its benchmark entry points)
import { spawn } from 'node:child_process';
import { chromium } from '@playwright/test';

const port = Number(process.env.BENCH_PORT || 8184);
const server = spawn(process.execPath, ['scripts/serve.mjs', 'dist-bench', String(port)], { stdio: ['ignore', 'pipe', 'inherit'] });
await new Promise((resolve) => server.stdout.once('data', resolve));
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM || '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
try {
  for (const kb of [60, 250, 500, 700, 1000, 5000]) {
    const page = await browser.newPage();
    await page.goto(`http://127.0.0.1:${port}/`);
    await page.waitForSelector('article.doc');
    const result = await page.evaluate(async (kb) => {
      const m = await import('/claimlens.js');
      let text = '';
      const base = m.bench_article(10000);
      while (text.length < kb * 1024) text += base + '\n\n';
      text = text.slice(0, kb * 1024);
      const longest = { ms: 0 };
      new PerformanceObserver((list) => list.getEntries().forEach((e) => { longest.ms = Math.max(longest.ms, e.duration); })).observe({ entryTypes: ['longtask'] });
      document.querySelector('button:not([disabled])'); // warm
      [...document.querySelectorAll('button')].find((b) => b.textContent === 'New').click();
      await new Promise((r) => setTimeout(r, 50));
      const area = document.querySelector('#article-text');
      area.value = text;
      area.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste' }));
      const t0 = performance.now();
      [...document.querySelectorAll('button')].find((b) => b.textContent === 'Annotate').click();
      await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
      const total = performance.now() - t0;
      await new Promise((r) => setTimeout(r, 300));
      return { total, longest: longest.ms, marks: document.querySelectorAll('article.doc mark').length };
    }, kb);
    console.log(`${String(kb).padStart(5)} KB paste: ${result.total.toFixed(0)} ms to show, longest task ${result.longest.toFixed(0)} ms, ${result.marks} marks drawn`);
    await page.close();
  }
} finally {
  await browser.close();
  server.kill();
}
