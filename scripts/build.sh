#!/usr/bin/env bash
# Builds the static site into dist/: release wasm, JS glue, wasm-opt -Oz, short import and export names,
# minified glue, index.html, static/ (stylesheet minified).
# Each step is skipped when its output is newer than its input, so a rebuild with nothing
# changed takes a second or two.
set -euo pipefail
cd "$(dirname "$0")/.."
TARGET_DIR=${CARGO_TARGET_DIR:-target}
RAW="$TARGET_DIR/wasm32-unknown-unknown/release/claimlens.wasm"

cargo build --quiet --release --target wasm32-unknown-unknown --lib

mkdir -p dist
if [ ! -f dist/claimlens_bg.wasm ] || [ "$RAW" -nt dist/claimlens_bg.wasm ]; then
  tmp=$(mktemp -d)
  wasm-bindgen --target web --no-typescript --out-dir "$tmp" --out-name claimlens "$RAW"
  # Binaryen from npm: Debian's (108) and crates.io's (116) are too old for this output.
  # --converge repeats the passes until the module stops shrinking: 2 KB gzip for ~10 s more.
  node_modules/.bin/wasm-opt -Oz --converge --strip-debug --strip-producers "$tmp/claimlens_bg.wasm" -o "$tmp/claimlens_bg.wasm"
  # Short import and export names in both files (3.8 KB gzip), then the glue minified (5.3 KB gzip).
  node scripts/shorten-imports.mjs "$tmp/claimlens_bg.wasm" "$tmp/claimlens.js"
  node_modules/.bin/terser "$tmp/claimlens.js" --module --compress --mangle -o "$tmp/claimlens.js"
  mv "$tmp/claimlens_bg.wasm" "$tmp/claimlens.js" dist/
  rm -rf "$tmp"
fi
# The page without its comments and indentation (0.1 KB gzip): they are for whoever reads the source.
node -e "const fs = require('fs');
  fs.writeFileSync('dist/index.html', fs.readFileSync('index.html', 'utf8').replace(/<!--[\\s\\S]*?-->\\n?/g, '').replace(/\\n\\s+/g, '\\n'));"
rm -rf dist/static
cp -rp static dist/static
# The manifest, the stylesheet and the start-up script without comments and spaces (1.3 KB
# gzip): JSON.stringify, csso (not restructuring) and terser from npm.
node -e "const fs = require('fs'); const m = 'dist/static/manifest.webmanifest';
  fs.writeFileSync(m, JSON.stringify(JSON.parse(fs.readFileSync(m, 'utf8'))));"
node -e "const fs = require('fs'); const f = 'dist/static/style.css';
  fs.writeFileSync(f, require('csso').minify(fs.readFileSync(f, 'utf8'), { restructure: false }).css);"
node_modules/.bin/terser static/boot.js --module --compress --mangle -o dist/static/boot.js
# The sample article is compiled into the wasm (src/ui/app.rs); nothing fetches the file.
rm -f dist/static/sample.txt
# The service worker lives at the root (its scope is the whole app) and names its cache
# after a hash of the files it keeps, so every release replaces the cache.
rm -f dist/static/sw.js
version=$(cat dist/index.html dist/claimlens.js dist/claimlens_bg.wasm dist/static/* | cksum | cut -d' ' -f1)
sed "s/__VERSION__/$version/" static/sw.js | node_modules/.bin/terser --compress --mangle -o dist/sw.js
echo "built dist/ ($(du -sh dist | cut -f1))"
