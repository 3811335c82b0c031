// The render benchmark's reference: builds the same article DOM as Claimlens (blocks,
// folded furniture, nested marks over runs with their byte offsets) from the same saved
// Claimlens JSON, in plain JavaScript with no framework and no WebAssembly. It does only
// what the app's article view does, so `scripts/bench-render.mjs` can compare the two.
const LABEL = { claim: 'Claim', speaker: 'Speaker', position: 'Position', quote: 'Quote' };
const FURNITURE = new Set(['caption', 'credit', 'boilerplate']);
const SLICE = 150;

const id = localStorage.getItem('claimlens:v1:open');
const doc = JSON.parse(localStorage.getItem(`claimlens:v1:doc:${id}`));
const text = doc.text;

// Code point offsets (the wire format's unit) to UTF-16 indices and UTF-8 byte offsets.
const cps = Array.from(text);
const u16 = new Int32Array(cps.length + 1);
const u8 = new Int32Array(cps.length + 1);
for (let i = 0; i < cps.length; i++) {
  const c = cps[i].codePointAt(0);
  u16[i + 1] = u16[i] + cps[i].length;
  u8[i + 1] = u8[i] + (c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4);
}
const anns = doc.annotations.slice().sort((a, b) => a.start - b.start || b.end - a.end);
const speakers = new Map(doc.speakers.map((s) => [s.id, s.name]));

function title(a) {
  let t = LABEL[a.kind];
  if (a.speaker && speakers.has(a.speaker)) t += ` · ${speakers.get(a.speaker)}`;
  if (a.stance) t += ` · ${a.stance}`;
  if (a.status === 'suggested') t += ' (suggested)';
  return t;
}

function runs(block, el) {
  const touching = anns.filter((a) => a.start < block.end && a.end > block.start);
  const cuts = new Set([block.start, block.end]);
  for (const a of touching) {
    if (a.start > block.start) cuts.add(a.start);
    if (a.end < block.end) cuts.add(a.end);
  }
  const at = [...cuts].sort((x, y) => x - y);
  for (let i = 0; i + 1 < at.length; i++) {
    const [s, e] = [at[i], at[i + 1]];
    const covering = touching.filter((a) => a.start <= s && a.end >= e).sort((x, y) => (y.end - y.start) - (x.end - x.start));
    let node = document.createElement('span');
    node.dataset.o = String(u8[s]);
    node.textContent = text.slice(u16[s], u16[e]);
    for (let j = covering.length - 1; j >= 0; j--) {
      const a = covering[j];
      const m = document.createElement('mark');
      m.className = a.status === 'suggested' ? 'mark suggested' : 'mark';
      m.dataset.kind = a.kind;
      m.dataset.id = a.id;
      if (a.stance) m.dataset.stance = a.stance;
      m.title = title(a);
      m.append(node);
      node = m;
    }
    el.append(node);
  }
}

function block(b, i) {
  const wrap = document.createElement('div');
  wrap.className = FURNITURE.has(b.kind) ? 'blockwrap furniture' : 'blockwrap';
  wrap.dataset.block = String(i);
  const toggle = document.createElement('button');
  toggle.className = 'kind-toggle';
  toggle.dataset.kind = b.kind;
  toggle.setAttribute('aria-label', `Block type: ${b.kind}. Change it`);
  toggle.title = `${b.kind} — change the type of this block`;
  const p = document.createElement(b.kind === 'title' ? 'h1' : b.kind === 'heading' ? 'h2' : 'p');
  p.className = FURNITURE.has(b.kind) ? 'block furniture' : 'block';
  p.dataset.kind = b.kind;
  runs(b, p);
  wrap.append(toggle, p);
  return wrap;
}

function chunk(start, end) {
  const c = document.createElement('div');
  c.className = 'chunk';
  for (let i = start; i < end; ) {
    if (FURNITURE.has(doc.blocks[i].kind)) {
      let j = i;
      while (j < end && FURNITURE.has(doc.blocks[j].kind)) j++;
      const fold = document.createElement('div');
      fold.className = 'fold';
      fold.contentEditable = 'false';
      const b = document.createElement('button');
      b.className = 'fold-toggle';
      b.setAttribute('aria-expanded', 'false');
      b.textContent = `${j - i} ${j - i === 1 ? 'line' : 'lines'} of page furniture hidden — show`;
      fold.append(b);
      c.append(fold);
      i = j;
    } else {
      c.append(block(doc.blocks[i], i));
      i++;
    }
  }
  return c;
}

const article = document.createElement('article');
article.className = 'doc';
article.setAttribute('aria-label', 'Article');
document.querySelector('main.reading').append(article);
// A slice at a time, like the app, so neither freezes the page on a long article.
let drawn = 0;
function next() {
  const end = Math.min(drawn + SLICE, doc.blocks.length);
  article.append(chunk(drawn, end));
  drawn = end;
  if (drawn < doc.blocks.length) setTimeout(next, 0);
}
next();
