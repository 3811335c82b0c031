#!/usr/bin/env bash
# Builds the static site into dist/: release wasm, JS glue, wasm-opt -Oz, short import and export names,
# minified glue, index.html, static/ (stylesheet minified).
#   DIST=dist-bench FEATURES=bench scripts/build.sh   the same with the benchmarks' entry points
#   (`make dist-bench`), which the shipped app does without.
# The module is rebuilt only when cargo produced a different one, so a rebuild with nothing
# changed takes a second or two.
set -euo pipefail
cd "$(dirname "$0")/.."
TARGET_DIR=${CARGO_TARGET_DIR:-target}
RAW="$TARGET_DIR/wasm32-unknown-unknown/release/claimlens.wasm"
DIST=${DIST:-dist}
FEATURES=${FEATURES:-}

# Panic locations carry their source file's path: a crate from crates.io is named
# "yew-0.23.0/src/…", not "/home/…/.cargo/registry/src/index.crates.io-…/yew-0.23.0/src/…"
# (no home directory in the download, and smaller).
registry="${CARGO_HOME:-$HOME/.cargo}/registry/src"
remap=""
for d in "$registry"/*/; do remap="$remap --remap-path-prefix=${d%/}="; done
export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS="${remap# }"
cargo build --quiet --release --target wasm32-unknown-unknown --lib ${FEATURES:+--features "$FEATURES"}

mkdir -p "$DIST"
# A build with other features is another module, so the module a directory was built from is
# kept beside the build (not in it: everything in it ships) and compared by content.
BUILT_FROM="$TARGET_DIR/$(basename "$DIST").raw.wasm"
if [ ! -f "$DIST/claimlens_bg.wasm" ] || ! cmp -s "$RAW" "$BUILT_FROM"; then
  tmp=$(mktemp -d)
  wasm-bindgen --target web --no-typescript --out-dir "$tmp" --out-name claimlens "$RAW"
  # Binaryen from npm: Debian's (108) and crates.io's (116) are too old for this output.
  # --converge repeats the passes until the module stops shrinking: 2 KB gzip for ~10 s more.
  node_modules/.bin/wasm-opt -Oz --converge --strip-debug --strip-producers "$tmp/claimlens_bg.wasm" -o "$tmp/claimlens_bg.wasm"
  # Short import and export names in both files (3.8 KB gzip), then the glue minified (5.3 KB gzip).
  node scripts/shorten-imports.mjs "$tmp/claimlens_bg.wasm" "$tmp/claimlens.js"
  node_modules/.bin/terser "$tmp/claimlens.js" --module --compress --mangle -o "$tmp/claimlens.js"
  mv "$tmp/claimlens_bg.wasm" "$tmp/claimlens.js" "$DIST"/
  cp "$RAW" "$BUILT_FROM"
  rm -rf "$tmp"
fi
# The page without its comments and indentation (0.1 KB gzip): they are for whoever reads the source.
node -e "const fs = require('fs');
  fs.writeFileSync(process.argv[1] + '/index.html', fs.readFileSync('index.html', 'utf8').replace(/<!--[\\s\\S]*?-->\\n?/g, '').replace(/\\n\\s+/g, '\\n'));" "$DIST"
rm -rf "$DIST/static"
cp -rp static "$DIST/static"
# The manifest, the stylesheet and the start-up script without comments and spaces (1.3 KB
# gzip): JSON.stringify, csso (not restructuring) and terser from npm.
node -e "const fs = require('fs'); const m = process.argv[1] + '/static/manifest.webmanifest';
  fs.writeFileSync(m, JSON.stringify(JSON.parse(fs.readFileSync(m, 'utf8'))));" "$DIST"
node -e "const fs = require('fs'); const f = process.argv[1] + '/static/style.css';
  fs.writeFileSync(f, require('csso').minify(fs.readFileSync(f, 'utf8'), { restructure: false }).css);" "$DIST"
node_modules/.bin/terser static/boot.js --module --compress --mangle -o "$DIST/static/boot.js"
# The sample article is compiled into the wasm (src/ui/app.rs); nothing fetches the file.
rm -f "$DIST/static/sample.txt"
# The service worker lives at the root (its scope is the whole app) and names its cache
# after a hash of the files it keeps, so every release replaces the cache.
rm -f "$DIST/static/sw.js"
version=$(cat "$DIST/index.html" "$DIST/claimlens.js" "$DIST/claimlens_bg.wasm" "$DIST"/static/* | cksum | cut -d' ' -f1)
sed "s/__VERSION__/$version/" static/sw.js | node_modules/.bin/terser --compress --mangle -o "$DIST/sw.js"
echo "built $DIST/ ($(du -sh "$DIST" | cut -f1))"
