#!/usr/bin/env bash
# Story grouping on the hand-labelled pairs of Benchmarks/grouping/story-pairs.tsv: precision,
# recall and F1 on the tune and held-out parts, LSH candidate recall, and the rates. Runs the
# product path (JSON Lines import, then StoryFingerprint and StoryMatcher) through the test
# StoryGroupingReport. Run from anywhere:
#
#     Benchmarks/grouping-evaluation.sh            # debug build, as `swift test` builds
#     GROUPING_RELEASE=1 Benchmarks/grouping-evaluation.sh   # optimised build, for the rates
#
# Writes Benchmarks/results/grouping.md and prints it. Skips when ../shared/corpus is absent.
set -euo pipefail
repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$repo"

if ! compgen -G "../shared/corpus/articles/*.jsonl" >/dev/null; then
    echo "Benchmarks/grouping-evaluation.sh: SKIPPED: no corpus at ../shared/corpus/articles/*.jsonl" >&2
    exit 0
fi

mode=()
[[ -n "${GROUPING_RELEASE:-}" ]] && mode=(-c release -Xswiftc -enable-testing)
mkdir -p Benchmarks/results
report=$repo/Benchmarks/results/grouping.md
rm -f "$report"
swift build --build-tests "${mode[@]}" >&2
GROUPING_REPORT=$report swift test --skip-build "${mode[@]}" --filter 'StoryGroupingReport|StoryGroupingEvaluationTests' >&2
cat "$report"
