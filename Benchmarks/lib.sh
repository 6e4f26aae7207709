# Shared by the benchmark scripts (sourced, not run): messages, timing, medians, the corpus
# check and the release build. The sourcing script sets `bench` (its name, for messages) first.

log() { printf '==> %s\n' "$*" >&2; }
die() { printf '%s: error: %s\n' "$bench" "$*" >&2; exit 1; }

now() { date +%s.%N; }
elapsed() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.3f", b - a }'; }
median() { sort -g | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else printf "%.1f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
spread() { sort -g | awk 'NR == 1 { lo = $1 } { hi = $1 } END { printf "%.0f–%.0f", lo, hi }'; }

# Sets corpus_files to ../shared/corpus/articles/*.jsonl, or says the benchmark is skipped and
# exits 0 when the corpus is absent (a clean clone without the shared data).
require_corpus() {
    shopt -s nullglob
    corpus_files=("$repo/../shared/corpus/articles"/*.jsonl)
    shopt -u nullglob
    if ((${#corpus_files[@]} == 0)); then
        echo "$bench: SKIPPED: the corpus (../shared/corpus/articles/*.jsonl) is absent." >&2
        exit 0
    fi
}

# Sets nashir to $NASHIR_BIN, or to a release build made in Benchmarks/.build-release (its
# log in $1). A first build on 2 cores sometimes dies of memory pressure, so it is tried twice.
release_nashir() {
    if [[ -n "${NASHIR_BIN:-}" ]]; then
        nashir=$NASHIR_BIN
    else
        local build=(swift build -c release --package-path Benchmarks --scratch-path Benchmarks/.build-release)
        log "release build (${build[*]} --product nashir)"
        "${build[@]}" --product nashir >"$1" 2>&1 ||
            "${build[@]}" --product nashir >"$1" 2>&1 ||
            { tail -n 40 "$1" >&2; die "release build failed"; }
        nashir=$("${build[@]}" --show-bin-path)/nashir
    fi
    [[ -x "$nashir" ]] || die "no nashir binary at $nashir"
}
