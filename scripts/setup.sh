#!/usr/bin/env bash
# Installs what Claimlens needs to build (and, with --browser, to test), and nothing that
# is already there. Everything comes from package registries: crates.io, npm, Debian.
#   scripts/setup.sh            wasm32 target, wasm-bindgen CLI, npm packages (wasm-opt)
#   scripts/setup.sh --browser  also Chromium and ChromeDriver (apt) for the browser tests
set -euo pipefail
cd "$(dirname "$0")/.."

say() { printf '\033[1msetup:\033[0m %s\n' "$*"; }
have() { command -v "$1" >/dev/null 2>&1; }

for tool in cargo rustup npm node; do
  have "$tool" || { echo "setup: '$tool' is missing. Install the Rust toolchain (rustup) and Node.js/npm first." >&2; exit 1; }
done

# The wasm-bindgen CLI must equal the library version Cargo.lock pins, or the JS glue and
# the wasm disagree at run time.
WB_VERSION=$(awk '$0 == "name = \"wasm-bindgen\"" { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)
[ -n "$WB_VERSION" ] || { echo "setup: cannot read the wasm-bindgen version from Cargo.lock" >&2; exit 1; }

if ! rustup target list --installed 2>/dev/null | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

if ! wasm-bindgen --version 2>/dev/null | grep -q " $WB_VERSION\$"; then
  say "installing wasm-bindgen-cli $WB_VERSION from crates.io (a few minutes, once)"
  # Not --locked: that lockfile pins a crate version crates.io no longer serves.
  cargo install wasm-bindgen-cli --version "$WB_VERSION"
fi

if [ ! -x node_modules/.bin/wasm-opt ] || [ ! -x node_modules/.bin/playwright ] || [ ! -x node_modules/.bin/terser ] || [ ! -d node_modules/csso ] \
   || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  say "installing npm packages (binaryen's wasm-opt, terser, csso, Playwright's test runner)"
  npm ci --no-audit --no-fund
fi

if [ "${1:-}" = "--browser" ]; then
  if ! have chromium || ! have chromedriver; then
    say "installing Chromium and ChromeDriver from Debian's packages"
    SUDO=""
    [ "$(id -u)" -eq 0 ] || SUDO="sudo"
    $SUDO apt-get update -q
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -q chromium chromium-driver
  fi
fi
