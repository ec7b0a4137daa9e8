#!/usr/bin/env bash
# Ingest benchmark: generates N documents (default 10000), ingests them into a fresh SQLite store
# with `./dyad ingest`, and reports documents/s, peak memory (maximum resident set size of the JVM)
# and the store's size. Usage: bench/ingest-bench.sh [N] [WORK_DIR]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
n="${1:-10000}"
work="${2:-$(mktemp -d)}"
mkdir -p "$work"
python3 "$root/bench/generate.py" "$n" "$work/docs"
rm -f "$work/store.db"
start=$(date +%s.%N)
/usr/bin/time -v -o "$work/time.txt" "$root/dyad" ingest --db "$work/store.db" "$work/docs" > "$work/ingest.out" 2> "$work/ingest.err" || true
end=$(date +%s.%N)
tail -n 12 "$work/ingest.err"
secs=$(python3 -c "print(f'{$end - $start:.1f}')")
rss=$(awk -F': ' '/Maximum resident set size/ {printf "%.0f", $2/1024}' "$work/time.txt")
size=$(du -m "$work/store.db" | cut -f1)
echo "documents=$n seconds=$secs docs_per_s=$(python3 -c "print(f'{$n / ($end - $start):.2f}')") peak_rss_mb=$rss store_mb=$size"
