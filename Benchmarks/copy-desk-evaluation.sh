#!/usr/bin/env bash
# The copy desk's labelled evaluation (issue 12): `nashir check --json --format text` on 600
# real corpus stories as given (the clean set: errors and warnings per 100 paragraphs, the
# error findings judged by hand in copy-desk-clean-judgements.tsv) and on copies of them with
# exactly one error injected each, at a known span (recall per rule). Run from the repository root:
#
#     Benchmarks/copy-desk-evaluation.sh [--stories 600] [--copies 3] [--seed 1] [--held-out-from SEED] [--list-clean-errors]
#
# --list-clean-errors prints the clean set's error findings as judgement rows (with context
# and any verdict already in the TSV) instead of the report: how the TSV was made, and how to
# bring it up to date after a rule changes.
# Knobs (environment): NASHIR_BIN (default: a release build in Benchmarks/.build-release),
# RESULTS (Benchmarks/results/copy-desk-evaluation.md). Stories are written to a temp dir,
# never into the repository. Takes about a minute with a debug binary.
set -euo pipefail

script_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(cd "$script_dir/.." && pwd)
cd "$repo"
results_file=${RESULTS:-$script_dir/results/copy-desk-evaluation.md}

bench=Benchmarks/copy-desk-evaluation.sh
source "$script_dir/lib.sh"
require_corpus
command -v python3 >/dev/null 2>&1 || die "missing tool: python3"
tmp=$(mktemp -d "${TMPDIR:-/tmp}/nashir-copy-desk-eval.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
release_nashir "$tmp/build.log"

if [[ " $* " == *" --list-clean-errors "* ]]; then
    python3 "$script_dir/copy_desk_evaluation.py" --nashir "$nashir" --corpus "$repo/../shared/corpus" "$@"
    exit 0
fi
log "checking the sample with $nashir"
python3 "$script_dir/copy_desk_evaluation.py" --nashir "$nashir" --corpus "$repo/../shared/corpus" "$@" >"$tmp/report.md"
mkdir -p "$(dirname "$results_file")"
tee "$results_file" <"$tmp/report.md"
