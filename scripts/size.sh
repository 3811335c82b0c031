#!/usr/bin/env bash
# Prints the raw and gzip size of every shipped file in dist/, and the total.
#   scripts/size.sh [--max KB]   with --max, fails when the app's gzip total is over KB (1 KB = 1,000 bytes)
# `make test` runs it with SIZE_CEILING_KB: a ceiling at about today's size, so the app cannot
# grow unnoticed. The goal in the issue is 200 KB, which the app does not meet (see README).
set -euo pipefail
max=""
if [ "${1:-}" = "--max" ]; then max=${2:?--max needs a size in KB}; fi
cd "$(dirname "$0")/../dist"
total_raw=0; total_gz=0
printf '%-28s %10s %10s\n' file raw gzip
while IFS= read -r f; do
  raw=$(wc -c < "$f"); gz=$(gzip -9 -c "$f" | wc -c)
  total_raw=$((total_raw + raw)); total_gz=$((total_gz + gz))
  printf '%-28s %10d %10d\n' "$f" "$raw" "$gz"
done < <(find . -type f | sed 's|^\./||' | sort)
printf '%-28s %10d %10d\n' "app total" "$total_raw" "$total_gz"
if [ -n "$max" ]; then
  if [ "$total_gz" -gt $((max * 1000)) ]; then
    echo "size: the app is $(((total_gz + 500) / 1000)) KB gzip, over the ceiling of $max KB (SIZE_CEILING_KB in the Makefile)." >&2
    echo "      Find what grew with twiggy (README, Development) before raising the ceiling." >&2
    exit 1
  fi
  echo "size: $(((total_gz + 500) / 1000)) KB gzip, within the ceiling of $max KB (the goal is 200 KB)"
fi
