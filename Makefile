# Claimlens — `make run` builds and serves the app; `make test` runs every test.
# Both install whatever is missing first (scripts/setup.sh) and are quick when nothing is.
SHELL := /bin/bash
CARGO_BIN := $(or $(CARGO_HOME),$(HOME)/.cargo)/bin
export PATH := $(CARGO_BIN):$(CURDIR)/node_modules/.bin:$(PATH)
PORT ?= 8080

.PHONY: run test dist size setup setup-browser test-native test-browser test-e2e bench clean

run: dist
	node scripts/serve.mjs dist $(PORT)

test: setup-browser dist
	$(MAKE) --no-print-directory test-native test-browser test-e2e

dist: setup
	scripts/build.sh

size: dist
	scripts/size.sh

setup:
	scripts/setup.sh

setup-browser:
	scripts/setup.sh --browser

# The core and the CLI, natively.
test-native:
	cargo test --quiet

# Component tests: wasm-bindgen-test in headless Chromium (runner set in .cargo/config.toml).
test-browser:
	cargo test --target wasm32-unknown-unknown --test browser

# End-to-end: Playwright drives the built app in Debian's Chromium.
test-e2e:
	node_modules/.bin/playwright test

# Benchmarks print figures; they are not timed tests.
bench: dist
	cargo run --quiet --release --example bench
	node scripts/bench-browser.mjs
	node scripts/bench-render.mjs

clean:
	cargo clean
	rm -rf dist test-results playwright-report
