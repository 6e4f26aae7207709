#!/usr/bin/env bash
# Nashir benchmarks: corpus import rate, and article/home page throughput of `nashir serve`
# against nginx serving the very same bytes from disk. Run from the repository root:
#
#     Benchmarks/run.sh
#
# Knobs (environment): NASHIR_BIN (skip the release build and use this binary), WRK_THREADS (2),
# WRK_CONNECTIONS (64), WRK_DURATION (10s), WARMUP_DURATION (3s), ROUNDS (3, alternating
# nginx/nashir), RESULTS (Benchmarks/results/latest.md).
# Everything listens on 127.0.0.1 only; every process and temp file is removed on exit.
set -euo pipefail

started_at=$SECONDS
load_before=$(cut -d' ' -f1-3 /proc/loadavg)
script_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(cd "$script_dir/.." && pwd)
cd "$repo"

corpus_dir="$repo/../shared/corpus/articles"
seed_file="$repo/../shared/seed/000_e58416b2c1395947.txt"
threads=${WRK_THREADS:-2}
connections=${WRK_CONNECTIONS:-64}
duration=${WRK_DURATION:-10s}
warmup=${WARMUP_DURATION:-3s}
rounds=${ROUNDS:-3}
results_file=${RESULTS:-$script_dir/results/latest.md}
browser_agent="Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36"

log() { printf '==> %s\n' "$*" >&2; }
die() { printf 'Benchmarks/run.sh: error: %s\n' "$*" >&2; exit 1; }

# --- preconditions ------------------------------------------------------------------------
shopt -s nullglob
corpus_files=("$corpus_dir"/*.jsonl)
shopt -u nullglob
if [[ ! -d "$corpus_dir" || ${#corpus_files[@]} -eq 0 || ! -f "$seed_file" ]]; then
    echo "Benchmarks/run.sh: SKIPPED: the corpus (../shared/corpus/articles/*.jsonl) or the seed page is absent." >&2
    exit 0
fi
missing=()
for tool in wrk nginx curl sqlite3 awk sort; do
    command -v "$tool" >/dev/null 2>&1 || missing+=("$tool")
done
if ((${#missing[@]})); then
    die "missing tools: ${missing[*]} (Debian: apt-get install -y wrk nginx-light curl sqlite3)"
fi
nginx_bin=$(command -v nginx)

# --- temp dir and cleanup -----------------------------------------------------------------
tmp=$(mktemp -d "${TMPDIR:-/tmp}/nashir-bench.XXXXXX")
nashir_pid=""
nginx_pid=""
stop_pid() { # pid: TERM, wait up to 5 s, then KILL
    local pid=$1 i
    [[ -n "$pid" ]] || return 0
    kill -TERM "$pid" 2>/dev/null || return 0
    for ((i = 0; i < 50; i++)); do
        kill -0 "$pid" 2>/dev/null || break
        sleep 0.1
    done
    kill -KILL "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
}
cleanup() {
    local status=$?
    trap - EXIT INT TERM
    stop_pid "$nashir_pid"
    if [[ -n "$nginx_pid" ]]; then
        # nginx's master stops its workers on QUIT/TERM.
        kill -QUIT "$nginx_pid" 2>/dev/null || true
        stop_pid "$nginx_pid"
    fi
    rm -rf "$tmp"
    exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# --- helpers ------------------------------------------------------------------------------
now() { date +%s.%N; }
elapsed() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.3f", b - a }'; }

free_port() { # a random loopback port nobody answers on; bounded
    local i port
    for ((i = 0; i < 100; i++)); do
        port=$((20000 + RANDOM % 30000))
        if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
            echo "$port"
            return 0
        fi
    done
    die "no free loopback port found"
}

wait_http() { # url pid: until the url answers (any status), at most 30 s
    local url=$1 pid=$2 i
    for ((i = 0; i < 300; i++)); do
        kill -0 "$pid" 2>/dev/null || return 1
        curl -s -o /dev/null --max-time 1 "$url" && return 0
        sleep 0.1
    done
    return 1
}

# CPU time (user + system, in clock ticks) used so far by the given processes.
cpu_ticks() {
    local pid total=0 stat
    for pid in "$@"; do
        stat=$(cat "/proc/$pid/stat" 2>/dev/null) || continue
        stat=${stat##*) } # past "pid (comm) "
        total=$((total + $(awk '{ print $12 + $13 }' <<<"$stat")))
    done
    echo "$total"
}
clock_ticks=$(getconf CLK_TCK 2>/dev/null || echo 100)

# Runs wrk against url for length while measuring the CPU the server processes (pids...) use.
# Prints "<requests/s> <p99 ms> <non-2xx> <socket errors> <server CPU µs per request>".
run_wrk() {
    local url=$1 length=$2 out before after
    shift 2
    before=$(cpu_ticks "$@")
    # A browser's User-Agent: readers' requests are counted for «الأكثر قراءة», and that cost is measured too.
    out=$(wrk -t"$threads" -c"$connections" -d"$length" --latency -H "User-Agent: $browser_agent" "$url")
    after=$(cpu_ticks "$@")
    printf '%s\n' "$out" >>"$tmp/wrk.log"
    printf '%s\n' "$out" | awk -v ticks=$((after - before)) -v hz="$clock_ticks" '
        function ms(v) {
            if (v ~ /us$/) { sub(/us$/, "", v); return v / 1000 }
            if (v ~ /ms$/) { sub(/ms$/, "", v); return v + 0 }
            if (v ~ /s$/)  { sub(/s$/, "", v);  return v * 1000 }
            return v + 0
        }
        /^Requests\/sec:/ { rps = $2 }
        / requests in / { requests = $1 }
        $1 == "99%" { p99 = ms($2) }
        /Non-2xx or 3xx responses:/ { bad = $NF }
        /Socket errors:/ { errs = $0; gsub(/[^0-9 ]/, "", errs); n = split(errs, e, " "); errs = 0; for (i = 1; i <= n; i++) errs += e[i] }
        END { printf "%s %s %d %d %.1f\n", rps, p99, bad, errs, (requests > 0 ? ticks / hz * 1e6 / requests : 0) }'
}

median() { sort -g | awk '{ v[NR] = $1 } END { if (NR == 0) { print "nan"; exit } if (NR % 2) print v[(NR + 1) / 2]; else printf "%.2f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "n/a" }'; }
fmt0() { awk -v v="$1" 'BEGIN { printf "%.0f", v }'; }
fmt2() { awk -v v="$1" 'BEGIN { printf "%.2f", v }'; }

# --- build --------------------------------------------------------------------------------
if [[ -n "${NASHIR_BIN:-}" ]]; then
    nashir=$NASHIR_BIN
else
    # The Benchmarks package builds Nashir's own nashir product, in its own scratch path.
    build=(swift build -c release --package-path Benchmarks --scratch-path Benchmarks/.build-release)
    log "release build (${build[*]} --product nashir)"
    # Once more on failure: SwiftPM reports "missing inputs" when files were removed since the last plan.
    "${build[@]}" --product nashir >"$tmp/build.log" 2>&1 ||
        "${build[@]}" --product nashir >"$tmp/build.log" 2>&1 ||
        { tail -n 40 "$tmp/build.log" >&2; die "release build failed"; }
    nashir=$("${build[@]}" --show-bin-path)/nashir
fi
[[ -x "$nashir" ]] || die "no nashir binary at $nashir"

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

# --- 2. servers ---------------------------------------------------------------------------
nashir_port=$(free_port)
"$nashir" serve --db "$db" --host 127.0.0.1 --port "$nashir_port" --theme "$repo/Themes/default" \
    >"$tmp/serve.log" 2>&1 &
nashir_pid=$!
wait_http "http://127.0.0.1:$nashir_port/" "$nashir_pid" || { cat "$tmp/serve.log" >&2; die "nashir serve did not start"; }

www="$tmp/www"
mkdir -p "$www"
fetch() { # url file: exact body bytes, must be a 200
    local code
    code=$(curl -sS --max-time 10 -o "$2" -w '%{http_code}' "$1")
    [[ "$code" == 200 ]] || die "$1 answered $code, not 200"
}
# The article at the same path for nginx (it decodes the URI before looking on disk).
decoded_path=$(printf '%b' "${seed_path//%/\\x}")
mkdir -p "$www$(dirname "$decoded_path")"
fetch "http://127.0.0.1:$nashir_port$seed_path" "$www$decoded_path"
fetch "http://127.0.0.1:$nashir_port/" "$www/index.html"
curl -sS --max-time 10 -D "$tmp/nashir-headers.txt" -o /dev/null "http://127.0.0.1:$nashir_port$seed_path"
article_bytes=$(wc -c <"$www$decoded_path")
home_bytes=$(wc -c <"$www/index.html")
log "article page $article_bytes bytes, home page $home_bytes bytes"

nginx_port=$(free_port)
while [[ "$nginx_port" == "$nashir_port" ]]; do nginx_port=$(free_port); done
chmod 755 "$tmp" "$www" # nginx workers run as an unprivileged user when started as root
find "$www" -type d -exec chmod 755 {} + && find "$www" -type f -exec chmod 644 {} +
mkdir -p "$tmp/nginx"
cat >"$tmp/nginx/nginx.conf" <<NGINX
worker_processes auto;
daemon off;
pid $tmp/nginx/nginx.pid;
error_log $tmp/nginx/error.log warn;
events { worker_connections 1024; }
http {
    access_log off;
    sendfile on;
    tcp_nopush on;
    keepalive_timeout 65;
    keepalive_requests 1000000;
    client_body_temp_path $tmp/nginx/body;
    proxy_temp_path $tmp/nginx/proxy;
    fastcgi_temp_path $tmp/nginx/fastcgi;
    uwsgi_temp_path $tmp/nginx/uwsgi;
    scgi_temp_path $tmp/nginx/scgi;
    types { }
    default_type text/html;
    charset utf-8;
    server_tokens off;
    server {
        listen 127.0.0.1:$nginx_port;
        root $www;
        # The headers Nashir sends on every page, so both responses are about the same size.
        add_header Cache-Control "public, max-age=30";
        add_header Content-Security-Policy "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
        add_header X-Content-Type-Options nosniff;
        add_header X-Frame-Options DENY;
        add_header Referrer-Policy strict-origin-when-cross-origin;
        location = / { try_files /index.html =404; }
    }
}
NGINX
"$nginx_bin" -p "$tmp/nginx" -e "$tmp/nginx/error.log" -c "$tmp/nginx/nginx.conf" >"$tmp/nginx/stdout.log" 2>&1 &
nginx_pid=$!
wait_http "http://127.0.0.1:$nginx_port/" "$nginx_pid" || { cat "$tmp/nginx/"*.log >&2; die "nginx did not start"; }
for page in "$seed_path" /; do
    file=$www$([[ $page == / ]] && echo /index.html || echo "$decoded_path")
    curl -sS --max-time 10 -o "$tmp/check.html" "http://127.0.0.1:$nginx_port$page"
    cmp -s "$tmp/check.html" "$file" || die "nginx does not serve the saved bytes of $page"
    ctype=$(curl -sS --max-time 10 -o /dev/null -w '%{content_type}' "http://127.0.0.1:$nginx_port$page")
    [[ "$ctype" == "text/html; charset=utf-8" ]] || die "nginx sends Content-Type '$ctype' for $page"
done

# --- 3. throughput ------------------------------------------------------------------------
# Same wrk settings for both; a warm-up per server and page, then ROUNDS alternating rounds
# (nginx first in odd rounds, nashir first in even ones); the median of each is reported.
server_pids() { # the processes doing a server's work: Nashir's one, nginx's master and workers
    if [[ $1 == nashir ]]; then
        echo "$nashir_pid"
    else
        echo "$nginx_pid" $(ps -o pid= --ppid "$nginx_pid" 2>/dev/null)
    fi
}
bench_page() { # label path -> sets ${label}_{nashir,nginx}_{rps,p99}, and bad/errs counters
    local label=$1 path=$2 round order server port r p bad errs cpu
    for server in nginx nashir; do
        port=$([[ $server == nginx ]] && echo "$nginx_port" || echo "$nashir_port")
        log "$label: warm-up $server ($warmup)"
        run_wrk "http://127.0.0.1:$port$path" "$warmup" $(server_pids "$server") >/dev/null
    done
    : >"$tmp/$label.nginx" && : >"$tmp/$label.nashir"
    for ((round = 1; round <= rounds; round++)); do
        order=$( ((round % 2)) && echo "nginx nashir" || echo "nashir nginx")
        for server in $order; do
            port=$([[ $server == nginx ]] && echo "$nginx_port" || echo "$nashir_port")
            read -r r p bad errs cpu < <(run_wrk "http://127.0.0.1:$port$path" "$duration" $(server_pids "$server"))
            [[ -n "$r" && -n "$p" ]] || die "wrk gave no result for $server $path (see above)"
            log "$label round $round/$rounds $server: $(fmt0 "$r") req/s, p99 $(fmt2 "$p") ms, $cpu µs CPU/request, non-2xx $bad, socket errors $errs"
            ((bad == 0)) || die "$server answered $bad non-2xx/3xx responses on $path"
            echo "$r $p $cpu" >>"$tmp/$label.$server"
        done
    done
    for server in nginx nashir; do
        printf -v "${label}_${server}_rps" '%s' "$(awk '{ print $1 }' "$tmp/$label.$server" | median)"
        printf -v "${label}_${server}_p99" '%s' "$(awk '{ print $2 }' "$tmp/$label.$server" | median)"
        printf -v "${label}_${server}_best" '%s' "$(awk '{ print $1 }' "$tmp/$label.$server" | sort -g | tail -n 1)"
        printf -v "${label}_${server}_cpu" '%s' "$(awk '{ print $3 }' "$tmp/$label.$server" | median)"
    done
}
bench_page article "$seed_path"
bench_page home /

rss_kib=$(awk '/^VmHWM:/ { print $2 }' "/proc/$nashir_pid/status" 2>/dev/null || echo 0)

# --- report -------------------------------------------------------------------------------
cpu_model=$(awk -F': ' '/^model name/ { print $2; exit }' /proc/cpuinfo)
[[ -n "$cpu_model" ]] || cpu_model=$(uname -m)
commit=$(git rev-parse --short HEAD 2>/dev/null || echo unknown)
git diff --quiet HEAD -- Sources Package.swift Themes 2>/dev/null || commit="$commit (+ uncommitted changes)"
swift_version=$(swift --version 2>/dev/null | head -n 1 | sed 's/^.*Swift version \([^ ]*\).*$/\1/')
article_ratio=$(ratio "$article_nashir_rps" "$article_nginx_rps")
home_ratio=$(ratio "$home_nashir_rps" "$home_nginx_rps")
target=$(awk -v r="$article_ratio" 'BEGIN { print ((r >= 0.5) ? "met" : "NOT met") }')
wall=$((SECONDS - started_at))

report=$(cat <<MD
# Nashir benchmark results

| metric | Nashir | reference (nginx, same bytes) | ratio Nashir/ref |
| --- | ---: | ---: | ---: |
| corpus import, articles/s ($imported articles, $skipped skipped, ${import_seconds} s) | $import_rate | – | – |
| seed page import (one process), ms | $seed_ms | – | – |
| article page, req/s (median of $rounds) | $(fmt0 "$article_nashir_rps") | $(fmt0 "$article_nginx_rps") | $article_ratio |
| article page, best req/s | $(fmt0 "$article_nashir_best") | $(fmt0 "$article_nginx_best") | $(ratio "$article_nashir_best" "$article_nginx_best") |
| article page, latency p99, ms (median) | $(fmt2 "$article_nashir_p99") | $(fmt2 "$article_nginx_p99") | $(ratio "$article_nashir_p99" "$article_nginx_p99") |
| article page, server CPU per request, µs (median) | $article_nashir_cpu | $article_nginx_cpu | $(ratio "$article_nashir_cpu" "$article_nginx_cpu") |
| home page, req/s (median of $rounds) | $(fmt0 "$home_nashir_rps") | $(fmt0 "$home_nginx_rps") | $home_ratio |
| home page, latency p99, ms (median) | $(fmt2 "$home_nashir_p99") | $(fmt2 "$home_nginx_p99") | $(ratio "$home_nashir_p99" "$home_nginx_p99") |
| home page, server CPU per request, µs (median) | $home_nashir_cpu | $home_nginx_cpu | $(ratio "$home_nashir_cpu" "$home_nginx_cpu") |

Target (article page req/s at least half of nginx's): **$target** (ratio $article_ratio).

- Pages: article \`${seed_path%/*}/…\` (a ${#seed_path}-byte percent-encoded path; $article_bytes-byte body), home \`/\` ($home_bytes-byte body); nginx serves the bytes Nashir sent, at the same paths, with the same Content-Type and security headers.
- Load: \`wrk -t$threads -c$connections -d$duration --latency\` with a browser's User-Agent (so Nashir counts each read as a reader's), one $warmup warm-up per server and page, $rounds alternating rounds; wrk, Nashir and nginx (\`worker_processes auto\`) share the machine over loopback.
- Nashir peak RSS after the run: $((rss_kib / 1024)) MiB.
- Machine: $(nproc) CPUs, $cpu_model, $(awk '/^MemTotal:/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo), Linux $(uname -r).
- Software: Swift $swift_version (release build), $("$nginx_bin" -v 2>&1 | sed 's/^nginx version: //'), wrk $(wrk -v 2>&1 | head -n 1 | awk '{ print $2 }'); Nashir commit $commit.
- Date: $(date -u '+%Y-%m-%d %H:%M UTC'); whole run ${wall} s; load average before the run: $load_before (other work on the machine lowers every figure).
MD
)
printf '\n%s\n' "$report"
mkdir -p "$(dirname "$results_file")"
printf '%s\n' "$report" >"$results_file"
log "written to ${results_file#"$repo"/}"
