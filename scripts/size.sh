#!/usr/bin/env bash
# Prints the raw and gzip size of every shipped file in dist/, and the total.
set -euo pipefail
cd "$(dirname "$0")/../dist"
total_raw=0; total_gz=0
printf '%-28s %10s %10s\n' file raw gzip
while IFS= read -r f; do
  raw=$(wc -c < "$f"); gz=$(gzip -9 -c "$f" | wc -c)
  total_raw=$((total_raw + raw)); total_gz=$((total_gz + gz))
  printf '%-28s %10d %10d\n' "$f" "$raw" "$gz"
done < <(find . -type f ! -name '*.txt' | sed 's|^\./||' | sort)
while IFS= read -r f; do
  raw=$(wc -c < "$f"); gz=$(gzip -9 -c "$f" | wc -c)
  printf '%-28s %10d %10d   (sample article, fetched only by the sample)\n' "$f" "$raw" "$gz"
done < <(find . -type f -name '*.txt' | sed 's|^\./||' | sort)
printf '%-28s %10d %10d\n' "app total" "$total_raw" "$total_gz"
