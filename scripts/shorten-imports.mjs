// Gives the WebAssembly module's imports and exports short names, in the module and in its
// JS glue.
//   node scripts/shorten-imports.mjs DIR/claimlens_bg.wasm DIR/claimlens.js   (rewrites both)
// wasm-bindgen names each import after the function it wraps plus a 16-digit hash
// ("__wbg_set_listener_id_fc5a5a59311dcc63"), from a module named "./claimlens_bg.js", and the
// glue repeats every name: about 7 KB of the app's gzip size are those names (hashes do not
// compress). Exports are long too ("wasm_bindgen__convert__closures_____invoke__h74e4…",
// "__wbindgen_malloc" called 25 times). Renaming is safe because the names only join the two
// files: each import must appear in the glue exactly once, as a key of the imports object, or
// nothing is written; an export is renamed where the glue reads it as a property (".NAME").
import fs from 'node:fs';

const [wasmPath, jsPath] = process.argv.slice(2);
if (!wasmPath || !jsPath) {
  console.error('usage: node scripts/shorten-imports.mjs MODULE.wasm GLUE.js');
  process.exit(2);
}
const MODULE = './claimlens_bg.js';
const SHORT_MODULE = 'w';

function fail(why) {
  console.error(`shorten-imports: ${why}; the build's output is left as wasm-bindgen wrote it.`);
  process.exit(1);
}

// --- Reading and writing the binary format (only what the import section needs).
function readU32(buf, at) {
  let value = 0;
  let shift = 0;
  for (;;) {
    const byte = buf[at++];
    value += (byte & 0x7f) * 2 ** shift;
    shift += 7;
    if (byte < 0x80) return [value, at];
  }
}
function u32(value) {
  const out = [];
  do {
    let byte = value & 0x7f;
    value = Math.floor(value / 128);
    if (value > 0) byte |= 0x80;
    out.push(byte);
  } while (value > 0);
  return Buffer.from(out);
}
function name(str) {
  const bytes = Buffer.from(str, 'utf8');
  return Buffer.concat([u32(bytes.length), bytes]);
}
function readName(buf, at) {
  const [len, start] = readU32(buf, at);
  return [buf.toString('utf8', start, start + len), start + len];
}
/** The end of an import's description starting at `at` (the byte after its kind). */
function skipDesc(buf, kind, at) {
  const limits = (p) => {
    const flags = buf[p++];
    [, p] = readU32(buf, p);
    if (flags & 1) [, p] = readU32(buf, p);
    return p;
  };
  switch (kind) {
    case 0: return readU32(buf, at)[1]; // function: type index
    case 1: return limits(at + 1); // table: reference type, limits
    case 2: return limits(at); // memory: limits
    case 3: return at + 2; // global: value type, mutability
    default: fail(`an import of unknown kind ${kind}`);
  }
}

/** Short identifiers: a … Z, aa … ZZ, skipping words JavaScript reserves. */
function* shortNames() {
  const letters = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
  const reserved = new Set(['do', 'if', 'in']);
  for (const a of letters) yield a;
  for (const a of letters) for (const b of letters) if (!reserved.has(a + b)) yield a + b;
  fail('more than 2,700 imports');
}

/** Exports renamed "_a", "_b", …: the generated ones the glue reads as properties. */
const exportRenames = new Map();
/** The export section in `buf` (its body from `body` to `end`) with short names, given `glue`. */
function exportSection(buf, body, end, glue) {
  const [count, first] = readU32(buf, body);
  const entries = [u32(count)];
  const short = shortNames();
  let p = first;
  for (let i = 0; i < count; i++) {
    let field;
    [field, p] = readName(buf, p);
    const [, after] = readU32(buf, p + 1); // after the kind byte, the index
    const desc = buf.subarray(p, after);
    p = after;
    // Only where the glue reads it as a property ("wasm.NAME"): a JS function of the same
    // name ("export function bench_document") keeps its name. And only the generated names
    // (with "_"): "memory" and "start" could be other objects' properties too.
    const asProperty = glue.match(new RegExp(`\\.${field}\\b`, 'g'))?.length ?? 0;
    let to = field;
    if (field.includes('_') && asProperty > 0) {
      to = `_${short.next().value}`;
      exportRenames.set(field, to);
    }
    entries.push(name(to), desc);
  }
  if (p !== end) fail('the export section did not parse to its end');
  const section = Buffer.concat(entries);
  return Buffer.concat([Buffer.from([7]), u32(section.length), section]);
}

const wasm = fs.readFileSync(wasmPath);
let js = fs.readFileSync(jsPath, 'utf8');
if (wasm.readUInt32LE(0) !== 0x6d736100) fail(`${wasmPath} is not a WebAssembly module`);

const parts = [wasm.subarray(0, 8)];
const renames = new Map();
let at = 8;
while (at < wasm.length) {
  const id = wasm[at];
  const [size, body] = readU32(wasm, at + 1);
  const end = body + size;
  if (id === 7) {
    parts.push(exportSection(wasm, body, end, js));
    at = end;
    continue;
  }
  if (id !== 2) {
    parts.push(wasm.subarray(at, end));
    at = end;
    continue;
  }
  const [count, first] = readU32(wasm, body);
  const entries = [u32(count)];
  const short = shortNames();
  let p = first;
  for (let i = 0; i < count; i++) {
    let module, field;
    [module, p] = readName(wasm, p);
    [field, p] = readName(wasm, p);
    const kind = wasm[p];
    const descEnd = skipDesc(wasm, kind, p + 1);
    const desc = wasm.subarray(p, descEnd);
    p = descEnd;
    if (module !== MODULE) {
      entries.push(name(module), name(field), desc);
      continue;
    }
    const to = short.next().value;
    renames.set(field, to);
    entries.push(name(SHORT_MODULE), name(to), desc);
  }
  if (p !== end) fail('the import section did not parse to its end');
  const section = Buffer.concat(entries);
  parts.push(Buffer.from([2]), u32(section.length), section);
  at = end;
}

if (renames.size === 0) fail(`no imports from "${MODULE}"`);

// The glue: every name once, as a key ("NAME: function(…)"), and the module once.
for (const [from, to] of renames) {
  const pattern = new RegExp(`\\b${from}\\b`, 'g');
  const seen = js.match(pattern)?.length ?? 0;
  if (seen !== 1) fail(`"${from}" appears ${seen} times in ${jsPath}, not once`);
  js = js.replace(pattern, to);
}
for (const [from, to] of exportRenames) js = js.replace(new RegExp(`\\.${from}\\b`, 'g'), `.${to}`);
const moduleKey = `"${MODULE}": import0`;
if (js.split(moduleKey).length !== 2) fail(`the imports object's key "${MODULE}" is not where it was expected`);
js = js.replace(moduleKey, `${SHORT_MODULE}: import0`);

fs.writeFileSync(wasmPath, Buffer.concat(parts));
fs.writeFileSync(jsPath, js);
console.log(`shorten-imports: ${renames.size} imports and ${exportRenames.size} exports renamed`);
