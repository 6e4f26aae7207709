# Shared by the benchmark scripts (sourced, not run): messages, timing, medians, the corpus
# check and the release build; servers on loopback, wrk and the nginx reference (run.sh,
# postgres.sh); a private PostgreSQL server (postgres.sh, search-evaluation.sh --postgres private).
# The sourcing script sets `bench` (its name, for messages) first.

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

# Release builds of the Benchmarks package's products, in their own scratch path. SwiftPM's cached
# build manifest is off: it misses Swift files added to the root package (a path dependency of
# this one) since the last build. A first build on 2 cores sometimes dies of memory pressure, or
# reports "missing inputs" when files were removed since the last plan, so each is tried twice.
release_build=(swift build -c release --package-path Benchmarks --scratch-path Benchmarks/.build-release --disable-build-manifest-caching)
release_product() { # product log
    log "release build (${release_build[*]} --product $1)"
    "${release_build[@]}" --product "$1" >"$2" 2>&1 ||
        "${release_build[@]}" --product "$1" >"$2" 2>&1 ||
        { tail -n 40 "$2" >&2; die "release build of $1 failed"; }
}

# Sets nashir to $NASHIR_BIN, or to a release build (its log in $1).
release_nashir() {
    if [[ -n "${NASHIR_BIN:-}" ]]; then
        nashir=$NASHIR_BIN
    else
        release_product nashir "$1"
        nashir=$("${release_build[@]}" --show-bin-path)/nashir
    fi
    [[ -x "$nashir" ]] || die "no nashir binary at $nashir"
}

# release_nashir, and sets search_benchmark to $SEARCH_BENCHMARK_BIN, or to the one beside
# $NASHIR_BIN, or to a release build.
release_nashir_and_search_benchmark() { # log
    release_nashir "$1"
    if [[ -n "${SEARCH_BENCHMARK_BIN:-}" ]]; then
        search_benchmark=$SEARCH_BENCHMARK_BIN
    elif [[ -n "${NASHIR_BIN:-}" && -x "$(dirname "$NASHIR_BIN")/search-benchmark" ]]; then
        search_benchmark=$(dirname "$NASHIR_BIN")/search-benchmark
    else
        release_product search-benchmark "$1"
        search_benchmark=$("${release_build[@]}" --show-bin-path)/search-benchmark
    fi
}

# --- servers on loopback, wrk and the nginx reference (run.sh, postgres.sh) -----------------
# These use the sourcing script's tmp (its temp dir), nashir and repo, and for wrk threads,
# connections, warmup, duration, rounds and browser_agent.

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
stop_nginx() {
    [[ -n "$nginx_pid" ]] || return 0
    # nginx's master stops its workers on QUIT/TERM.
    kill -QUIT "$nginx_pid" 2>/dev/null || true
    stop_pid "$nginx_pid"
    nginx_pid=""
}
used_ports=()
free_port() { # a random loopback port nobody answers on and this run has not handed out; bounded
    # Below the kernel's ephemeral range: wrk's and curl's own connections take ports from it,
    # and a port one of them holds answers nobody yet cannot be bound (a run died on that).
    local i port low
    low=$(cut -f1 /proc/sys/net/ipv4/ip_local_port_range 2>/dev/null || echo 32768)
    ((low > 12000)) || low=32768
    for ((i = 0; i < 100; i++)); do
        port=$((10000 + RANDOM % (low - 10000)))
        [[ " ${used_ports[*]} " == *" $port "* ]] && continue
        if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
            echo "$port"
            return 0
        fi
    done
    die "no free loopback port found"
}

wait_http() { # url pid [seconds]: until the url answers (any status), at most 30 s (or as given)
    local url=$1 pid=$2 limit=${3:-30} i
    for ((i = 0; i < limit * 10; i++)); do
        kill -0 "$pid" 2>/dev/null || return 1
        curl -s -o /dev/null --max-time 1 "$url" && return 0
        sleep 0.1
    done
    return 1
}

# Starts `nashir serve` in the background: var db port metrics-port log [extra options...].
# Sets the variable named var to its pid; dies when it does not answer.
start_nashir() {
    local var=$1 database=$2 port=$3 metrics=$4 logfile=$5 limit=120
    shift 5
    "$nashir" serve --db "$database" --host 127.0.0.1 --port "$port" --metrics-port "$metrics" --theme "$repo/Themes/default" "$@" \
        >"$logfile" 2>&1 &
    printf -v "$var" '%s' "$!"
    wait_http "http://127.0.0.1:$port/robots.txt" "${!var}" "$limit" || { tail -n 40 "$logfile" >&2; die "nashir serve ($*) did not start"; }
    wait_http "http://127.0.0.1:$metrics/metrics" "${!var}" 10 || { tail -n 40 "$logfile" >&2; die "nashir serve's /metrics did not answer"; }
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

# Runs wrk while measuring the CPU the server processes (pids...) use:
#   run_wrk connections length url script|- script-args|- pid...
# Prints "<requests/s> <p50 ms> <p99 ms> <non-2xx> <socket errors> <server CPU µs per request> <requests>
# <socket errors by kind: connect/read/write/timeout>".
run_wrk() {
    local conns=$1 length=$2 url=$3 script=$4 script_args=$5 out before after
    shift 5
    local command=(wrk -t"$threads" -c"$conns" -d"$length" --latency -H "User-Agent: $browser_agent")
    [[ "$script" == - ]] || command+=(-s "$script")
    command+=("$url")
    [[ "$script_args" == - ]] || command+=(-- $script_args)
    before=$(cpu_ticks "$@")
    # A browser's User-Agent: readers' requests are counted for «الأكثر قراءة», and that cost is measured too.
    out=$("${command[@]}" 2>&1) || { printf '%s\n' "$out" >&2; die "wrk failed: ${command[*]}"; }
    after=$(cpu_ticks "$@")
    printf '%s\n%s\n' "${command[*]}" "$out" >>"$tmp/wrk.log"
    printf '%s\n' "$out" | awk -v ticks=$((after - before)) -v hz="$clock_ticks" '
        function ms(v) {
            if (v ~ /us$/) { sub(/us$/, "", v); return v / 1000 }
            if (v ~ /ms$/) { sub(/ms$/, "", v); return v + 0 }
            if (v ~ /s$/)  { sub(/s$/, "", v);  return v * 1000 }
            return v + 0
        }
        /^Requests\/sec:/ { rps = $2 }
        / requests in / { requests = $1 }
        $1 == "50%" { p50 = ms($2) }
        $1 == "99%" { p99 = ms($2) }
        /Non-2xx or 3xx responses:/ { bad = $NF }
        /Socket errors:/ { errs = $0; gsub(/[^0-9 ]/, "", errs); n = split(errs, e, " "); errs = 0; kinds = ""
                           for (i = 1; i <= n; i++) { errs += e[i]; kinds = kinds (i > 1 ? "/" : "") e[i] } }
        END { printf "%s %s %s %d %d %.1f %d %s\n", rps, p50, p99, bad, errs, (requests > 0 ? ticks / hz * 1e6 / requests : 0), requests, (kinds == "" ? "0/0/0/0" : kinds) }'
}

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "n/a" }'; }
fmt0() { awk -v v="$1" 'BEGIN { printf "%.0f", v }'; }
fmt2() { awk -v v="$1" 'BEGIN { printf "%.2f", v }'; }
fetch() { # url file: exact body bytes, must be a 200
    local code
    code=$(curl -sS --max-time 30 -o "$2" -w '%{http_code}' "$1")
    [[ "$code" == 200 ]] || die "$1 answered $code, not 200"
}


# Fetches each page of `pages` (names) at `page_path[name]` from Nashir at base-url into $tmp/www
# (sets page_file, page_type and page_bytes by name), then starts nginx (nginx_bin) on a free port
# (nginx_port, nginx_pid) serving exactly those bytes at the same paths, with Nashir's
# Content-Type and security headers, and checks that it does: mirror_pages base-url
mirror_pages() {
    declare -gA page_file page_type page_bytes
    local base=$1 page path file ctype type_locations
    www="$tmp/www"
    mkdir -p "$www"
    for page in "${pages[@]}"; do
        path=${page_path[$page]}
        if [[ $path == / ]]; then
            file=/index.html
        else
            # nginx decodes the URI before looking on disk.
            file=$(printf '%b' "${path//%/\\x}")
        fi
        page_file[$page]=$file
        mkdir -p "$www$(dirname "$file")"
        fetch "$base$path" "$www$file"
        page_type[$page]=$(curl -sS --max-time 10 -o /dev/null -w '%{content_type}' "$base$path")
        page_bytes[$page]=$(wc -c <"$www$file")
        log "$page page $path: ${page_bytes[$page]} bytes, ${page_type[$page]}"
    done

    nginx_port=$(free_port); used_ports+=("$nginx_port")
    chmod 755 "$tmp" "$www" # nginx workers run as an unprivileged user when started as root
    find "$www" -type d -exec chmod 755 {} + && find "$www" -type f -exec chmod 644 {} +
    mkdir -p "$tmp/nginx"
    # Pages other than HTML get their own location with Nashir's exact Content-Type.
    type_locations=""
    for page in "${pages[@]}"; do
        [[ "${page_type[$page]}" == "text/html; charset=utf-8" ]] && continue
        type_locations+="        location = ${page_file[$page]} { charset off; default_type \"${page_type[$page]}\"; }"$'\n'
    done
    cat >"$tmp/nginx/nginx.conf" <<NGINX
worker_processes auto;
worker_rlimit_nofile 16384;
daemon off;
pid $tmp/nginx/nginx.pid;
error_log $tmp/nginx/error.log warn;
events { worker_connections 4096; }
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
        listen 127.0.0.1:$nginx_port backlog=4096;
        root $www;
        # The headers Nashir sends on every page, so both responses are about the same size.
        add_header Cache-Control "public, max-age=30";
        add_header Content-Security-Policy "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
        add_header X-Content-Type-Options nosniff;
        add_header X-Frame-Options DENY;
        add_header Referrer-Policy strict-origin-when-cross-origin;
        location = / { try_files /index.html =404; }
$type_locations    }
}
NGINX
    "$nginx_bin" -p "$tmp/nginx" -e "$tmp/nginx/error.log" -c "$tmp/nginx/nginx.conf" >"$tmp/nginx/stdout.log" 2>&1 &
    nginx_pid=$!
    wait_http "http://127.0.0.1:$nginx_port/" "$nginx_pid" || { cat "$tmp/nginx/"*.log >&2; die "nginx did not start"; }
    for page in "${pages[@]}"; do
        path=${page_path[$page]}
        curl -sS --max-time 10 -o "$tmp/check.html" "http://127.0.0.1:$nginx_port$path"
        cmp -s "$tmp/check.html" "$www${page_file[$page]}" || die "nginx does not serve the saved bytes of $path"
        ctype=$(curl -sS --max-time 10 -o /dev/null -w '%{content_type}' "http://127.0.0.1:$nginx_port$path")
        [[ "$ctype" == "${page_type[$page]}" ]] || die "nginx sends Content-Type '$ctype' for $path, Nashir '${page_type[$page]}'"
    done
}

# Same wrk settings (threads, connections, warmup, duration, rounds) for every server; a warm-up
# each, then ROUNDS rounds, each starting one server later in the list (with two: the reference
# first in odd rounds, the other first in even ones); the medians are reported. The caller defines
# server_port NAME and server_pids NAME (the processes whose CPU time counts):
#   bench_rounds label path script|- script-args|- reference-server server...
# sets ${label}_${server}_{rps,p50,p99,cpu,best,requests,errs}; non-2xx answers are fatal, socket errors counted.
bench_rounds() {
    local label=$1 path=$2 script=$3 script_args=$4 round order server r p50 p99 bad errs cpu n i
    shift 4
    local servers=("$@")
    for server in "${servers[@]}"; do
        log "$label: warm-up $server ($warmup)"
        read -r _ _ _ _ _ _ n _ < <(run_wrk "$connections" "$warmup" "http://127.0.0.1:$(server_port "$server")$path" "$script" "$script_args" $(server_pids "$server"))
        printf -v "${label}_${server}_warm" '%s' "${n:-0}"
    done
    for server in "${servers[@]}"; do : >"$tmp/$label.$server"; done
    for ((round = 1; round <= rounds; round++)); do
        order=()
        for ((i = 0; i < ${#servers[@]}; i++)); do order+=("${servers[(i + round - 1) % ${#servers[@]}]}"); done
        for server in "${order[@]}"; do
            read -r r p50 p99 bad errs cpu n _ < <(run_wrk "$connections" "$duration" "http://127.0.0.1:$(server_port "$server")$path" "$script" "$script_args" $(server_pids "$server"))
            [[ -n "$r" && -n "$p99" ]] || die "wrk gave no result for $server $path (see above)"
            log "$label round $round/$rounds $server: $(fmt0 "$r") req/s, p50 $(fmt2 "$p50") ms, p99 $(fmt2 "$p99") ms, $cpu µs CPU/request, non-2xx $bad, socket errors $errs"
            ((bad == 0)) || die "$server answered $bad non-2xx/3xx responses on $path at $connections connections"
            echo "$r $p50 $p99 $cpu $n $errs" >>"$tmp/$label.$server"
        done
    done
    for server in "${servers[@]}"; do
        printf -v "${label}_${server}_rps" '%s' "$(awk '{ print $1 }' "$tmp/$label.$server" | median)"
        printf -v "${label}_${server}_p50" '%s' "$(awk '{ print $2 }' "$tmp/$label.$server" | median)"
        printf -v "${label}_${server}_p99" '%s' "$(awk '{ print $3 }' "$tmp/$label.$server" | median)"
        printf -v "${label}_${server}_cpu" '%s' "$(awk '{ print $4 }' "$tmp/$label.$server" | median)"
        printf -v "${label}_${server}_best" '%s' "$(awk '{ print $1 }' "$tmp/$label.$server" | sort -g | tail -n 1)"
        printf -v "${label}_${server}_requests" '%s' "$(awk '{ n += $5 } END { print n + 0 }' "$tmp/$label.$server")"
        printf -v "${label}_${server}_errs" '%s' "$(awk '{ n += $6 } END { print n + 0 }' "$tmp/$label.$server")"
    done
}

# --- a private PostgreSQL server (postgres.sh, search-evaluation.sh --postgres private) ------
# Debian's newest server binaries; a cluster of its own in a folder of its own (initdb as the
# postgres account when run as root, which PostgreSQL refuses), trust authentication, loopback
# only, on a free port; never the system's cluster. Benchmark settings: fsync, synchronous_commit
# and full_page_writes off (a crash may lose the last commits; nothing here outlives the run),
# shared_buffers POSTGRES_SHARED_BUFFERS (a quarter of the machine's memory, PostgreSQL's own
# advice for a dedicated server, so the search table is held as a tuned server holds it),
# max_connections 200.
postgres_shared_buffers() {
    echo "${POSTGRES_SHARED_BUFFERS:-$(awk '/^MemTotal:/ { printf "%dMB", $2 / 4096 }' /proc/meminfo)}"
}
postgres_bin() {
    local dir
    dir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -t/ -k5,5n | tail -n 1)
    [[ -n "$dir" && -x "$dir/initdb" ]] || return 1
    echo "$dir"
}
# Runs a server tool as the account the server runs as.
as_postgres() {
    if ((EUID == 0)); then runuser -u postgres -- "$@"; else "$@"; fi
}
postgres_dir=""
postgres_pid=""
# Starts the cluster in folder (created; it and its parents must be reachable by the postgres
# account) and sets postgres_dir, postgres_port, postgres_pid (the postmaster) and postgres_url
# (its `postgres` database, user nashir): start_postgres folder
start_postgres() {
    local folder=$1 pgbin options
    pgbin=$(postgres_bin) || die "PostgreSQL is not installed (Debian: apt-get install postgresql)"
    mkdir -p "$folder"
    chmod 777 "$folder"
    postgres_port=$(free_port); used_ports+=("$postgres_port")
    options="-p $postgres_port -k $folder -c listen_addresses=127.0.0.1 -c max_connections=200"
    options+=" -c shared_buffers=$(postgres_shared_buffers) -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
    as_postgres "$pgbin/initdb" -D "$folder/data" -U nashir --auth=trust -E UTF8 --locale=C.UTF-8 --no-sync >"$folder/initdb.log" 2>&1 ||
        { cat "$folder/initdb.log" >&2; die "initdb failed"; }
    postgres_dir=$folder
    as_postgres "$pgbin/pg_ctl" -D "$folder/data" -o "$options" -l "$folder/server.log" -w -t 60 start >/dev/null 2>&1 ||
        { tail -n 40 "$folder/server.log" >&2; die "the PostgreSQL server did not start"; }
    postgres_pid=$(head -n 1 "$folder/data/postmaster.pid")
    postgres_url="postgres://nashir@127.0.0.1:$postgres_port/postgres"
    postgres_version=$("$pgbin/postgres" --version | awk '{ print $3 }')
}
# Stops the cluster (fast shutdown) and removes its folder; nothing when none was started.
stop_postgres() {
    [[ -n "$postgres_dir" ]] || return 0
    as_postgres "$(postgres_bin)/pg_ctl" -D "$postgres_dir/data" -m fast -w -t 30 stop >/dev/null 2>&1 ||
        as_postgres "$(postgres_bin)/pg_ctl" -D "$postgres_dir/data" -m immediate -w stop >/dev/null 2>&1 || true
    rm -rf "$postgres_dir"
    postgres_dir=""
    postgres_pid=""
}
# One statement (or query, its rows printed unaligned, tab-separated) on a database of the cluster: psql_run database sql
psql_run() {
    "$(postgres_bin)/psql" -X -q -A -t -F $'\t' -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$postgres_port" -U nashir -d "$1" -c "$2"
}
# Creates an empty database as the tests do and prints its URL, with ?pool=N when given: create_postgres_database name [pool]
create_postgres_database() {
    psql_run postgres "CREATE DATABASE $1 TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C.UTF-8' LC_CTYPE 'C.UTF-8'" >&2 ||
        die "could not create the database $1"
    echo "postgres://nashir@127.0.0.1:$postgres_port/$1${2:+?pool=$2}"
}
# The server's client backends (the postmaster's children serving a connection), for CPU time.
postgres_backends() {
    local child line
    [[ -n "$postgres_pid" ]] || return 0
    for child in $(cat "/proc/$postgres_pid/task/$postgres_pid/children" 2>/dev/null); do
        line=$(tr '\0' ' ' <"/proc/$child/cmdline" 2>/dev/null) || continue
        [[ "$line" == *"("* ]] && echo "$child"
    done
    return 0
}
