#!/usr/bin/env bash
# Known-item search evaluation over the corpus: headline words re-spelt as readers type them,
# MRR@10 and Success@10 of Nashir's analyser, SQLite unicode61, Lucene's light10 and
# WordPress's LIKE on the same index. Run from anywhere; it works from the repository root:
#
#     Benchmarks/search-evaluation.sh [--queries 2000] [--per-kind 300] [--seed 1] ...
#
# Arguments go to the search-evaluation binary (--help lists them). Writes
# Benchmarks/results/search-evaluation.md and prints the same Markdown. Skips when
# ../shared/corpus is absent. SEARCH_EVALUATION_BIN uses a built binary instead of building.
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
    build=(swift build -c release --package-path Benchmarks --scratch-path Benchmarks/.build-release)
    echo "==> release build (${build[*]} --product search-evaluation)" >&2
    # Retried once: a concurrent build in the same scratch path can make the first attempt fail.
    "${build[@]}" --product search-evaluation >&2 || "${build[@]}" --product search-evaluation >&2
    binary=$("${build[@]}" --show-bin-path)/search-evaluation
fi

SEARCH_EVALUATION_COMMAND="Benchmarks/search-evaluation.sh${*:+ $*}" exec "$binary" "$@"
