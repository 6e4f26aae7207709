#!/usr/bin/env bash
# Word-level F1 of `nashir import --format html` against clean text, beside trafilatura, on the
# corpus's HTML pairs (tuning) and on held-out pages from other sites (Benchmarks/html-heldout.tsv,
# cached in ../heldout-pages, never committed). Needs python3 with trafilatura (pip install trafilatura).
# Usage: Benchmarks/html-extraction.sh [results file]; NASHIR_BIN=path uses a built nashir.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -d ../shared/corpus/html ]; then echo "skipped: ../shared/corpus/html is absent"; exit 0; fi
BIN="${NASHIR_BIN:-}"
if [ -z "$BIN" ]; then swift build --product nashir >&2; BIN="$(swift build --show-bin-path)/nashir"; fi
OUT="${1:-Benchmarks/results/html-extraction.md}"
python3 Benchmarks/html_extraction.py --nashir "$BIN" | tee "$OUT"
