#!/usr/bin/env bash
# Hostile input at scale: every importer (feeds, WordPress exports, JSON Lines, saved web pages,
# page text) and the search box, each fed NASHIR_FUZZ_COUNT inputs (default 1,000,000) by the
# property-based tests the test command runs briefly (ImporterFuzzTests, SearchQueryFuzzTests):
# valid documents mangled by random edits, and queries built from FTS5 syntax, quotes, marks and
# control characters. A failure prints the input and the seed that reproduces it.
#
#     Benchmarks/fuzz.sh                  # a million each, optimised build: long (a first run on two
#                                         # shared cores was stopped unfinished after an hour)
#     NASHIR_FUZZ_COUNT=100000 Benchmarks/fuzz.sh
#
# Writes Benchmarks/results/fuzz.md.
set -euo pipefail
repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$repo"
count=${NASHIR_FUZZ_COUNT:-1000000}
started=$(date +%s)
log=$(mktemp)
trap 'rm -f "$log"' EXIT
# Its own build folder, optimised, with the tests' @testable imports allowed.
NASHIR_FUZZ_COUNT=$count swift test -c release --scratch-path .build-fuzz --enable-testable-imports \
    --filter 'ImporterFuzzTests|SearchQueryFuzzTests' 2>&1 | tee "$log" | grep -E '✔|✘|Failure|fixedSeed|error:' || true
status=${PIPESTATUS[0]}
seconds=$(($(date +%s) - started))
{
    echo "# Fuzzing: $(date -u +%Y-%m-%dT%H:%MZ), commit $(git rev-parse --short HEAD), $(nproc) cores"
    echo
    echo "Command: \`NASHIR_FUZZ_COUNT=$count Benchmarks/fuzz.sh\` ($seconds s including the build; exit status $status)."
    echo
    echo "| target | inputs | result |"
    echo "| --- | --- | --- |"
    grep -E '(✔|✘) Test .*(mangledDocuments|anyTypedQuery)' "$log" | sed -E 's/^.*(✔|✘) Test //' | while read -r line; do
        echo "| ${line%% *} | $count per case | ${line#* } |"
    done
} >Benchmarks/results/fuzz.md
cat Benchmarks/results/fuzz.md
exit "$status"
