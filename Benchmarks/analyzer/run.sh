#!/usr/bin/env bash
# Release-mode, single-core speed of the index analysis on the corpus: this tree's
# ArabicAnalyzer.indexText(of:) against terms(in:).joined of a baseline commit, after a byte-for-byte
# identity check of every field and of random words and strings (see README.md). From the repository root:
#
#     Benchmarks/analyzer/run.sh [rounds]
#
# BASELINE (a commit, default fb968c2: the analyser before the fast path) picks the reference.
# Builds with swiftc -O into a temp directory; needs no package build (neither the root's nor
# Benchmarks/Package.swift, which cannot hold two copies of ArabicText) and touches no .build.
set -euo pipefail
repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
cd "$repo"
corpus="$repo/../shared/corpus/articles"
if ! compgen -G "$corpus/*.jsonl" >/dev/null; then
    echo "Benchmarks/analyzer/run.sh: SKIPPED: no corpus at $corpus" >&2
    exit 0
fi
baseline=${BASELINE:-fb968c2}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# Snapshots of both trees, so edits made while this compiles cannot break the build.
mkdir -p "$work/baseline" "$work/current/Sources"
git archive "$baseline" Sources/ArabicText | tar -x -C "$work/baseline"
cp -R Sources/ArabicText "$work/current/Sources/"
module() {  # name, output dir, sources...
    local name=$1 out=$2; shift 2
    swiftc -O -wmo -parse-as-library -module-name "$name" -emit-module -emit-module-path "$out/$name.swiftmodule" \
        -emit-library -static -o "$out/lib$name.a" "$@"
}
module ArabicTextBaseline "$work" $(find "$work/baseline/Sources/ArabicText" -name '*.swift')
module ArabicText "$work" $(find "$work/current/Sources/ArabicText" -name '*.swift')
swiftc -O -I "$work" -L "$work" -lArabicText -lArabicTextBaseline -o "$work/bench" Benchmarks/analyzer/main.swift
# One core, as the target is per core; the identity check runs before the timings.
pin=(); command -v taskset >/dev/null && pin=(taskset -c 0)
"${pin[@]}" "$work/bench" "$corpus" "${1:-3}"
