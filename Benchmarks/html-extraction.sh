#!/usr/bin/env bash
# Web-page import measured as a user gets it, beside trafilatura, on the corpus's HTML pairs
# (tuning) and on held-out pages from other Arabic sites (html-heldout.tsv; cached in
# ../heldout-pages, never committed):
#  1. word-level F1 and exact visible headline of `nashir import --format html` (read back with
#     `nashir export`) and of trafilatura, per page and in summary → results/html-extraction.md
#  2. the same pages' readable text read back by `nashir import --format page-text`: headline,
#     paragraph count and section exactly right → results/page-text-dumps.md
# Needs python3 with trafilatura and lxml_html_clean (pip install trafilatura lxml_html_clean).
# NASHIR_BIN=path uses a built nashir instead of building one.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -d ../shared/corpus/html ]; then echo "skipped: ../shared/corpus/html is absent"; exit 0; fi
BIN="${NASHIR_BIN:-}"
if [ -z "$BIN" ]; then swift build --product nashir >&2; BIN="$(swift build --show-bin-path)/nashir"; fi
mkdir -p Benchmarks/results
python3 Benchmarks/html_extraction.py --nashir "$BIN" | tee Benchmarks/results/html-extraction.md
echo
python3 Benchmarks/page_text_dumps.py --nashir "$BIN" | tee Benchmarks/results/page-text-dumps.md
