#!/usr/bin/env bash
# Fuzzes the parser, every importer and the share-link decoder with cargo-fuzz (nightly).
#   scripts/fuzz.sh [RUNS] [TARGET…]     default: 10,000,000 runs of every target
#   MAX_LEN=4096 scripts/fuzz.sh …       longest input tried (default 4096 bytes: 10 M runs of the
#                                        parser take ~30 min on one core; larger is slower)
# Seeds come from the project's own fixtures. Any crash is saved in fuzz/artifacts/TARGET/;
# add it to tests/data/fuzz/ as a regression test.
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${1:-10000000}
MAX_LEN=${MAX_LEN:-4096}
shift || true
TARGETS=("$@")
[ ${#TARGETS[@]} -gt 0 ] || TARGETS=(parse import_json import_w3c import_brat share_decode)
command -v cargo-fuzz >/dev/null || cargo install cargo-fuzz --locked
cargo build --quiet --release --bin claimlens
C=target/release/claimlens
mkdir -p fuzz/corpus/{parse,import_json,import_w3c,import_brat,share_decode}
for f in tests/data/*.txt tests/data/pastes/*.txt; do
  n=$(basename "$f" .txt)
  cp "$f" "fuzz/corpus/parse/$n"
  $C export --format json "$f" > "fuzz/corpus/import_json/$n"
  { head -c 300 "$f"; echo; $C export --format w3c "$f"; } > "fuzz/corpus/import_w3c/$n"
  $C export --format brat "$f" -o "fuzz/corpus/import_brat/$n.zip"
  $C share "$f" | sed 's/^share=//' > "fuzz/corpus/share_decode/$n"
done
cd fuzz
for t in "${TARGETS[@]}"; do
  echo "== $t"
  cargo +nightly fuzz run -s none -O "$t" "corpus/$t" -- -runs="$RUNS" -max_len="$MAX_LEN" -print_final_stats=1 2>&1 \
    | grep -E "stat::number_of_executed_units|stat::average_exec_per_sec|Done|SUMMARY|panicked|crash-" || true
done
