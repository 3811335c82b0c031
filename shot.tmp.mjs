import { chromium } from 'playwright';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const p = await b.newPage({ viewport: { width: 1400, height: 900 } });
await p.goto('http://localhost:8092/');
await p.waitForSelector('article.doc');
const text = `Trump unveils child care plan
Share:
By Jane Reporter
WASHINGTON (AP) — Donald Trump unveiled his child care plan on Tuesday. "We don't have the exact legislation written down," Trump said.

Ivanka Trump, the Republican nominee's eldest daughter, noted the rule in an interview last week. She said fathers who adopt would not be eligible, and when pressed on why the plan leaves out dads, the 34-year-old mother of three replied, "It's meant to benefit the mother who has given birth to the child."

"It is a great plan," Trump said later. The Donald J. Trump Foundation was not involved.

"Let everyone know that Europe must be able to defend itself," French President François Hollande said Friday.`;
await p.getByRole('button', { name: 'New' }).click();
const ta = p.getByLabel('Article text');
await ta.focus();
await ta.evaluate((el, t) => { el.value = t; el.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste' })); }, text);
await p.getByRole('button', { name: 'Annotate' }).click();
await p.waitForSelector('article.doc');
await p.waitForTimeout(1000);
await p.screenshot({ path: '/tmp/shot4.png' });
await p.getByRole('tab', { name: /Speakers/ }).click();
await p.waitForTimeout(400);
await p.screenshot({ path: '/tmp/shot5.png', clip: { x: 990, y: 60, width: 410, height: 840 } });
await b.close();
