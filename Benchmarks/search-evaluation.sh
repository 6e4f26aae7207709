#!/usr/bin/env bash
# Known-item search evaluation over the corpus: headline words re-spelt as readers type them,
# MRR@10 and Success@10 of Nashir's analyser, SQLite unicode61, Lucene's light10 and
# WordPress's LIKE on the same index. Run from anywhere; it works from the repository root:
#
#     Benchmarks/search-evaluation.sh [--queries 2000] [--per-kind 300] [--seed 1] ...
#     Benchmarks/search-evaluation.sh --postgres private --method product --no-fit \
#         --output Benchmarks/results/search-evaluation-postgres.md
#
# Arguments go to the search-evaluation binary (--help lists them). `--postgres URL` also scores
# the product path on a PostgreSQL copy of the articles (URL: an empty database); `--postgres
# private` starts a PostgreSQL server of its own for that (lib.sh's start_postgres: a temp
# cluster, fsync off) and removes it afterwards. Writes Benchmarks/results/search-evaluation.md
# (or --output) and prints the same Markdown. Skips when ../shared/corpus is absent.
# SEARCH_EVALUATION_BIN uses a built binary instead of building.
set -euo pipefail
repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$repo"

if ! compgen -G "../shared/corpus/articles/*.jsonl" >/dev/null; then
    echo "Benchmarks/search-evaluation.sh: SKIPPED: no corpus at ../shared/corpus/articles/*.jsonl" >&2
    exit 0
fi

if [[ -n "${SEARCH_EVALUATION_BIN:-}" ]]; then
    binary=$SEARCH_EVALUATION_BIN
else
    build=(swift build -c release --package-path Benchmarks --scratch-path Benchmarks/.build-release --disable-build-manifest-caching)
    echo "==> release build (${build[*]} --product search-evaluation)" >&2
    # Retried once: a concurrent build in the same scratch path can make the first attempt fail.
    "${build[@]}" --product search-evaluation >&2 || "${build[@]}" --product search-evaluation >&2
    binary=$("${build[@]}" --show-bin-path)/search-evaluation
fi

arguments=("$@")
private=""
for ((i = 0; i < ${#arguments[@]}; i++)); do
    if [[ "${arguments[i]}" == --postgres && "${arguments[i + 1]:-}" == private ]]; then private=$((i + 1)); fi
done
if [[ -z "$private" ]]; then
    SEARCH_EVALUATION_COMMAND="Benchmarks/search-evaluation.sh${*:+ $*}" exec "$binary" "$@"
fi

bench="Benchmarks/search-evaluation.sh"
source "$repo/Benchmarks/lib.sh"
tmp=$(mktemp -d "${TMPDIR:-/tmp}/nashir-search-evaluation.XXXXXX")
chmod 755 "$tmp" # the postgres account reaches its cluster folder inside
trap 'status=$?; stop_postgres; rm -rf "$tmp"; exit $status' EXIT
trap 'exit 130' INT
trap 'exit 143' TERM
start_postgres "$tmp/pg"
arguments[private]=$(create_postgres_database nashir_evaluation)
log "PostgreSQL $postgres_version on 127.0.0.1:$postgres_port (a private cluster, fsync off): ${arguments[private]}"
SEARCH_EVALUATION_COMMAND="Benchmarks/search-evaluation.sh${*:+ $*}" "$binary" "${arguments[@]}"
