#!/usr/bin/env bash
# Nashir search benchmarks: index build rate for the whole corpus, and query latency (p50/p90/p99
# over 1,000 queries) at corpus size and at 250,000 articles, each against the same query set on a
# plain unicode61 FTS5 index of the same articles. Run from the repository root:
#
#     Benchmarks/search.sh
#
# Knobs (environment): QUERIES (1000), GROW_TO (250000), RESULTS (Benchmarks/results/search.md).
# Needs ../shared/corpus; skips cleanly without it. Temp files are removed on exit.
set -euo pipefail

script_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(cd "$script_dir/.." && pwd)
cd "$repo"
corpus_dir="$repo/../shared/corpus/articles"
queries=${QUERIES:-1000}
grow_to=${GROW_TO:-250000}
results_file=${RESULTS:-$script_dir/results/search.md}
load_before=$(cut -d' ' -f1-3 /proc/loadavg)
started_at=$SECONDS

shopt -s nullglob
corpus_files=("$corpus_dir"/*.jsonl)
shopt -u nullglob
if ((${#corpus_files[@]} == 0)); then
    echo "Benchmarks/search.sh: SKIPPED: the corpus (../shared/corpus/articles/*.jsonl) is absent." >&2
    exit 0
fi

tmp=$(mktemp -d "${TMPDIR:-/tmp}/nashir-search-bench.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
log() { printf '==> %s\n' "$*" >&2; }

log "building release binaries (the Benchmarks package, Benchmarks/.build-release)"
build=(swift build -c release --package-path Benchmarks --scratch-path Benchmarks/.build-release)
"${build[@]}" --product nashir >&2
"${build[@]}" --product search-benchmark >&2
bin=$("${build[@]}" --show-bin-path)
db="$tmp/nashir.sqlite"

seconds() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f", (b - a) / 1e9 }'; }

log "importing the corpus"
"$bin/nashir" import --db "$db" --skip-invalid "${corpus_files[@]}" >/dev/null 2>"$tmp/import.log" || true
articles=$(sqlite3 "$db" "SELECT count(*) FROM article")

log "rebuilding the index of $articles articles"
start=$(date +%s%N); "$bin/nashir" reindex --db "$db" >&2; end=$(date +%s%N)
corpus_seconds=$(seconds "$start" "$end")
corpus_rate=$(awk -v n="$articles" -v s="$corpus_seconds" 'BEGIN { printf "%d", n / s }')

log "query latency at $articles articles"
corpus_table=$("$bin/search-benchmark" --db "$db" --queries "$queries")

log "growing to $grow_to articles (the corpus again under new ids)"
"$bin/search-benchmark" --db "$db" --grow-to "$grow_to" >&2
rm -f "$db.plain-reference"
big=$(sqlite3 "$db" "SELECT count(*) FROM article")
start=$(date +%s%N); "$bin/nashir" reindex --db "$db" >&2; end=$(date +%s%N)
big_seconds=$(seconds "$start" "$end")
big_rate=$(awk -v n="$big" -v s="$big_seconds" 'BEGIN { printf "%d", n / s }')

log "query latency at $big articles"
big_table=$("$bin/search-benchmark" --db "$db" --queries "$queries")

commit=$(git rev-parse --short HEAD 2>/dev/null || echo unknown)
{
    echo "# Nashir search benchmark"
    echo
    echo "| index build (\`nashir reindex\`) | articles | seconds | articles/s |"
    echo "| --- | ---: | ---: | ---: |"
    echo "| whole corpus | $articles | $corpus_seconds | **$corpus_rate** |"
    echo "| corpus repeated | $big | $big_seconds | $big_rate |"
    echo
    echo "Query latency, Nashir's \`search\` (parse, count, rank, ten hits with highlighted headline and"
    echo "excerpt) against the same queries on a plain unicode61 FTS5 index of the same articles (count +"
    echo "BM25 top ten with FTS5's snippet):"
    echo
    echo "$corpus_table"
    echo
    echo "$big_table"
    echo
    echo "- Queries: $queries, drawn with a fixed seed from stored headlines: 40 % one word, 30 % two or three"
    echo "  words, 10 % a quoted phrase, 10 % OR, 10 % an exclusion; 200 untimed warm-up queries first."
    echo "- Machine: $(nproc) CPUs, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'); load before the run: $load_before."
    echo "- Nashir commit $commit; $(date -u '+%Y-%m-%d %H:%M UTC'); whole run $((SECONDS - started_at)) s."
    echo "- Command: \`Benchmarks/search.sh\`"
} >"$results_file"
cat "$results_file"
