// In-browser benchmark: serves dist-bench/ (the app with its benchmark entry points), opens it in headless Chromium and times the core's
// work inside WebAssembly on the same 10,000-word article as the native benchmark.
//   node scripts/bench-browser.mjs   (after make dist-bench)
import { spawn } from 'node:child_process';
import { chromium } from '@playwright/test';

const port = Number(process.env.BENCH_PORT || 8183);
const server = spawn(process.execPath, ['scripts/serve.mjs', 'dist-bench', String(port)], { stdio: ['ignore', 'pipe', 'inherit'] });
await new Promise((resolve) => server.stdout.once('data', resolve));
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
try {
  const page = await browser.newPage();
  await page.goto(`http://127.0.0.1:${port}/`);
  await page.waitForSelector('article.doc');
  const results = await page.evaluate(async () => {
    const m = await import('/claimlens.js');
    const text = m.bench_article(10000);
    const saved = m.bench_document(10000, 2000);
    const time = (f, n) => {
      for (let i = 0; i < 5; i++) f();
      const t = [];
      for (let i = 0; i < n; i++) {
        const s = performance.now();
        f();
        t.push(performance.now() - s);
      }
      t.sort((a, b) => a - b);
      return { median: t[Math.floor(n / 2)], fastest: t[0], n };
    };
    return {
      words: text.split(/\s+/).filter(Boolean).length,
      parse: time(() => m.bench_parse(text), 100),
      // Parsing happens once inside bench_suggest; 20 suggestion runs per call amortise it.
      suggest_x20: time(() => m.bench_suggest(text, 20), 20),
      // What the app does first when it opens: read the saved document (2,000 annotations).
      open_saved_document: time(() => m.bench_open(saved), 20),
      saved_kb: saved.length / 1024,
    };
  });
  const f = (x) => x.toFixed(3);
  console.log(`browser article: ${results.words} words; saved document with 2,000 annotations: ${results.saved_kb.toFixed(0)} KB of JSON`);
  for (const [what, r] of Object.entries(results).filter(([k]) => k !== 'words' && k !== 'saved_kb')) {
    console.log(`wasm    ${what}: median ${f(r.median)} ms, fastest ${f(r.fastest)} ms (${r.n} runs; includes passing the text into wasm)`);
  }
  const s = results.suggest_x20;
  console.log(`wasm    suggest, per run: about ${f((s.median - results.parse.median) / 20)} ms (20 runs per call, one parse subtracted)`);

  // The same read as the first call in a fresh page, as at start-up: the browser runs new
  // WebAssembly unoptimised (and compiles each function on its first call) until it warms.
  const saved = await page.evaluate(async () => (await import('/claimlens.js')).bench_document(10000, 2000));
  const cold = [];
  for (let i = 0; i < 10; i++) {
    const context = await browser.newContext();
    const fresh = await context.newPage();
    await fresh.goto(`http://127.0.0.1:${port}/static/icon.svg`);
    cold.push(await fresh.evaluate(async (json) => {
      const m = await import('/claimlens.js');
      await m.default();
      const t = performance.now();
      m.bench_open(json);
      return performance.now() - t;
    }, saved));
    await context.close();
  }
  cold.sort((a, b) => a - b);
  console.log(`wasm    open_saved_document, first call in a fresh page: median ${f(cold[5])} ms, fastest ${f(cold[0])} ms (10 pages)`);
} finally {
  await browser.close();
  server.kill();
}
