#!/usr/bin/env bash
# Nashir on PostgreSQL beside SQLite, in one run on a private PostgreSQL server:
#
#   1. the corpus (and the seed page) imported into SQLite, then copied into PostgreSQL with
#      `nashir copy` (timed);
#   2. page throughput: `nashir serve` on SQLite and on PostgreSQL beside nginx serving the bytes
#      Nashir sent, for the article page (the seed), the home page and the site's RSS feed
#      (64 connections, rounds rotating which server goes first, medians, as run.sh does);
#   3. search latency (search-benchmark --postgres: the same 1,000 queries on both stores, each
#      query on one then the other) at corpus size and at GROW_TO articles (the corpus again under
#      new ids on the SQLite side, `nashir reindex`, then copied into a fresh PostgreSQL database).
#
# Run from the repository root:
#
#     Benchmarks/postgres.sh
#     GROW_TO=100000 WRK_DURATION=5s ROUNDS=1 Benchmarks/postgres.sh   # quicker
#
# Knobs (environment): NASHIR_BIN (skip the release build; SEARCH_BENCHMARK_BIN, else the
# search-benchmark beside it, else it is built), POOL (20: connections per instance, the URL's
# ?pool=), GROW_TO (250000; 0 skips the large step), QUERIES (1000), WRK_THREADS (2),
# WRK_CONNECTIONS (64), WRK_DURATION (10s), WARMUP_DURATION (3s), ROUNDS (3),
# POSTGRES_SHARED_BUFFERS (a quarter of the memory), RESULTS (Benchmarks/results/postgres.md).
# The server runs with fsync, synchronous_commit and full_page_writes off (a benchmark's
# throwaway cluster; say so beside the figures). Everything listens on 127.0.0.1; every process
# and temp file is removed on exit. Skips (exit 0) without ../shared/corpus.
set -euo pipefail

started_at=$SECONDS
load_before=$(cut -d' ' -f1-3 /proc/loadavg)
command_line="Benchmarks/postgres.sh"
for knob in NASHIR_BIN SEARCH_BENCHMARK_BIN POOL GROW_TO QUERIES WRK_THREADS WRK_CONNECTIONS WRK_DURATION WARMUP_DURATION ROUNDS \
    POSTGRES_SHARED_BUFFERS RESULTS; do
    [[ -n "${!knob:-}" ]] && command_line="$knob=${!knob} $command_line"
done
script_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(cd "$script_dir/.." && pwd)
cd "$repo"
bench="Benchmarks/postgres.sh"
source "$script_dir/lib.sh"

seed_file="$repo/../shared/seed/000_e58416b2c1395947.txt"
pool=${POOL:-20}
grow_to=${GROW_TO:-250000}
queries=${QUERIES:-1000}
threads=${WRK_THREADS:-2}
connections=${WRK_CONNECTIONS:-64}
duration=${WRK_DURATION:-10s}
warmup=${WARMUP_DURATION:-3s}
rounds=${ROUNDS:-3}
results_file=${RESULTS:-$script_dir/results/postgres.md}
browser_agent="Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36"

# --- preconditions ------------------------------------------------------------------------
require_corpus
[[ -f "$seed_file" ]] || { echo "$bench: SKIPPED: the seed page (../shared/seed/000_e58416b2c1395947.txt) is absent." >&2; exit 0; }
missing=()
for tool in wrk nginx curl sqlite3 awk sort runuser; do
    command -v "$tool" >/dev/null 2>&1 || missing+=("$tool")
done
((${#missing[@]} == 0)) || die "missing tools: ${missing[*]} (Debian: apt-get install -y wrk nginx-light curl sqlite3)"
postgres_bin >/dev/null || die "PostgreSQL is not installed (Debian: apt-get install postgresql; its binaries in /usr/lib/postgresql/*/bin)"
nginx_bin=$(command -v nginx)
ulimit -n 65536 2>/dev/null || ulimit -n "$(ulimit -Hn)" 2>/dev/null || true

# --- temp dir and cleanup -----------------------------------------------------------------
tmp=$(mktemp -d "${TMPDIR:-/tmp}/nashir-postgres-bench.XXXXXX")
chmod 755 "$tmp" # the postgres account reaches its cluster folder inside, nginx's workers the pages
sqlite_pid=""
postgres_serve_pid=""
nginx_pid=""
cleanup() {
    local status=$?
    trap - EXIT INT TERM
    stop_pid "$sqlite_pid"
    stop_pid "$postgres_serve_pid"
    stop_nginx
    stop_postgres
    rm -rf "$tmp"
    exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# --- build --------------------------------------------------------------------------------
build_started=$SECONDS
release_nashir_and_search_benchmark "$tmp/build.log"
build_seconds=$((SECONDS - build_started))
[[ -x "$nashir" ]] || die "no nashir binary at $nashir"
[[ -x "$search_benchmark" ]] || die "no search-benchmark binary at $search_benchmark"
"$nashir" copy --help >/dev/null 2>&1 || die "$nashir has no copy command (rebuild from a tree that has it)"
"$search_benchmark" --help 2>&1 | grep -q -- '--postgres' || die "$search_benchmark has no --postgres option (rebuild it)"

# --- 1. SQLite, then its copy in PostgreSQL -------------------------------------------------
db="$tmp/nashir.sqlite"
log "importing ${#corpus_files[@]} corpus files into SQLite"
t0=$(now)
"$nashir" import --db "$db" --skip-invalid "${corpus_files[@]}" >"$tmp/import.out" 2>"$tmp/import.err" ||
    { cat "$tmp/import.out" "$tmp/import.err" >&2; die "corpus import failed"; }
import_seconds=$(elapsed "$t0" "$(now)")
"$nashir" import --db "$db" --json "$seed_file" >"$tmp/seed.json" 2>"$tmp/seed.err" || { cat "$tmp/seed.err" >&2; die "seed import failed"; }
seed_path=$(sed -n 's/.*"path":"\([^"]*\)".*/\1/p' "$tmp/seed.json" | head -n 1)
[[ -n "$seed_path" ]] || { cat "$tmp/seed.json" >&2; die "no path in the seed import's --json output"; }
articles=$(sqlite3 "$db" 'SELECT COUNT(*) FROM article')
log "SQLite: $articles articles in $import_seconds s; the seed at $seed_path"

log "starting a private PostgreSQL server"
start_postgres "$tmp/pg"
log "PostgreSQL $postgres_version on 127.0.0.1:$postgres_port (postmaster $postgres_pid)"

# Copies the SQLite database into a new PostgreSQL database; sets copy_seconds, copy_rate, pg_url.
copy_to_postgres() { # database-name
    pg_url=$(create_postgres_database "$1" "$pool")
    log "nashir copy --from ${db#"$tmp"/} --to $pg_url"
    local t0 copied
    t0=$(now)
    "$nashir" copy --from "$db" --to "$pg_url" >"$tmp/copy-$1.out" 2>&1 || { cat "$tmp/copy-$1.out" >&2; die "nashir copy failed"; }
    copy_seconds=$(elapsed "$t0" "$(now)")
    copied=$(psql_run "$1" 'SELECT count(*) FROM article')
    local expected
    expected=$(sqlite3 "$db" 'SELECT COUNT(*) FROM article')
    ((copied == expected)) || die "PostgreSQL holds $copied articles after the copy, SQLite $expected"
    copy_rate=$(awk -v n="$copied" -v s="$copy_seconds" 'BEGIN { printf "%.0f", n / s }')
    log "copied $copied articles in $copy_seconds s ($copy_rate articles/s): $(tail -n 1 "$tmp/copy-$1.out")"
}
copy_to_postgres nashir_corpus
corpus_copy_seconds=$copy_seconds corpus_copy_rate=$copy_rate
corpus_url=$pg_url
if ((grow_to > 0)); then
    log "at this rate a copy of $grow_to articles would take about $(awk -v n="$grow_to" -v r="$copy_rate" 'BEGIN { printf "%.0f", n / r }') s"
fi

# --- 2. page throughput -------------------------------------------------------------------
sqlite_port=$(free_port); used_ports+=("$sqlite_port")
sqlite_metrics=$(free_port); used_ports+=("$sqlite_metrics")
postgres_serve_port=$(free_port); used_ports+=("$postgres_serve_port")
postgres_metrics=$(free_port); used_ports+=("$postgres_metrics")
log "starting nashir serve on SQLite (127.0.0.1:$sqlite_port) and on PostgreSQL (127.0.0.1:$postgres_serve_port, pool $pool)"
start_nashir sqlite_pid "$db" "$sqlite_port" "$sqlite_metrics" "$tmp/serve-sqlite.log"
start_nashir postgres_serve_pid "$corpus_url" "$postgres_serve_port" "$postgres_metrics" "$tmp/serve-postgres.log"
base="http://127.0.0.1:$sqlite_port"
fetch "$base/" "$tmp/home-page.html"
# The site's RSS feed (SiteRoute.feed(.site, .rss)), as the home page advertises it.
feed_path=$(grep -o '<link[^>]*application/rss+xml[^>]*>' "$tmp/home-page.html" | grep -o 'href="[^"]*"' | head -n 1 |
    sed 's#^href="\([a-z]*://[^/]*\)\{0,1\}##; s#"$##')
[[ -n "$feed_path" ]] || feed_path=/feed.xml
pages=(article home feed)
declare -A page_path=([article]=$seed_path [home]=/ [feed]=$feed_path)
mirror_pages "$base"
# Whether PostgreSQL's server sends the very bytes SQLite's does (nginx serves SQLite's).
declare -A page_same
for page in "${pages[@]}"; do
    fetch "http://127.0.0.1:$postgres_serve_port${page_path[$page]}" "$tmp/postgres-page.raw"
    # Absolute links name the server's own port (in share links percent-encoded): SQLite's in both, for the comparison.
    sed "s#127\.0\.0\.1:$postgres_serve_port#127.0.0.1:$sqlite_port#g; s#127\.0\.0\.1%3A$postgres_serve_port#127.0.0.1%3A$sqlite_port#g" \
        "$tmp/postgres-page.raw" >"$tmp/postgres-page"
    if cmp -s "$tmp/postgres-page" "$www${page_file[$page]}"; then page_same[$page]=yes; else
        page_same[$page]="no: $(diff <(sed 's/></>\n</g' "$www${page_file[$page]}") <(sed 's/></>\n</g' "$tmp/postgres-page") | grep -c '^[<>]' || true) lines differ, $(wc -c <"$tmp/postgres-page") bytes"
        diff <(sed 's/></>\n</g' "$www${page_file[$page]}") <(sed 's/></>\n</g' "$tmp/postgres-page") | grep '^[<>]' | head -n 10 | cut -c1-200 >"$tmp/diff-$page.txt" || true
        log "$page: PostgreSQL's page differs from SQLite's (ports aside); the first differing lines (< SQLite, > PostgreSQL):"
        cat "$tmp/diff-$page.txt" >&2
    fi
done
server_port() {
    case $1 in
        sqlite) echo "$sqlite_port" ;;
        postgres) echo "$postgres_serve_port" ;;
        nginx) echo "$nginx_port" ;;
    esac
}
server_pids() { # the processes doing a server's work: Nashir's (and its PostgreSQL backends), nginx's master and workers
    case $1 in
        sqlite) echo "$sqlite_pid" ;;
        postgres) echo "$postgres_serve_pid" $(postgres_backends) ;;
        nginx) echo "$nginx_pid" $(ps -o pid= --ppid "$nginx_pid" 2>/dev/null) ;;
    esac
}
for page in "${pages[@]}"; do
    bench_rounds "$page" "${page_path[$page]}" - - nginx sqlite postgres
done
sqlite_rss=$(awk '$1 == "VmRSS:" { print $2 }' "/proc/$sqlite_pid/status")
postgres_serve_rss=$(awk '$1 == "VmRSS:" { print $2 }' "/proc/$postgres_serve_pid/status")
stop_pid "$sqlite_pid"; sqlite_pid=""
stop_pid "$postgres_serve_pid"; postgres_serve_pid=""
stop_nginx

# --- 3. search latency --------------------------------------------------------------------
# search-benchmark prints SQLite's table against the plain unicode61 reference, then, after a
# blank line, both stores side by side; p99 of PostgreSQL is the fourth cell of that table's row.
postgres_p99() { # search-benchmark output file
    awk -F'|' '/Nashir on PostgreSQL/ { on = 1 } on && $2 ~ /^ p99, ms / { gsub(/ /, "", $4); print $4; exit }' "$1"
}
log "search latency at $articles articles, SQLite and PostgreSQL"
"$search_benchmark" --db "$db" --queries "$queries" --postgres "$corpus_url" --postgres-pid "$postgres_pid" >"$tmp/search-corpus.md" 2>"$tmp/search-corpus.err" ||
    { cat "$tmp/search-corpus.err" >&2; die "search-benchmark failed at corpus size"; }
corpus_p99=$(postgres_p99 "$tmp/search-corpus.md")
log "PostgreSQL p99 at $articles articles: $corpus_p99 ms"

big_articles=""
if ((grow_to > 0)); then
    psql_run postgres "DROP DATABASE nashir_corpus" >/dev/null # room for the large copy
    log "growing SQLite to $grow_to articles (the corpus again under new ids)"
    t0=$(now)
    "$search_benchmark" --db "$db" --grow-to "$grow_to" >&2
    rm -f "$db.plain-reference"
    "$nashir" reindex --db "$db" >&2
    grow_seconds=$(elapsed "$t0" "$(now)")
    big_articles=$(sqlite3 "$db" 'SELECT COUNT(*) FROM article')
    log "$big_articles articles (grown and reindexed in $grow_seconds s)"
    copy_to_postgres nashir_big
    big_copy_seconds=$copy_seconds big_copy_rate=$copy_rate
    log "search latency at $big_articles articles, SQLite and PostgreSQL"
    "$search_benchmark" --db "$db" --queries "$queries" --postgres "$pg_url" --postgres-pid "$postgres_pid" >"$tmp/search-big.md" 2>"$tmp/search-big.err" ||
        { cat "$tmp/search-big.err" >&2; die "search-benchmark failed at $big_articles articles"; }
    big_p99=$(postgres_p99 "$tmp/search-big.md")
    log "PostgreSQL p99 at $big_articles articles: $big_p99 ms"
    postgres_database_mib=$(psql_run nashir_big "SELECT pg_database_size('nashir_big') / 1048576")
    postgres_index_mib=$(psql_run nashir_big "SELECT pg_total_relation_size('search_document') / 1048576")
    sqlite_mib=$(($(stat -c %s "$db") / 1048576))
fi

# --- report -------------------------------------------------------------------------------
cpu_model=$(awk -F': ' '/^model name/ { print $2; exit }' /proc/cpuinfo)
commit=$(git rev-parse --short HEAD 2>/dev/null || echo unknown)
git diff --quiet HEAD -- Sources Package.swift Themes 2>/dev/null || commit="$commit (+ uncommitted changes)"
wall=$((SECONDS - started_at))
load_after=$(cut -d' ' -f1-3 /proc/loadavg)
v() { local name=$1; printf '%s' "${!name}"; }
mib() { awk -v k="$1" 'BEGIN { printf "%.0f", k / 1024 }'; } # KiB
short_path() { if ((${#1} > 40)); then printf '%s…' "${1:0:32}"; else printf '%s' "$1"; fi; }
met() { awk "BEGIN { exit !($1) }" && echo "met" || echo "NOT met"; }

page_rows() {
    local page
    for page in "${pages[@]}"; do
        printf '| %s `%s` (%s bytes) | %s | %s | %s | %s / **%s** | %s | %s / %s / %s | %s / %s / %s | %s |\n' \
            "$page" "$(short_path "${page_path[$page]}")" "${page_bytes[$page]}" \
            "$(fmt0 "$(v "${page}_sqlite_rps")")" "$(fmt0 "$(v "${page}_postgres_rps")")" "$(fmt0 "$(v "${page}_nginx_rps")")" \
            "$(ratio "$(v "${page}_sqlite_rps")" "$(v "${page}_nginx_rps")")" "$(ratio "$(v "${page}_postgres_rps")" "$(v "${page}_nginx_rps")")" \
            "$(ratio "$(v "${page}_postgres_rps")" "$(v "${page}_sqlite_rps")")" \
            "$(fmt2 "$(v "${page}_sqlite_p99")")" "$(fmt2 "$(v "${page}_postgres_p99")")" "$(fmt2 "$(v "${page}_nginx_p99")")" \
            "$(v "${page}_sqlite_cpu")" "$(v "${page}_postgres_cpu")" "$(v "${page}_nginx_cpu")" "${page_same[$page]}"
    done
}
page_differences() { # the first differing lines of each page the stores render differently
    local page
    for page in "${pages[@]}"; do
        [[ -s "$tmp/diff-$page.txt" ]] || continue
        printf '\nThe %s page, the first lines that differ (split at tags; < SQLite, > PostgreSQL; cut at 200 characters):\n\n```\n%s\n```\n' \
            "$page" "$(cat "$tmp/diff-$page.txt")"
    done
}
pages_kept=$(met "$(ratio "$article_postgres_rps" "$article_sqlite_rps") >= 0.9 && $(ratio "$home_postgres_rps" "$home_sqlite_rps") >= 0.9")
if [[ -n "$big_articles" ]]; then
    search_target="| search p99 ≤ 30 ms at $big_articles articles on PostgreSQL | $big_p99 ms | **$(met "$big_p99 <= 30")** |"
    big_section=$(cat <<MD
## 3b. Search at $big_articles articles

$(cat "$tmp/search-big.md")

Grown on the SQLite side with \`search-benchmark --grow-to $grow_to\` (the corpus again under new ids) and
\`nashir reindex\` ($grow_seconds s), then copied into a fresh PostgreSQL database with \`nashir copy\`:
**$big_copy_seconds s, $big_copy_rate articles/s** (the index rebuilt at the end of the copy included). Sizes: SQLite
file $sqlite_mib MiB; PostgreSQL database $postgres_database_mib MiB, of which \`search_document\` (tsvectors and GIN
index) $postgres_index_mib MiB.
MD
)
else
    search_target="| search p99 ≤ 30 ms at 250,000 articles on PostgreSQL | not measured (\`GROW_TO=0\`) | – |"
    big_section=""
fi

report=$(cat <<MD
# Nashir on PostgreSQL beside SQLite

| run | |
| --- | --- |
| date | $(date -u '+%Y-%m-%d %H:%M UTC') |
| machine | $(nproc) CPUs, ${cpu_model:-$(uname -m)}, $(awk '/^MemTotal:/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo) RAM |
| software | PostgreSQL $postgres_version (a private cluster: fsync, synchronous_commit and full_page_writes **off**, shared_buffers $(postgres_shared_buffers), loopback TCP), $("$nginx_bin" -v 2>&1 | sed 's/^nginx version: //'), wrk |
| connection pool | **$pool** connections per instance (\`--db postgres://…?pool=$pool\`), for \`nashir serve\` and for search-benchmark |
| commit | Nashir $commit |
| command | \`$command_line\` |
| whole run | ${wall} s, of which the build ${build_seconds} s; load average before $load_before, after $load_after |

## Targets

| target | measured | |
| --- | --- | --- |
| pages unchanged on PostgreSQL (cached): article and home req/s ≥ 0.9 × SQLite's | article $(ratio "$article_postgres_rps" "$article_sqlite_rps"), home $(ratio "$home_postgres_rps" "$home_sqlite_rps") × SQLite | **$pages_kept** |
$search_target

## 1. Copy

| step | articles | s | articles/s |
| --- | ---: | ---: | ---: |
| \`nashir import\` of the corpus into SQLite | $articles | $import_seconds | $(awk -v n="$articles" -v s="$import_seconds" 'BEGIN { printf "%.0f", n / s }') |
| \`nashir copy\` SQLite → PostgreSQL (index rebuilt included) | $articles | $corpus_copy_seconds | $corpus_copy_rate |
$([[ -n "$big_articles" ]] && echo "| \`nashir copy\` SQLite → PostgreSQL, grown | $big_articles | $big_copy_seconds | $big_copy_rate |")

## 2. Page throughput beside nginx, $connections connections

| page | SQLite req/s | PostgreSQL req/s | nginx req/s | ratio to nginx SQLite / **PostgreSQL** | PostgreSQL ÷ SQLite | p99 ms SQLite / PostgreSQL / nginx | server CPU µs/request SQLite / PostgreSQL / nginx | same bytes on both stores |
| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |
$(page_rows)

\`wrk -t$threads -c$connections -d$duration --latency\` with a browser's User-Agent; a $warmup warm-up per server and
page, then $rounds rounds, each starting with the next server (nginx, SQLite, PostgreSQL); medians. nginx serves the
bytes Nashir sent on SQLite, at the same paths with the same headers. Both Nashir servers are the same binary
(\`nashir serve --db FILE\` and \`--db postgres://…?pool=$pool\`) serving from their page caches; PostgreSQL's CPU
column adds its backends' CPU time to Nashir's. VmRSS after the rounds: SQLite $(mib "$sqlite_rss") MiB, PostgreSQL
$(mib "$postgres_serve_rss") MiB.
$(page_differences)

## 3. Search at $articles articles

$(cat "$tmp/search-corpus.md")

search-benchmark's $queries queries (fixed seed, drawn from the stored headlines: 40 % one word, 30 % two or three
words, 10 % a quoted phrase, 10 % OR, 10 % an exclusion), 200 untimed warm-up queries on each store first; in the
second table each query runs on both stores in turn, PostgreSQL first every other time. PostgreSQL's CPU is this
process's plus the server backends' (\`/proc/PID/schedstat\`). "Same match count / first hit" compares the two
stores' answers to each query.

$big_section
MD
)
printf '\n%s\n' "$report"
mkdir -p "$(dirname "$results_file")"
printf '%s\n' "$report" >"$results_file"
log "written to ${results_file#"$repo"/}"
