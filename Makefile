# Claimlens — `make run` builds and serves the app; `make test` runs every test.
# Both install whatever is missing first (scripts/setup.sh) and are quick when nothing is.
SHELL := /bin/bash
CARGO_BIN := $(or $(CARGO_HOME),$(HOME)/.cargo)/bin
export PATH := $(CARGO_BIN):$(CURDIR)/node_modules/.bin:$(PATH)
PORT ?= 8080
# The most the app may weigh, gzip, before `make test` fails: today's size and a little room.
# The goal is 200 KB (README, Development: where the bytes go).
SIZE_CEILING_KB ?= 409

.PHONY: run test test-size dist dist-bench size setup setup-browser test-native test-browser test-e2e bench clean

run: dist
	node scripts/serve.mjs dist $(PORT)

test: setup-browser dist
	$(MAKE) --no-print-directory test-native test-browser test-e2e test-size

dist: setup
	scripts/build.sh

# The app with the benchmarks' entry points (bench_article, bench_document, …), which the
# shipped app does without: the benchmark scripts make their articles with it.
dist-bench: setup
	DIST=dist-bench FEATURES=bench scripts/build.sh

size: dist
	scripts/size.sh

# Fails when the app outgrows SIZE_CEILING_KB.
test-size: dist
	scripts/size.sh --max $(SIZE_CEILING_KB)

setup:
	scripts/setup.sh

setup-browser:
	scripts/setup.sh --browser

# The core and the CLI, natively.
test-native:
	cargo test --quiet

# Component tests: wasm-bindgen-test in headless Chromium (runner set in .cargo/config.toml).
# With the benchmarks' entry points compiled in, so they are checked too.
test-browser:
	cargo test --target wasm32-unknown-unknown --test browser --features bench

# End-to-end: Playwright drives the built app in Debian's Chromium.
test-e2e:
	node_modules/.bin/playwright test

# Benchmarks print figures; they are not timed tests.
bench: dist dist-bench
	cargo run --quiet --release --example bench
	node scripts/bench-browser.mjs
	node scripts/bench-render.mjs

clean:
	cargo clean
	rm -rf dist dist-bench test-results playwright-report
