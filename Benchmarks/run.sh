#!/usr/bin/env bash
# Nashir benchmarks, in one run on a fresh temporary database (the corpus plus the seed page):
#
#   1. corpus import rate;
#   2. page throughput of `nashir serve` beside nginx serving the very same bytes from disk: the
#      article page (the seed), the home page, the seed's section page and the site's RSS feed,
#      at 64 connections (alternating rounds, medians) and at 512 (one round each, errors counted);
#   3. search pages over search-benchmark's 1,000 queries, requested Zipf-fashion, on the server
#      with its page cache beside a second one started with --page-cache-megabytes 0;
#   4. cache-miss render time of article pages (10,000 different articles, each once, on a freshly
#      started server), and cache hits (1,000 of them again);
#   5. page cache misses while a writer saves one article a second through the HTTP API;
#   6. resident memory with 250,000 articles loaded (BIG=0 skips it: it takes minutes).
#
# Run from the repository root:
#
#     Benchmarks/run.sh
#
# Knobs (environment): NASHIR_BIN (skip the release build and use this binary; SEARCH_BENCHMARK_BIN,
# else the search-benchmark beside it, else it is built), WRK_THREADS (2), WRK_CONNECTIONS (64),
# HIGH_CONNECTIONS (512), WRK_DURATION (10s), HIGH_DURATION (WRK_DURATION), WARMUP_DURATION (3s),
# ROUNDS (3, alternating), SEARCH_QUERIES (1000), ZIPF_S (1.0), MISSES (10000), HITS (1000),
# WRITER_DURATION (20s), WRITER_PAGES (200), BIG (1; 0 skips phase 6), BIG_ARTICLES (250000),
# BIG_PAGES (2000), RESULTS (Benchmarks/results/latest.md).
# Everything listens on 127.0.0.1 only; every process and temp file is removed on exit.
set -euo pipefail

started_at=$SECONDS
load_before=$(cut -d' ' -f1-3 /proc/loadavg)
command_line="Benchmarks/run.sh"
for knob in NASHIR_BIN SEARCH_BENCHMARK_BIN WRK_THREADS WRK_CONNECTIONS HIGH_CONNECTIONS WRK_DURATION HIGH_DURATION WARMUP_DURATION ROUNDS \
    SEARCH_QUERIES ZIPF_S MISSES HITS WRITER_DURATION WRITER_PAGES BIG BIG_ARTICLES BIG_PAGES RESULTS; do
    [[ -n "${!knob:-}" ]] && command_line="$knob=${!knob} $command_line"
done
script_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(cd "$script_dir/.." && pwd)
cd "$repo"

corpus_dir="$repo/../shared/corpus/articles"
seed_file="$repo/../shared/seed/000_e58416b2c1395947.txt"
threads=${WRK_THREADS:-2}
connections=${WRK_CONNECTIONS:-64}
high_connections=${HIGH_CONNECTIONS:-512}
duration=${WRK_DURATION:-10s}
high_duration=${HIGH_DURATION:-$duration}
warmup=${WARMUP_DURATION:-3s}
rounds=${ROUNDS:-3}
search_queries=${SEARCH_QUERIES:-1000}
zipf_s=${ZIPF_S:-1.0}
misses=${MISSES:-10000}
hits=${HITS:-1000}
writer_duration=${WRITER_DURATION:-20s}
writer_pages=${WRITER_PAGES:-200}
big=${BIG:-1}
big_articles=${BIG_ARTICLES:-250000}
big_pages=${BIG_PAGES:-2000}
results_file=${RESULTS:-$script_dir/results/latest.md}
browser_agent="Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36"

bench="Benchmarks/run.sh"
# log, die, now, elapsed; servers, wrk and the nginx reference (stop_pid, free_port, wait_http,
# start_nashir, cpu_ticks, run_wrk, ratio, fmt0, fmt2, fetch, mirror_pages, bench_rounds).
source "$script_dir/lib.sh"
seconds_of() { # "20s", "2m", "20" -> whole seconds
    case $1 in
        *ms) echo 1 ;;
        *s) echo "${1%s}" ;;
        *m) echo $((${1%m} * 60)) ;;
        *h) echo $((${1%h} * 3600)) ;;
        *) echo "$1" ;;
    esac
}
writer_seconds=$(seconds_of "$writer_duration")

# --- preconditions ------------------------------------------------------------------------
shopt -s nullglob
corpus_files=("$corpus_dir"/*.jsonl)
shopt -u nullglob
if [[ ! -d "$corpus_dir" || ${#corpus_files[@]} -eq 0 || ! -f "$seed_file" ]]; then
    echo "Benchmarks/run.sh: SKIPPED: the corpus (../shared/corpus/articles/*.jsonl) or the seed page is absent." >&2
    exit 0
fi
missing=()
for tool in wrk nginx curl sqlite3 awk sort python3; do
    command -v "$tool" >/dev/null 2>&1 || missing+=("$tool")
done
if ((${#missing[@]})); then
    die "missing tools: ${missing[*]} (Debian: apt-get install -y wrk nginx-light curl sqlite3)"
fi
nginx_bin=$(command -v nginx)
# 512 connections need as many descriptors in wrk and in each server, which inherit this limit.
ulimit -n 65536 2>/dev/null || ulimit -n "$(ulimit -Hn)" 2>/dev/null || true
(($(ulimit -n) >= high_connections + 256)) ||
    die "ulimit -n is $(ulimit -n): too low for $high_connections connections (raise the hard limit)"

# --- temp dir and cleanup -----------------------------------------------------------------
tmp=$(mktemp -d "${TMPDIR:-/tmp}/nashir-bench.XXXXXX")
nashir_pid=""   # the normal server (phases 2, 3 and 5)
nocache_pid=""  # --page-cache-megabytes 0 (phase 3)
fresh_pid=""    # freshly started for the cache misses (phase 4)
big_pid=""      # on 250,000 articles (phase 6)
nginx_pid=""
writer_pid=""
cleanup() {
    local status=$?
    trap - EXIT INT TERM
    stop_pid "$writer_pid"
    stop_pid "$nashir_pid"
    stop_pid "$nocache_pid"
    stop_pid "$fresh_pid"
    stop_pid "$big_pid"
    stop_nginx
    rm -rf "$tmp"
    exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# --- helpers ------------------------------------------------------------------------------
# The sum of a Prometheus metric's samples (every label set), 0 when absent.
metric() { # name metrics-port
    curl -sS --max-time 10 "http://127.0.0.1:$2/metrics" |
        awk -v name="$1" '$1 == name || index($1, name "{") == 1 { sum += $NF } END { printf "%.0f\n", sum }'
}
# Requests that reached the router (past the channel's fast path), the API's left out.
routed_requests() { # metrics-port
    curl -sS --max-time 10 "http://127.0.0.1:$1/metrics" |
        awk 'index($1, "hb_requests{") == 1 && $1 !~ /\/api\// { n += $NF } END { printf "%.0f\n", n }'
}
# The cache counters at once: "<hits> <misses> <evictions>".
cache_counters() { # metrics-port
    curl -sS --max-time 10 "http://127.0.0.1:$1/metrics" | awk '
        function add(name) { return ($1 == name || index($1, name "{") == 1) }
        add("nashir_page_cache_hits_total") { h += $NF }
        add("nashir_page_cache_misses_total") { m += $NF }
        add("nashir_page_cache_evictions_total") { e += $NF }
        END { printf "%.0f %.0f %.0f\n", h, m, e }'
}

# Where a render's time goes, by the server's own timers: "<render s> <renders> <database read s> <reads>".
render_timers() { # metrics-port
    curl -sS --max-time 10 "http://127.0.0.1:$1/metrics" | awk '
        $1 == "nashir_render_seconds_sum" { rs = $2 } $1 == "nashir_render_seconds_count" { rc = $2 }
        index($1, "nashir_database_seconds_sum{") == 1 && $1 ~ /read/ { ds = $2 }
        index($1, "nashir_database_seconds_count{") == 1 && $1 ~ /read/ { dc = $2 }
        END { printf "%.6f %d %.6f %d\n", rs, rc, ds, dc }'
}
# A process's thread switches, voluntary or not, summed over its threads: each hop of a request
# between threads is a sleep and a wake-up, and a virtual machine's idle core is slow to wake.
thread_switches() { cat /proc/"$1"/task/*/status 2>/dev/null | awk '/ctxt_switches/ { n += $2 } END { print n + 0 }'; } # pid
memory_kib() { awk -v key="$2:" '$1 == key { print $2 }' "/proc/$1/status" 2>/dev/null || echo 0; } # pid VmRSS|VmHWM
mib() { awk -v k="$1" 'BEGIN { printf "%.0f", k / 1024 }'; }

median() { sort -g | awk '{ v[NR] = $1 } END { if (NR == 0) { print "nan"; exit } if (NR % 2) print v[(NR + 1) / 2]; else printf "%.2f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
# Nearest-rank percentiles of a file of numbers: "<p50> <p90> <p99> <max> <count>".
percentiles() {
    sort -g "$1" | awk '{ v[NR] = $1 }
        function at(p,   i) { i = int(p * NR / 100); if (i < p * NR / 100) i++; if (i < 1) i = 1; return v[i] }
        END { if (NR == 0) { print "nan nan nan nan 0"; exit } printf "%.2f %.2f %.2f %.2f %d\n", at(50), at(90), at(99), v[NR], NR }'
}
met() { awk "BEGIN { exit !($1) }" && echo "met" || echo "NOT met"; } # an awk condition

# Every article path the sitemaps list, one a line, in the sitemaps' order: server-port file.
sitemap_paths() {
    local port=$1 out=$2 part
    fetch "http://127.0.0.1:$port/sitemap.xml" "$tmp/sitemap-index.xml"
    : >"$out"
    for part in $(grep -o '<loc>[^<]*</loc>' "$tmp/sitemap-index.xml" | sed 's#<loc>[a-z]*://[^/]*##; s#</loc>##' | grep '^/sitemaps/articles-'); do
        fetch "http://127.0.0.1:$port$part" "$tmp/sitemap-part.xml"
        grep -o '<loc>[^<]*</loc>' "$tmp/sitemap-part.xml" | sed 's#<loc>[a-z]*://[^/]*##; s#</loc>##' | grep '^/news/' >>"$out" || true
    done
    [[ -s "$out" ]] || die "the sitemaps on port $port list no article"
}
# A fixed-seed shuffle of stdin's lines.
shuffled() { # seed
    awk -v seed="$1" 'BEGIN { srand(seed) } { printf "%.15f\t%s\n", rand(), $0 }' | sort -t "$(printf '\t')" -k1,1 | cut -f2-
}
# The first n lines of stdin; reads all of it, so the writer never dies of SIGPIPE under pipefail.
first() { awk -v n="$1" 'NR <= n'; }

# One curl process, one connection, the URLs of a file in order; prints "<status> <ms> <connects>" per URL.
timed_gets() { # port paths-file out-file
    local port=$1 paths=$2 out=$3
    awk -v base="http://127.0.0.1:$port" '{ printf "url = \"%s%s\"\noutput = \"/dev/null\"\n", base, $0 }' "$paths" >"$tmp/curl.cfg"
    curl -sS --max-time 600 -H "User-Agent: $browser_agent" -K "$tmp/curl.cfg" -w '%{http_code} %{time_total} %{num_connects}\n' |
        awk '{ printf "%s %.3f %s\n", $1, $2 * 1000, $3 }' >"$out"
    [[ $(wc -l <"$out") -eq $(wc -l <"$paths") ]] || die "curl answered $(wc -l <"$out") of $(wc -l <"$paths") requests on port $port"
    local bad
    bad=$(awk '$1 != 200' "$out" | wc -l)
    ((bad == 0)) || { paste -d' ' "$out" "$paths" | awk '$1 != 200' | first 5 >&2; die "$bad of the requests of $paths did not answer 200 (first above)"; }
}

# --- build --------------------------------------------------------------------------------
build_started=$SECONDS
release_nashir_and_search_benchmark "$tmp/build.log"
build_seconds=$((SECONDS - build_started))
[[ -x "$search_benchmark" ]] || die "no search-benchmark binary at $search_benchmark"
"$nashir" serve --help 2>&1 | grep -q -- '--page-cache-megabytes' ||
    die "$nashir serve has no --page-cache-megabytes option (rebuild from a tree that has it)"

# --- 1. import ----------------------------------------------------------------------------
db="$tmp/bench.sqlite"
log "importing ${#corpus_files[@]} corpus files into a fresh database"
t0=$(now)
"$nashir" import --db "$db" --skip-invalid "${corpus_files[@]}" >"$tmp/import.out" 2>"$tmp/import.err" ||
    { cat "$tmp/import.out" "$tmp/import.err" >&2; die "corpus import failed"; }
t1=$(now)
import_seconds=$(elapsed "$t0" "$t1")
imported=$(sqlite3 "$db" 'SELECT COUNT(*) FROM article')
skipped=$(grep -c 'skipped:' "$tmp/import.err" || true)
import_rate=$(awk -v n="$imported" -v s="$import_seconds" 'BEGIN { printf "%.0f", n / s }')
sed 's/^/    /' "$tmp/import.out" >&2
log "corpus: $imported articles ($skipped records skipped) in ${import_seconds} s = $import_rate articles/s"

log "importing the seed page"
t0=$(now)
"$nashir" import --db "$db" --json "$seed_file" >"$tmp/seed.json" 2>"$tmp/seed.err" ||
    { cat "$tmp/seed.err" >&2; die "seed import failed"; }
t1=$(now)
seed_ms=$(awk -v s="$(elapsed "$t0" "$t1")" 'BEGIN { printf "%.0f", s * 1000 }')
seed_path=$(sed -n 's/.*"path":"\([^"]*\)".*/\1/p' "$tmp/seed.json" | head -n 1)
[[ -n "$seed_path" ]] || { cat "$tmp/seed.json" >&2; die "no path in the seed import's --json output"; }
log "seed: ${seed_ms} ms, page $seed_path"

# The search benchmark's query set (fixed seed, drawn from stored headlines), one a line.
"$search_benchmark" --db "$db" --queries "$search_queries" --print-queries >"$tmp/queries.txt" 2>"$tmp/queries.err" ||
    { cat "$tmp/queries.err" >&2; die "search-benchmark --print-queries failed"; }
[[ $(grep -c . "$tmp/queries.txt") -eq $search_queries ]] || die "search-benchmark printed $(grep -c . "$tmp/queries.txt") queries, not $search_queries"

# An editor with an API token, for the writer of phase 5 (made before any server runs).
head -c 32 /dev/urandom | od -An -tx1 | tr -d ' \n' | sed 's/$/\n/' |
    "$nashir" user add --db "$db" --name benchmark-editor --role editor --password-stdin >"$tmp/user.log" 2>&1 ||
    { cat "$tmp/user.log" >&2; die "nashir user add failed"; }
api_token=$("$nashir" token create --db "$db" --user benchmark-editor --label "Benchmarks/run.sh writer" 2>"$tmp/token.log" | tail -n 1)
[[ "$api_token" == nsr_* ]] || { cat "$tmp/token.log" >&2; die "nashir token create printed no token"; }

# --- servers: Nashir with its page cache, and nginx -----------------------------------------
nashir_port=$(free_port); used_ports+=("$nashir_port")
nashir_metrics=$(free_port); used_ports+=("$nashir_metrics")
log "starting nashir serve on 127.0.0.1:$nashir_port (metrics on $nashir_metrics)"
start_nashir nashir_pid "$db" "$nashir_port" "$nashir_metrics" "$tmp/serve.log"
base="http://127.0.0.1:$nashir_port"

www="$tmp/www"
mkdir -p "$www"
fetch "$base$seed_path" "$tmp/seed-page.html"
# The seed's section: its link on the article page.
section_path=$(grep -o 'href="[^"]*/section/[^"/?#]*"' "$tmp/seed-page.html" | first 1 | sed 's#^href="\([a-z]*://[^/]*\)\{0,1\}##; s#"$##')
[[ "$section_path" == /section/* ]] || die "no section link on the article page $seed_path"
# The site's RSS feed (SiteRoute.feed(.site, .rss)), as the home page advertises it.
fetch "$base/" "$tmp/home-page.html"
feed_path=$(grep -o '<link[^>]*application/rss+xml[^>]*>' "$tmp/home-page.html" | grep -o 'href="[^"]*"' | first 1 |
    sed 's#^href="\([a-z]*://[^/]*\)\{0,1\}##; s#"$##')
[[ -n "$feed_path" ]] || feed_path=/feed.xml

pages=(article home section feed)
declare -A page_path=([article]=$seed_path [home]=/ [section]=$section_path [feed]=$feed_path)
mirror_pages "$base"

# The article paths of the whole site, from the sitemaps (canonical: no redirect is timed).
log "reading the sitemaps"
sitemap_paths "$nashir_port" "$tmp/all-paths.txt"
site_articles=$(wc -l <"$tmp/all-paths.txt")
grep -qxF "$seed_path" "$tmp/all-paths.txt" || die "the sitemaps do not list the seed article $seed_path"
grep -vxF "$seed_path" "$tmp/all-paths.txt" | shuffled 1 >"$tmp/shuffled-paths.txt"
log "the sitemaps list $site_articles articles"
((site_articles > misses + writer_pages + writer_seconds + 10)) || die "only $site_articles articles: too few for MISSES=$misses"

# --- 2. page throughput -------------------------------------------------------------------
server_port() {
    case $1 in
        nashir) echo "$nashir_port" ;;
        nocache) echo "$nocache_port" ;;
        nginx) echo "$nginx_port" ;;
    esac
}
server_pids() { # the processes doing a server's work: Nashir's one, nginx's master and workers
    case $1 in
        nashir) echo "$nashir_pid" ;;
        nocache) echo "$nocache_pid" ;;
        nginx) echo "$nginx_pid" $(ps -o pid= --ppid "$nginx_pid" 2>/dev/null) ;;
    esac
}
# One round per server at HIGH_CONNECTIONS; errors are counted, not fatal:
# sets ${label}_${server}_hi_{rps,p50,p99,cpu,bad,errs,kinds}.
bench_high() {
    local label=$1 path=$2 server r p50 p99 bad errs cpu n kinds field value
    for server in nginx nashir; do
        read -r r p50 p99 bad errs cpu n kinds < <(run_wrk "$high_connections" "$high_duration" "http://127.0.0.1:$(server_port "$server")$path" - - $(server_pids "$server"))
        [[ -n "$r" && -n "$p99" ]] || die "wrk gave no result for $server $path (see above)"
        log "$label at $high_connections connections, $server: $(fmt0 "$r") req/s, p50 $(fmt2 "$p50") ms, p99 $(fmt2 "$p99") ms, $cpu µs CPU/request, non-2xx $bad, socket errors $errs (connect/read/write/timeout $kinds)"
        for field in rps p50 p99 cpu bad errs kinds; do
            case $field in rps) value=$r ;; p50) value=$p50 ;; p99) value=$p99 ;; cpu) value=$cpu ;; bad) value=$bad ;; errs) value=$errs ;; kinds) value=$kinds ;; esac
            printf -v "${label}_${server}_hi_${field}" '%s' "$value"
        done
    done
}
for page in "${pages[@]}"; do
    bench_rounds "$page" "${page_path[$page]}" - - nginx nashir
done
for page in "${pages[@]}"; do
    bench_high "$page" "${page_path[$page]}"
done
nashir_errors_high=0
for page in "${pages[@]}"; do
    v_bad=${page}_nashir_hi_bad v_errs=${page}_nashir_hi_errs
    nashir_errors_high=$((nashir_errors_high + ${!v_bad} + ${!v_errs}))
done
stop_nginx

# --- 3. search ----------------------------------------------------------------------------
# wrk's Lua: one query per request, the query of rank r drawn with weight 1 / r^s (Zipf), from
# the cumulative distribution computed once per thread; each query percent-encoded as Nashir
# prints it (RFC 3986 unreserved bytes kept), so the target is the page cache's key.
cat >"$tmp/zipf-search.lua" <<'LUA'
local requests, cdf, n = {}, {}, 0
local thread_count = 0
function setup(thread)
    thread_count = thread_count + 1
    thread:set("thread_number", thread_count)
end
local function encode(text)
    return (text:gsub("[^A-Za-z0-9%-%._~]", function(c) return string.format("%%%02X", string.byte(c)) end))
end
function init(args)
    local file, s, seed = args[1], tonumber(args[2] or "1"), tonumber(args[3] or "1")
    local total = 0
    for line in io.lines(file) do
        if line ~= "" then
            n = n + 1
            requests[n] = wrk.format("GET", "/search?q=" .. encode(line))
            total = total + 1 / n ^ s
            cdf[n] = total
        end
    end
    for i = 1, n do cdf[i] = cdf[i] / total end
    math.randomseed(seed * 1000 + (thread_number or 0))
end
function request()
    local u, lo, hi = math.random(), 1, n
    while lo < hi do
        local mid = math.floor((lo + hi) / 2)
        if cdf[mid] < u then lo = mid + 1 else hi = mid end
    end
    return requests[lo]
end
LUA
# The distinct queries a run of N draws is expected to ask, for the sanity line of the report.
zipf_distinct() { # draws
    awk -v n="$search_queries" -v s="$zipf_s" -v draws="$1" 'BEGIN {
        for (i = 1; i <= n; i++) { w[i] = 1 / i ^ s; total += w[i] }
        for (i = 1; i <= n; i++) distinct += 1 - (1 - w[i] / total) ^ draws
        printf "%.0f", distinct }'
}
top_share=$(awk -v n="$search_queries" -v s="$zipf_s" 'BEGIN { for (i = 1; i <= n; i++) { w = 1 / i ^ s; t += w; if (i <= 10) top += w } printf "%.0f", 100 * top / t }')

nocache_port=$(free_port); used_ports+=("$nocache_port")
nocache_metrics=$(free_port); used_ports+=("$nocache_metrics")
log "starting a second nashir serve with --page-cache-megabytes 0 on 127.0.0.1:$nocache_port"
start_nashir nocache_pid "$db" "$nocache_port" "$nocache_metrics" "$tmp/serve-nocache.log" --page-cache-megabytes 0
first_query=$(head -n 1 "$tmp/queries.txt")
for server in nashir nocache; do
    code=$(curl -sS --max-time 30 -o /dev/null -w '%{http_code}' -G --data-urlencode "q=$first_query" "http://127.0.0.1:$(server_port "$server")/search")
    [[ "$code" == 200 ]] || die "$server: /search?q=$first_query answered $code"
done
read -r search_hits0 search_misses0 _ < <(cache_counters "$nashir_metrics")
search_routed0=$(metric nashir_search_requests_total "$nashir_metrics")
read -r nocache_hits0 nocache_misses0 _ < <(cache_counters "$nocache_metrics")
bench_rounds search / "$tmp/zipf-search.lua" "$tmp/queries.txt $zipf_s 1" nocache nashir
read -r search_hits1 search_misses1 _ < <(cache_counters "$nashir_metrics")
search_routed1=$(metric nashir_search_requests_total "$nashir_metrics")
read -r nocache_hits1 nocache_misses1 _ < <(cache_counters "$nocache_metrics")
search_cached_requests=$((search_nashir_requests + search_nashir_warm)) # warm-up and rounds, as the counters
search_renders=$((search_misses1 - search_misses0))
search_hit_count=$((search_hits1 - search_hits0))
search_routed=$((search_routed1 - search_routed0))
nocache_renders=$((nocache_misses1 - nocache_misses0))
nocache_hit_count=$((nocache_hits1 - nocache_hits0))
log "search, with the cache: $search_renders renders, $search_hit_count hits, $search_routed requests past the fast path; without: $nocache_renders renders, $nocache_hit_count hits"
((search_renders > 0 && search_hit_count > 0 && nocache_renders > 0 && nocache_hit_count == 0)) ||
    die "the page cache counters do not move as expected during the search phase (renders $search_renders and hits $search_hit_count with the cache, $nocache_renders and $nocache_hit_count without)"
stop_pid "$nocache_pid"
nocache_pid=""

# --- 5. misses while a writer saves an article every second ---------------------------------
# (Run before phase 4 on this server, which has served phases 2 and 3; phase 4 needs a fresh one.)
head -n "$writer_pages" "$tmp/shuffled-paths.txt" >"$tmp/rotation.txt"
sed -n "$((writer_pages + 1)),$((writer_pages + writer_seconds + 1))p" "$tmp/shuffled-paths.txt" >"$tmp/saved.txt"
printf '%s\n' "${page_path[home]}" "${page_path[article]}" "${page_path[section]}" "${page_path[feed]}" >"$tmp/main.txt"
cat >"$tmp/mix.lua" <<'LUA'
-- Every other request one of the four main pages in turn, the others the rotation of article pages.
local main, others, i = {}, {}, 0
local thread_count = 0
function setup(thread)
    thread_count = thread_count + 1
    thread:set("thread_number", thread_count)
end
function init(args)
    for line in io.lines(args[1]) do if line ~= "" then main[#main + 1] = wrk.format("GET", line) end end
    for line in io.lines(args[2]) do if line ~= "" then others[#others + 1] = wrk.format("GET", line) end end
    i = (thread_number or 0) * 7919
end
function request()
    i = i + 1
    if i % 2 == 0 then return main[(i / 2) % #main + 1] end
    return others[((i - 1) / 2) % #others + 1]
end
LUA
article_id() { sed -n 's#^/news/\([0-9]*\).*#\1#p' <<<"$1"; }
# Saves an article through the API as an editor would: read it, change its summary, PUT it
# with the revision read. Prints the PUT's status.
save_article() { # id n
    local id=$1 n=$2 revision
    revision=$(curl -sS --max-time 10 -H "Authorization: Bearer $api_token" "$base/api/v1/articles/$id" | grep -o '"revision":[0-9]*' | first 1 | cut -d: -f2)
    [[ -n "$revision" ]] || { echo 000; return 0; }
    curl -sS --max-time 10 -o /dev/null -w '%{http_code}\n' -X PUT -H "Authorization: Bearer $api_token" -H 'Content-Type: application/json' \
        --data-binary "{\"revision\": $revision, \"summary\": \"ملخص عدّله مقياس الأداء، المرة $n\"}" "$base/api/v1/articles/$id"
}
# Which rotation pages share a section or a tag with an article (so a save of it evicts them):
related_rotation() { # id -> the rotation paths that do, one a line
    local id=$1 ids
    ids=$(while read -r p; do article_id "$p"; done <"$tmp/rotation.txt" | paste -sd, -)
    sqlite3 "$db" "SELECT a.id FROM article a, article s WHERE s.id = $id AND a.id IN ($ids) AND (a.section_id = s.section_id
        OR EXISTS (SELECT 1 FROM article_tag x JOIN article_tag y ON x.tag_id = y.tag_id WHERE x.article_id = a.id AND y.article_id = s.id))" |
        while read -r match; do grep "^/news/$match/" "$tmp/rotation.txt" || true; done
}

log "writer phase: warm-up over the mix ($warmup)"
run_wrk "$connections" "$warmup" "$base/" "$tmp/mix.lua" "$tmp/main.txt $tmp/rotation.txt" "$nashir_pid" >/dev/null
# Probe: one save, then each page of the mix once, to see which the save re-rendered.
probe_path=$(head -n 1 "$tmp/saved.txt")
probe_id=$(article_id "$probe_path")
related_rotation "$probe_id" | sort -u >"$tmp/probe-related.txt"
grep -vxFf "$tmp/probe-related.txt" "$tmp/rotation.txt" >"$tmp/probe-unrelated.txt" || true
timed_gets "$nashir_port" "$tmp/rotation.txt" "$tmp/probe-warm.txt" # all cached before the save
probe_section=$(sqlite3 "$db" "SELECT s.slug FROM article a JOIN section s ON s.id = a.section_id WHERE a.id = $probe_id")
code=$(save_article "$probe_id" 0)
[[ "$code" == 200 ]] || die "the API refused to save article $probe_id ($code)"
sleep 0.7 # past the cache's half-second look at the change feed
declare -A probe_renders
for group in home article section feed related unrelated; do
    case $group in
        related) list=$tmp/probe-related.txt ;;
        unrelated) list=$tmp/probe-unrelated.txt ;;
        *) echo "${page_path[$group]}" >"$tmp/probe-one.txt"; list=$tmp/probe-one.txt ;;
    esac
    before=$(metric nashir_page_cache_misses_total "$nashir_metrics")
    [[ -s "$list" ]] && timed_gets "$nashir_port" "$list" "$tmp/probe-out.txt"
    probe_renders[$group]=$(($(metric nashir_page_cache_misses_total "$nashir_metrics") - before))
done
probe_related_count=$(wc -l <"$tmp/probe-related.txt")
probe_unrelated_count=$(wc -l <"$tmp/probe-unrelated.txt")
log "probe: one save of article $probe_id (section $probe_section) re-rendered home ${probe_renders[home]}, article ${probe_renders[article]}, section ${probe_renders[section]}, feed ${probe_renders[feed]}, ${probe_renders[related]} of $probe_related_count rotation articles sharing its section or a tag, ${probe_renders[unrelated]} of the $probe_unrelated_count others"

# The window: wrk over the mix while the writer saves one other article a second.
run_wrk "$connections" 2s "$base/" "$tmp/mix.lua" "$tmp/main.txt $tmp/rotation.txt" "$nashir_pid" >/dev/null # cache refilled after the probe
read -r w_hits0 w_misses0 w_evictions0 < <(cache_counters "$nashir_metrics")
w_routed0=$(routed_requests "$nashir_metrics")
(
    start=$(now)
    n=0
    sed -n "2,$((writer_seconds + 1))p" "$tmp/saved.txt" | while read -r path; do
        n=$((n + 1))
        save_article "$(article_id "$path")" "$n" >>"$tmp/saves.txt"
        # One a second from the start, whatever a save takes.
        sleep "$(awk -v s="$start" -v n="$n" -v t="$(now)" 'BEGIN { d = s + n - t; printf "%.3f", (d > 0 ? d : 0) }')"
    done
) &
writer_pid=$!
read -r w_rps w_p50 w_p99 w_bad w_errs w_cpu w_requests w_kinds < <(run_wrk "$connections" "$writer_duration" "$base/" "$tmp/mix.lua" "$tmp/main.txt $tmp/rotation.txt" "$nashir_pid")
read -r w_hits1 w_misses1 w_evictions1 < <(cache_counters "$nashir_metrics")
w_routed=$(($(routed_requests "$nashir_metrics") - w_routed0))
[[ -n "$w_rps" && -n "$w_requests" ]] || die "wrk gave no result for the writer phase (see above)"
wait "$writer_pid" || true
writer_pid=""
saves_ok=$(grep -c '^200$' "$tmp/saves.txt" || true)
saves_tried=$(wc -l <"$tmp/saves.txt")
((w_bad == 0)) || die "nashir answered $w_bad non-2xx/3xx responses during the writer phase"
w_renders=$((w_misses1 - w_misses0))
w_hit_count=$((w_hits1 - w_hits0))
w_evictions=$((w_evictions1 - w_evictions0))
w_miss_rate=$(awk -v m="$w_renders" -v s="$writer_seconds" 'BEGIN { printf "%.1f", m / s }')
w_miss_fraction=$(awk -v m="$w_renders" -v n="$w_requests" 'BEGIN { printf "%.3f", (n > 0 ? 100 * m / n : 0) }')
w_per_save=$(awk -v m="$w_renders" -v s="$saves_ok" 'BEGIN { if (s > 0) printf "%.1f", m / s; else print "n/a" }')
log "writer phase: $w_requests requests, $w_renders renders ($w_miss_rate/s, $w_miss_fraction %), $saves_ok saves of $saves_tried, $w_per_save renders per save, $w_routed requests past the fast path"
nashir_rss=$(memory_kib "$nashir_pid" VmRSS)
nashir_hwm=$(memory_kib "$nashir_pid" VmHWM)
stop_pid "$nashir_pid"
nashir_pid=""

# --- 4. cache-miss render time --------------------------------------------------------------
fresh_port=$(free_port); used_ports+=("$fresh_port")
fresh_metrics=$(free_port); used_ports+=("$fresh_metrics")
log "starting a fresh nashir serve for $misses cache misses"
start_nashir fresh_pid "$db" "$fresh_port" "$fresh_metrics" "$tmp/serve-fresh.log"
head -n "$misses" "$tmp/shuffled-paths.txt" >"$tmp/miss-paths.txt"
tail -n "$hits" "$tmp/miss-paths.txt" >"$tmp/hit-paths.txt" # the most recently rendered, surely still cached
read -r m_hits0 m_misses0 _ < <(cache_counters "$fresh_metrics")
read -r rs0 rc0 ds0 dc0 < <(render_timers "$fresh_metrics")
miss_ticks0=$(cpu_ticks "$fresh_pid")
miss_switches0=$(thread_switches "$fresh_pid")
timed_gets "$fresh_port" "$tmp/miss-paths.txt" "$tmp/miss-times.txt"
miss_ticks1=$(cpu_ticks "$fresh_pid")
miss_switches1=$(thread_switches "$fresh_pid")
read -r m_hits1 m_misses1 _ < <(cache_counters "$fresh_metrics")
read -r rs1 rc1 ds1 dc1 < <(render_timers "$fresh_metrics")
miss_cpu_ms=$(awk -v t="$((miss_ticks1 - miss_ticks0))" -v hz="$clock_ticks" -v n="$misses" 'BEGIN { printf "%.2f", 1000 * t / hz / n }')
miss_switches=$(awk -v s="$((miss_switches1 - miss_switches0))" -v n="$misses" 'BEGIN { printf "%.1f", s / n }')
miss_render_ms=$(awk -v s="$rs0" -v t="$rs1" -v a="$rc0" -v b="$rc1" 'BEGIN { printf "%.2f", (b > a ? 1000 * (t - s) / (b - a) : 0) }')
miss_db_ms=$(awk -v s="$ds0" -v t="$ds1" -v a="$rc0" -v b="$rc1" 'BEGIN { printf "%.2f", (b > a ? 1000 * (t - s) / (b - a) : 0) }')
miss_db_reads=$(awk -v s="$dc0" -v t="$dc1" -v a="$rc0" -v b="$rc1" 'BEGIN { printf "%.1f", (b > a ? (t - s) / (b - a) : 0) }')
timed_gets "$fresh_port" "$tmp/hit-paths.txt" "$tmp/hit-times.txt"
read -r m_hits2 m_misses2 _ < <(cache_counters "$fresh_metrics")
miss_connections=$(awk '{ n += $3 } END { print n }' "$tmp/miss-times.txt")
miss_rendered=$((m_misses1 - m_misses0))
hit_counted=$((m_hits2 - m_hits1))
((miss_rendered == misses)) || log "warning: the server counted $miss_rendered renders for $misses first requests"
((m_misses2 == m_misses1)) || log "warning: the second requests rendered $((m_misses2 - m_misses1)) pages again"
read -r miss_p50 miss_p90 miss_p99 miss_max _ < <(awk '{ print $2 }' "$tmp/miss-times.txt" >"$tmp/miss-ms.txt"; percentiles "$tmp/miss-ms.txt")
read -r hit_p50 hit_p90 hit_p99 hit_max _ < <(awk '{ print $2 }' "$tmp/hit-times.txt" >"$tmp/hit-ms.txt"; percentiles "$tmp/hit-ms.txt")
miss_slowest=$(paste -d' ' "$tmp/miss-times.txt" "$tmp/miss-paths.txt" | sort -k2,2gr | first 3 | awk '{ printf "%s%s ms (`%s`)", (NR > 1 ? ", " : ""), $2, substr($4, 1, 40) "…" }')
log "cache misses: p50 $miss_p50 ms, p90 $miss_p90, p99 $miss_p99, max $miss_max ($miss_rendered renders, $miss_connections connection(s); render $miss_render_ms ms on average, database $miss_db_ms ms in $miss_db_reads reads; $miss_cpu_ms ms of CPU and $miss_switches thread switches a miss); hits: p50 $hit_p50 ms, p99 $hit_p99"
fresh_rss=$(memory_kib "$fresh_pid" VmRSS)
fresh_hwm=$(memory_kib "$fresh_pid" VmHWM)
read -r fresh_cache_pages fresh_cache_bytes < <(curl -sS "http://127.0.0.1:$fresh_metrics/metrics" |
    awk '$1 == "nashir_page_cache_pages" { p = $2 } $1 == "nashir_page_cache_bytes" { b = $2 } END { printf "%.0f %.0f\n", p, b }')
stop_pid "$fresh_pid"
fresh_pid=""

# --- 6. memory with 250,000 articles ------------------------------------------------------
if [[ "$big" != 0 ]]; then
    big_db="$tmp/big.sqlite"
    log "copying the database and growing it to $big_articles articles"
    sqlite3 "$db" ".backup '$big_db'"
    t0=$(now)
    "$search_benchmark" --db "$big_db" --grow-to "$big_articles" >"$tmp/grow.log" 2>&1 || { cat "$tmp/grow.log" >&2; die "growing the database failed"; }
    t1=$(now)
    grow_seconds=$(elapsed "$t0" "$t1")
    log "rebuilding the search index (nashir reindex)"
    "$nashir" reindex --db "$big_db" >"$tmp/reindex.log" 2>&1 || { cat "$tmp/reindex.log" >&2; die "nashir reindex failed"; }
    t2=$(now)
    reindex_seconds=$(elapsed "$t1" "$t2")
    big_count=$(sqlite3 "$big_db" 'SELECT COUNT(*) FROM article')
    big_db_mib=$(du -m "$big_db" | cut -f1)
    big_port=$(free_port); used_ports+=("$big_port")
    big_metrics=$(free_port); used_ports+=("$big_metrics")
    t0=$(now)
    start_nashir big_pid "$big_db" "$big_port" "$big_metrics" "$tmp/serve-big.log"
    big_start_seconds=$(elapsed "$t0" "$(now)")
    big_rss_start=$(memory_kib "$big_pid" VmRSS)
    for path in / "$seed_path" "$section_path" "$feed_path"; do
        fetch "http://127.0.0.1:$big_port$path" "$tmp/big-page.html"
    done
    code=$(curl -sS --max-time 30 -o /dev/null -w '%{http_code}' -G --data-urlencode "q=$first_query" "http://127.0.0.1:$big_port/search")
    [[ "$code" == 200 ]] || die "the big server's /search answered $code"
    # Canonical paths as SiteRoute.article prints them (/news/{id}/{slug, RFC 3986 unreserved bytes
    # kept}), for a fixed pseudo-random sample, most of them copies; every answer is checked 200.
    sqlite3 -separator $'\t' "$big_db" "SELECT id, slug FROM article WHERE status = 'published'
        ORDER BY (id * 2654435761) % 4294967291 LIMIT $big_pages" |
        python3 -c 'import sys, urllib.parse
for line in sys.stdin:
    id, slug = line.rstrip("\n").split("\t", 1)
    print("/news/%s/%s" % (id, urllib.parse.quote(slug, safe="-._~")))' >"$tmp/big-sample.txt"
    big_copies=$(sqlite3 "$big_db" "SELECT COUNT(*) FROM article WHERE id IN ($(sed 's#^/news/\([0-9]*\)/.*#\1#' "$tmp/big-sample.txt" | paste -sd, -)) AND origin_key LIKE '%#copy%'")
    read -r rs0 rc0 ds0 dc0 < <(render_timers "$big_metrics")
    timed_gets "$big_port" "$tmp/big-sample.txt" "$tmp/big-times.txt"
    read -r rs1 rc1 ds1 dc1 < <(render_timers "$big_metrics")
    big_render_ms=$(awk -v s="$rs0" -v t="$rs1" -v a="$rc0" -v b="$rc1" 'BEGIN { printf "%.2f", (b > a ? 1000 * (t - s) / (b - a) : 0) }')
    big_db_ms=$(awk -v s="$ds0" -v t="$ds1" -v a="$rc0" -v b="$rc1" 'BEGIN { printf "%.2f", (b > a ? 1000 * (t - s) / (b - a) : 0) }')
    read -r big_p50 big_p90 big_p99 big_max _ < <(awk '{ print $2 }' "$tmp/big-times.txt" >"$tmp/big-ms.txt"; percentiles "$tmp/big-ms.txt")
    big_rss=$(memory_kib "$big_pid" VmRSS)
    big_hwm=$(memory_kib "$big_pid" VmHWM)
    read -r big_cache_pages big_cache_bytes < <(curl -sS "http://127.0.0.1:$big_metrics/metrics" |
        awk '$1 == "nashir_page_cache_pages" { p = $2 } $1 == "nashir_page_cache_bytes" { b = $2 } END { printf "%.0f %.0f\n", p, b }')
    log "$big_count articles: VmRSS $(mib "$big_rss") MiB, VmHWM $(mib "$big_hwm") MiB (at start $(mib "$big_rss_start") MiB); $big_pages article pages p50 $big_p50 ms, p99 $big_p99 ms"
    stop_pid "$big_pid"
    big_pid=""
    rm -f "$big_db" "$big_db-wal" "$big_db-shm"
fi

# --- report -------------------------------------------------------------------------------
cpu_model=$(awk -F': ' '/^model name/ { print $2; exit }' /proc/cpuinfo)
[[ -n "$cpu_model" ]] || cpu_model=$(uname -m)
commit=$(git rev-parse --short HEAD 2>/dev/null || echo unknown)
git diff --quiet HEAD -- Sources Package.swift Themes 2>/dev/null || commit="$commit (+ uncommitted changes)"
swift_version=$(swift --version 2>/dev/null | head -n 1 | sed 's/^.*Swift version \([^ ]*\).*$/\1/')
wall=$((SECONDS - started_at))
load_after=$(cut -d' ' -f1-3 /proc/loadavg)
v() { local name=$1; printf '%s' "${!name}"; } # the value of a variable by name

article_ratio=$(ratio "$article_nashir_rps" "$article_nginx_rps")
home_ratio=$(ratio "$home_nashir_rps" "$home_nginx_rps")
target_article=$(met "$article_ratio >= 0.8 && $article_nashir_p99 <= 10")
target_home=$(met "$home_ratio >= 0.8 && $home_nashir_p99 <= 10")
target_high=$(met "$nashir_errors_high == 0")
target_search=$(met "$search_nashir_rps >= 2000")
target_miss=$(met "$miss_p50 <= 2 && $miss_p99 <= 10")

page_rows() {
    local page
    for page in "${pages[@]}"; do
        printf '| %s `%s` (%s bytes, %s) | %s | %s | **%s** | %s / %s | %s / %s | %s / %s | %s | %s / %s |\n' \
            "$page" "$(short_path "${page_path[$page]}")" "${page_bytes[$page]}" "${page_type[$page]%%;*}" \
            "$(fmt0 "$(v "${page}_nashir_rps")")" "$(fmt0 "$(v "${page}_nginx_rps")")" "$(ratio "$(v "${page}_nashir_rps")" "$(v "${page}_nginx_rps")")" \
            "$(fmt2 "$(v "${page}_nashir_p50")")" "$(fmt2 "$(v "${page}_nginx_p50")")" \
            "$(fmt2 "$(v "${page}_nashir_p99")")" "$(fmt2 "$(v "${page}_nginx_p99")")" \
            "$(v "${page}_nashir_cpu")" "$(v "${page}_nginx_cpu")" "$(ratio "$(v "${page}_nashir_cpu")" "$(v "${page}_nginx_cpu")")" \
            "$(v "${page}_nashir_errs")" "$(v "${page}_nginx_errs")"
    done
}
high_rows() {
    local page
    for page in "${pages[@]}"; do
        printf '| %s | %s | %s | %s | %s / %s | %s / %s | %s / %s | %s / %s | %s (%s) / %s (%s) |\n' \
            "$page" "$(fmt0 "$(v "${page}_nashir_hi_rps")")" "$(fmt0 "$(v "${page}_nginx_hi_rps")")" \
            "$(ratio "$(v "${page}_nashir_hi_rps")" "$(v "${page}_nginx_hi_rps")")" \
            "$(fmt2 "$(v "${page}_nashir_hi_p50")")" "$(fmt2 "$(v "${page}_nginx_hi_p50")")" \
            "$(fmt2 "$(v "${page}_nashir_hi_p99")")" "$(fmt2 "$(v "${page}_nginx_hi_p99")")" \
            "$(v "${page}_nashir_hi_cpu")" "$(v "${page}_nginx_hi_cpu")" \
            "$(v "${page}_nashir_hi_bad")" "$(v "${page}_nginx_hi_bad")" \
            "$(v "${page}_nashir_hi_errs")" "$(v "${page}_nashir_hi_kinds")" "$(v "${page}_nginx_hi_errs")" "$(v "${page}_nginx_hi_kinds")"
    done
}
short_path() { # long percent-encoded paths cut for the table
    if ((${#1} > 40)); then printf '%s…' "${1:0:32}"; else printf '%s' "$1"; fi
}

if [[ "$big" != 0 ]]; then
    big_section=$(cat <<MD
| measure | value |
| --- | ---: |
| articles in the database (\`search-benchmark --grow-to $big_articles\`, then \`nashir reindex\`) | $big_count |
| database file, MiB | $big_db_mib |
| grow, s / reindex, s | $grow_seconds / $reindex_seconds |
| \`nashir serve\` start until it answers, s | $big_start_seconds |
| VmRSS right after start, MiB | $(mib "$big_rss_start") |
| **VmRSS after the requests, MiB** | **$(mib "$big_rss")** |
| **VmHWM (peak), MiB** | **$(mib "$big_hwm")** |
| page cache held, pages / MiB | $big_cache_pages / $(mib "$((big_cache_bytes / 1024))") |
| $big_pages article pages ($big_copies of them copies), each once: p50 / p90 / p99 / max, ms | $big_p50 / $big_p90 / $big_p99 / $big_max |
| their render by the server's timers: average ms, of which database reads | $big_render_ms, $big_db_ms |

Requested after the start: the home page, the article, its section, the feed, one search page, then
$big_pages article pages (a fixed pseudo-random sample, paths built as \`SiteRoute.article\` prints them,
each answered 200) over one connection; then VmRSS and VmHWM from \`/proc/PID/status\`.
MD
)
else
    big_section="Skipped (\`BIG=0\`)."
fi

report=$(cat <<MD
# Nashir benchmark results

| run | |
| --- | --- |
| date | $(date -u '+%Y-%m-%d %H:%M UTC') |
| machine | $(nproc) CPUs, $cpu_model, $(awk '/^MemTotal:/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo) RAM, Linux $(uname -r) |
| software | Swift $swift_version (release build), $("$nginx_bin" -v 2>&1 | sed 's/^nginx version: //'), wrk $(wrk -v 2>&1 | head -n 1 | awk '{ print $2 }'), curl $(curl --version | head -n 1 | awk '{ print $2 }') |
| commit | Nashir $commit |
| command | \`$command_line\` |
| whole run | ${wall} s, of which the build ${build_seconds} s; load average before $load_before, after $load_after (other work on the machine lowers every figure) |

## Targets

| target | measured | |
| --- | --- | --- |
| article page ≥ 0.8 × nginx req/s, p99 ≤ 10 ms at $connections connections | $article_ratio × nginx, p99 $(fmt2 "$article_nashir_p99") ms | **$target_article** |
| home page ≥ 0.8 × nginx req/s, p99 ≤ 10 ms at $connections connections | $home_ratio × nginx, p99 $(fmt2 "$home_nashir_p99") ms | **$target_home** |
| no errors at $high_connections connections | $nashir_errors_high non-2xx responses and socket errors | **$target_high** |
| search pages ≥ 2,000 req/s with the page cache | $(fmt0 "$search_nashir_rps") req/s | **$target_search** |
| cache-miss article render p50 ≤ 2 ms, p99 ≤ 10 ms | p50 $miss_p50 ms, p99 $miss_p99 ms | **$target_miss** |

## 1. Import

| measure | value |
| --- | ---: |
| corpus import (\`nashir import --skip-invalid\`, $imported articles, $skipped records skipped), s | $import_seconds |
| corpus import, articles/s | $import_rate |
| seed page import (one process), ms | $seed_ms |

## 2. Page throughput beside nginx, $connections connections

| page | Nashir req/s | nginx req/s | ratio | p50 ms Nashir / nginx | p99 ms Nashir / nginx | server CPU µs/request Nashir / nginx | CPU ratio | socket errors Nashir / nginx |
| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |
$(page_rows)

\`wrk -t$threads -c$connections -d$duration --latency\` with a browser's User-Agent; a $warmup warm-up per server
and page, then $rounds rounds alternating which server goes first; medians. nginx serves the bytes Nashir sent, at
the same paths, with the same Content-Type and security headers. Section: the seed's (\`${section_path}\`); feed: the
site's RSS (\`$feed_path\`). Server CPU: user + system time of Nashir's process, or of nginx's master and
workers, from \`/proc\`, per request.

## 2b. Page throughput at $high_connections connections (one round each)

| page | Nashir req/s | nginx req/s | ratio | p50 ms Nashir / nginx | p99 ms Nashir / nginx | CPU µs/request Nashir / nginx | non-2xx Nashir / nginx | socket errors (connect/read/write/timeout) Nashir / nginx |
| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |
$(high_rows)

\`wrk -t$threads -c$high_connections -d$high_duration --latency\`, nginx then Nashir, right after the $connections-connection
rounds (caches warm); \`ulimit -n\` $(ulimit -n). Socket errors are wrk's connect, read, write and timeout
(2 s) errors. Target: none from Nashir — **$target_high**.

## 3. Search pages, Zipf-distributed queries, $connections connections

| measure | with the page cache | --page-cache-megabytes 0 | ratio |
| --- | ---: | ---: | ---: |
| req/s (median of $rounds) | **$(fmt0 "$search_nashir_rps")** | $(fmt0 "$search_nocache_rps") | $(ratio "$search_nashir_rps" "$search_nocache_rps") |
| p50, ms | $(fmt2 "$search_nashir_p50") | $(fmt2 "$search_nocache_p50") | $(ratio "$search_nashir_p50" "$search_nocache_p50") |
| p99, ms | $(fmt2 "$search_nashir_p99") | $(fmt2 "$search_nocache_p99") | $(ratio "$search_nashir_p99" "$search_nocache_p99") |
| server CPU per request, µs | $search_nashir_cpu | $search_nocache_cpu | $(ratio "$search_nashir_cpu" "$search_nocache_cpu") |
| socket errors (all rounds; timeouts are requests over 2 s) | $search_nashir_errs | $search_nocache_errs | |
| renders (cache misses) during warm-up and rounds | $search_renders | $nocache_renders | |
| cache hits during warm-up and rounds | $search_hit_count | $nocache_hit_count | |

The $search_queries queries of \`search-benchmark --print-queries\` (fixed seed, drawn from stored headlines),
the query of rank r requested with weight 1/r^$zipf_s (the top 10 take $top_share % of requests), by a wrk Lua
script, percent-encoded as Nashir prints them; a $warmup warm-up each, $rounds alternating rounds of $duration.
Without the cache, concurrent requests for the same query still share one render (RenderFlights), so the
renders column is what either actually rendered (a results page is kept at most 60 s, so a hot query is
rendered again after that). Distinct queries expected among the cached server's $search_cached_requests requests
(warm-up and rounds): about $(zipf_distinct "$search_cached_requests"). $search_routed of its search requests went past the
channel's fast path to the search controller.

## 4. Cache-miss render time, article pages

| requests | p50 ms | p90 ms | p99 ms | max ms |
| --- | ---: | ---: | ---: | ---: |
| $misses different articles, each once, freshly started server (misses) | **$miss_p50** | $miss_p90 | **$miss_p99** | $miss_max |
| $hits of them again (hits) | $hit_p50 | $hit_p90 | $hit_p99 | $hit_max |

Target p50 ≤ 2 ms, p99 ≤ 10 ms: **$target_miss**. One \`curl\` process over one keep-alive connection
($miss_connections connection(s) opened), the canonical paths the sitemaps list (every answer checked 200, so no
redirect is timed), a fixed-seed sample of the $site_articles; curl's \`time_total\` per request. The server
counted $miss_rendered renders for the first pass and $hit_counted hits for the second. By its own timers
(\`nashir_render_seconds\`, \`nashir_database_seconds{access="read"}\`), a render took $miss_render_ms ms on average, of
which $miss_db_ms ms in $miss_db_reads database reads (waiting for a connection included; an article page runs its
reads side by side, so their sum can exceed the render). The server's CPU time was $miss_cpu_ms ms a miss, and
its threads switched $miss_switches times a miss (from \`/proc/PID/task/*/status\`: each hop between threads is a
sleep and a wake-up). Slowest: $miss_slowest.
After them the page cache held $fresh_cache_pages pages ($(mib "$((fresh_cache_bytes / 1024))") MiB), the process VmRSS
$(mib "$fresh_rss") MiB (peak $(mib "$fresh_hwm") MiB).

## 5. Page cache misses while a writer saves an article every second

| measure | value |
| --- | ---: |
| requests (wrk, $connections connections, $writer_duration) | $w_requests |
| req/s; p50 / p99 ms; socket errors (connect/read/write/timeout) | $(fmt0 "$w_rps"); $(fmt2 "$w_p50") / $(fmt2 "$w_p99"); $w_errs ($w_kinds) |
| saves (API PUTs answered 200 / tried) | $saves_ok / $saves_tried |
| renders (cache misses) during the window | **$w_renders** |
| misses per second | $w_miss_rate |
| miss fraction of requests, % | $w_miss_fraction |
| renders per save | **$w_per_save** |
| cache hits / evictions during the window | $w_hit_count / $w_evictions |
| requests past the channel's fast path (to the router; the API's left out) | $w_routed |

Mix: every other request one of home, the article, the section and the feed in turn, the others
$writer_pages other article pages in rotation (a wrk Lua script). Writer: each second a different article (none of
the mix) is read and saved with a new summary through \`PUT /api/v1/articles/{id}\` with an editor's token
(\`nashir token create\`), as the newsroom's tools do; counters from \`--metrics-port\` before and after.

Probe before the window: one save of article $probe_id (section \`$probe_section\`), then each page of the mix once:

| page | re-rendered |
| --- | ---: |
| home | ${probe_renders[home]} |
| the article (seed) | ${probe_renders[article]} |
| its section | ${probe_renders[section]} |
| feed | ${probe_renders[feed]} |
| rotation articles sharing the saved article's section or a tag | ${probe_renders[related]} of $probe_related_count |
| other rotation articles | ${probe_renders[unrelated]} of $probe_unrelated_count |

Expectation: a save re-renders only the pages that show the saved article (the lists it is on, its own page,
pages that link it as related, previous or next), not the others.

The corpus-size server's VmRSS after phases 2, 3 and 5: $(mib "$nashir_rss") MiB (peak $(mib "$nashir_hwm") MiB).

## 6. Resident memory with ${big_count:-$big_articles} articles

$big_section
MD
)
printf '\n%s\n' "$report"
mkdir -p "$(dirname "$results_file")"
printf '%s\n' "$report" >"$results_file"
log "written to ${results_file#"$repo"/}"
