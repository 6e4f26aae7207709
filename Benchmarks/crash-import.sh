#!/usr/bin/env bash
# Crash safety of a large import: `nashir import --skip-invalid` of ARTICLES articles (the corpus,
# repeated under new ids, in files of PER_FILE; each file is one transaction), killed with
# `kill -9` at KILLS random moments and resumed by the same command each time. After every kill:
# the database is sound (SQLite: PRAGMA integrity_check, foreign_key_check and the FTS5 index's
# integrity-check), every committed file is whole (as many stories as the clean import stored from
# it, or none), nothing is there twice, every story has its section, its tags and its search
# entry, and nothing seen committed before the kill is gone. At the end the resumed import's
# export must equal, byte for byte, the export of a clean import of the same files. Run from the
# repository root:
#
#     Benchmarks/crash-import.sh
#     POSTGRES_URL=postgres://nashir@127.0.0.1:5432/postgres Benchmarks/crash-import.sh
#
# SQLite always; PostgreSQL too when POSTGRES_URL names a server on which the script may create
# (and at the end drop) two databases of its own. A moment is a count of committed stories drawn
# at random (seeded) and increasing from kill to kill (at least one story past what the runs before
# committed), then 0–MAX_DELAY more seconds, so every kill lands in new work whatever the
# machine's speed.
#
# Knobs (environment): NASHIR_BIN (skip the release build and use this binary), ARTICLES (100000),
# PER_FILE (1000), KILLS (5), SEED (1), MAX_DELAY (0.5 s), POSTGRES_URL (none: SQLite only),
# RESULTS (Benchmarks/results/crash-import.md). Needs ../shared/corpus; skips cleanly without it.
# Exits 1 when a check failed (after writing the report). Temp files are removed on exit.
set -euo pipefail

started_at=$SECONDS
load_before=$(cut -d' ' -f1-3 /proc/loadavg)
command_line="Benchmarks/crash-import.sh"
for knob in NASHIR_BIN ARTICLES PER_FILE KILLS SEED MAX_DELAY POSTGRES_URL RESULTS; do
    # A password in the URL stays out of the report.
    [[ -n "${!knob:-}" ]] && command_line="$knob=$(sed -E 's#(://[^:/@]+):[^@/]*@#\1@#' <<<"${!knob}") $command_line"
done
script_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(cd "$script_dir/.." && pwd)
cd "$repo"
articles=${ARTICLES:-100000}
per_file=${PER_FILE:-1000}
kills=${KILLS:-5}
seed=${SEED:-1}
max_delay=${MAX_DELAY:-0.5}
postgres_url=${POSTGRES_URL:-}
results_file=${RESULTS:-$script_dir/results/crash-import.md}

bench=Benchmarks/crash-import.sh
source "$script_dir/lib.sh"
require_corpus
for tool in python3 sqlite3 awk cmp sha256sum sort; do command -v "$tool" >/dev/null 2>&1 || die "missing tool: $tool"; done
if [[ -n "$postgres_url" ]]; then
    command -v psql >/dev/null 2>&1 || die "POSTGRES_URL is set but psql is missing (Debian: apt-get install postgresql-client)"
    psql -X -q -d "$postgres_url" -c "SELECT 1" >/dev/null || die "cannot reach POSTGRES_URL"
fi
((articles > 0 && per_file > 0 && kills > 0)) || die "ARTICLES, PER_FILE and KILLS must be positive"

tmp=$(mktemp -d "${TMPDIR:-/tmp}/nashir-crash-import.XXXXXX")
import_pid=
cleanup() {
    if [[ -n "$import_pid" ]]; then kill -9 "$import_pid" 2>/dev/null || true; fi
    if [[ -n "$postgres_url" ]]; then
        for name in clean crash; do psql -X -q -d "$postgres_url" -c "DROP DATABASE IF EXISTS nashir_crash_$$_$name" >/dev/null 2>&1 || true; done
    fi
    rm -rf "$tmp"
}
trap cleanup EXIT
release_nashir "$tmp/build.log"

# --- the input: the corpus again and again under new ids, fully dated, each story tagged ------
log "writing $articles articles in files of $per_file"
mkdir -p "$tmp/input"
corpus_articles=$(python3 - "$articles" "$per_file" "$tmp/input" "${corpus_files[@]}" <<'PY'
import json, sys
count, per_file, folder, paths = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3], sorted(sys.argv[4:])
records = []
for path in paths:
    with open(path, encoding="utf-8") as f:
        records += [json.loads(line) for line in f if line.strip()]
sources, out = {}, None
for i in range(count):
    record, copy, file = dict(records[i % len(records)]), i // len(records), i // per_file
    if i % per_file == 0:
        if out: out.close()
        out = open(f"{folder}/part-{file:05d}.jsonl", "w", encoding="utf-8")
    # The file's number leads the id, so a query can tell which file a stored story came from.
    record["id"] = f"f{file:05d}.c{copy}.{record['id']}"
    # Dated throughout, so that no import stamps its own clock and two imports export the same bytes.
    date = record.get("date") or f"2020-01-01T00:00:00Z"
    record["date"] = date
    record.setdefault("created", date)
    record.setdefault("updated", date)
    source = record.get("source") or "wire"
    number = sources.setdefault(source, len(sources) + 1)
    record["tags"] = [{"slug": f"wire-{number}", "name": source.split(" (")[0]}]
    out.write(json.dumps(record, ensure_ascii=False) + "\n")
out.close()
print(len(records))
PY
)
inputs=("$tmp/input"/part-*.jsonl)
input_mb=$(du -sm "$tmp/input" | cut -f1)
log "${#inputs[@]} files, $input_mb MiB (the corpus has $corpus_articles articles)"

# --- reading either database ---------------------------------------------------------------
# q KIND DB SQL: the rows, tab-separated.
q() {
    case $1 in
    sqlite) sqlite3 -batch -noheader -separator $'\t' -cmd ".timeout 5000" "$2" "$3" ;;
    postgres) psql -X -q -A -t -F $'\t' -v ON_ERROR_STOP=1 -d "$2" -c "$3" ;;
    esac
}

# committed KIND DB: stories committed so far, or -1 while the database or its schema is not there.
committed() {
    local n
    case $1 in
    sqlite)
        [[ -e "$2" ]] || { echo -1; return; }
        n=$(sqlite3 -readonly -batch -noheader -cmd ".timeout 2000" "$2" "SELECT COUNT(*) FROM article" 2>/dev/null) || n=-1 ;;
    postgres) n=$(psql -X -q -A -t -d "$2" -c "SELECT COUNT(*) FROM article" 2>/dev/null) || n=-1 ;;
    esac
    echo "${n:--1}"
}

running() {
    local state
    [[ -r /proc/$1/stat ]] || return 1
    state=$(awk '{ print $3 }' "/proc/$1/stat" 2>/dev/null) || return 1
    [[ -n "$state" && "$state" != Z ]]
}

# fresh KIND NAME: a new, empty database's --db.
fresh() {
    case $1 in
    sqlite) echo "$tmp/$2.sqlite" ;;
    postgres)
        local name="nashir_crash_$$_$2"
        psql -X -q -d "$postgres_url" -c "DROP DATABASE IF EXISTS $name" >/dev/null 2>&1
        psql -X -q -d "$postgres_url" -c "CREATE DATABASE $name TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C.UTF-8' LC_CTYPE 'C.UTF-8'" >/dev/null 2>&1 ||
            psql -X -q -d "$postgres_url" -c "CREATE DATABASE $name TEMPLATE template0 ENCODING 'UTF8'" >/dev/null
        local base=${postgres_url%%\?*} options=
        [[ "$postgres_url" == *\?* ]] && options="?${postgres_url#*\?}"
        echo "${base%/*}/$name$options" ;;
    esac
}

# check KIND DB CLEAN_FILES: prints "whole files<TAB>problems" ("ok…" when there are none).
check() {
    local kind=$1 db=$2 clean_files=$3 problems=() search_table=search_key n
    # zero LABEL SQL: a problem unless the query answers 0 (a query that fails is one too).
    zero() {
        local answer
        answer=$(q "$kind" "$db" "$2" 2>&1) || { problems+=("$1: the query failed: ${answer:0:200}"); return 0; }
        [[ "$answer" == 0 ]] || problems+=("$answer $1")
    }
    verdict() { ((${#problems[@]})) && printf '%s; ' "${problems[@]}" || echo "ok$1"; }
    if [[ $kind == sqlite ]]; then
        [[ -e "$db" ]] || { printf '0\tok (no database yet)\n'; return; }
        n=$(q sqlite "$db" "PRAGMA integrity_check" 2>&1 | tr '\n' ' ') || true
        [[ "$n" == "ok " ]] || problems+=("integrity_check: ${n:0:300}")
        n=$(q sqlite "$db" "PRAGMA foreign_key_check" 2>&1 | wc -l) || true
        ((n == 0)) || problems+=("foreign_key_check: $n rows")
        if [[ $(q sqlite "$db" "SELECT COUNT(*) FROM sqlite_master WHERE name = 'article'") == 0 ]]; then
            printf '0\t%s\n' "$(verdict " (no schema yet)")"
            return
        fi
        if [[ $(q sqlite "$db" "SELECT COUNT(*) FROM sqlite_master WHERE name = 'search_key'") == 0 ]]; then
            # Killed between two of the schema's migrations (a transaction each): no story can be in.
            zero "stories before the schema is complete" "SELECT COUNT(*) FROM article"
            printf '0\t%s\n' "$(verdict " (schema half made)")"
            return
        fi
        n=$(q sqlite "$db" "INSERT INTO article_search(article_search) VALUES ('integrity-check')" 2>&1) ||
            problems+=("FTS5 integrity-check: ${n:0:200}")
        zero "search keys without their FTS row, or the reverse" "SELECT (SELECT COUNT(*) FROM search_key) - (SELECT COUNT(*) FROM article_search)"
    else
        if [[ $(q postgres "$db" "SELECT to_regclass('article') IS NOT NULL") != t ]]; then
            printf '0\tok (no schema yet)\n'
            return
        fi
        search_table=search_document
        zero "search documents without a story" "SELECT COUNT(*) FROM search_document d WHERE NOT EXISTS (SELECT 1 FROM article a WHERE a.id = d.article_id)"
        # A cast that fails fails the query: content that is not whole JSON.
        zero "stories whose content is not JSON" "SELECT COUNT(*) FROM article WHERE content::jsonb IS NULL"
    fi
    zero "duplicate stories" "SELECT COUNT(*) - (SELECT COUNT(*) FROM (SELECT DISTINCT origin_source, origin_key FROM article) d) FROM article"
    zero "stories without their section" "SELECT COUNT(*) FROM article a WHERE NOT EXISTS (SELECT 1 FROM section s WHERE s.id = a.section_id)"
    zero "stories without tags" "SELECT COUNT(*) FROM article a WHERE NOT EXISTS (SELECT 1 FROM article_tag t WHERE t.article_id = a.id)"
    zero "stories without a search entry" "SELECT COUNT(*) FROM article a WHERE NOT EXISTS (SELECT 1 FROM $search_table k WHERE k.article_id = a.id)"
    # Each file all there or not at all: as many of its stories as the clean import stored.
    if ! q "$kind" "$db" "SELECT substr(origin_key, 2, 5), COUNT(*) FROM article GROUP BY 1" >"$tmp/files" 2>&1; then
        problems+=("counting stories per file failed: $(head -c 200 "$tmp/files")")
        : >"$tmp/files"
    fi
    local whole half list
    IFS=$'\t' read -r whole half list < <(awk -F '\t' '
        NR == FNR { clean[$1] = $2; next }
        { if ($2 == clean[$1]) whole++; else { half++; if (half <= 3) list = list " " $1 ":" $2 "/" clean[$1] } }
        END { printf "%d\t%d\t%s\n", whole, half, list }' "$clean_files" "$tmp/files")
    ((half == 0)) || problems+=("$half files half imported (file:stored/expected$list)")
    printf '%s\t%s\n' "$whole" "$(verdict "")"
}

# 100000 → 100,000
fmt() { printf '%d' "$1" | sed -e ':a' -e 's/\([0-9]\)\([0-9]\{3\}\)\($\|,\)/\1,\2\3/' -e 'ta'; }
files_total=${#inputs[@]}
failed=0
report=()

# crash_run KIND: the clean import, the kills, the resumed end and the export comparison.
crash_run() {
    local kind=$1 label
    label=$([[ $kind == sqlite ]] && echo SQLite || echo PostgreSQL)
    local clean crash
    clean=$(fresh "$kind" clean)
    log "$label: clean import"
    local t0 t1
    t0=$(now)
    "$nashir" import --db "$clean" --skip-invalid "${inputs[@]}" >"$tmp/clean.out" 2>"$tmp/clean.err" ||
        { tail -n 20 "$tmp/clean.err" >&2; die "$label: the clean import failed"; }
    t1=$(now)
    local clean_seconds clean_count
    clean_seconds=$(elapsed "$t0" "$t1")
    clean_count=$(q "$kind" "$clean" "SELECT COUNT(*) FROM article")
    q "$kind" "$clean" "SELECT substr(origin_key, 2, 5), COUNT(*) FROM article GROUP BY 1" >"$tmp/$kind.clean-files"
    "$nashir" export --db "$clean" --format jsonl >"$tmp/$kind.clean.jsonl"
    log "$label: $clean_count articles in $clean_seconds s"

    crash=$(fresh "$kind" crash)
    # The moments: increasing counts of committed stories, and a random delay after each.
    local plan
    plan=$(awk -v seed="$seed" -v n="$kills" -v total="$clean_count" -v delay="$max_delay" -v kind="$kind" 'BEGIN {
        srand(seed + (kind == "postgres"))
        # Between 2 % and 90 % of the way: late enough to have files in, early enough to leave work.
        for (i = 1; i <= n; i++) at[i] = int((0.02 + 0.88 * rand()) * total)
        for (i = 1; i <= n; i++) for (j = i + 1; j <= n; j++) if (at[j] < at[i]) { t = at[i]; at[i] = at[j]; at[j] = t }
        for (i = 1; i <= n; i++) printf "%d %.3f\n", at[i], delay * rand()
    }')
    local rows=() k=0 target delay seen after status killed moment verdict whole problems kill_failed=0 step
    local -a steps
    mapfile -t steps <<<"$plan"
    for step in "${steps[@]}"; do
        read -r target delay <<<"$step"
        k=$((k + 1))
        # Past what earlier runs committed, or the kill would land in the rerun's first, unchanged files.
        seen=$(committed "$kind" "$crash")
        ((target > seen)) || target=$((seen + 1))
        t0=$(now)
        "$nashir" import --db "$crash" --skip-invalid "${inputs[@]}" >/dev/null 2>"$tmp/import.err" </dev/null &
        import_pid=$!
        seen=-1
        while running "$import_pid" && ((seen < target)); do
            sleep 0.1
            seen=$(committed "$kind" "$crash")
        done
        sleep "$delay"
        killed=no
        if running "$import_pid"; then kill -9 "$import_pid" && killed=yes; fi
        status=0
        # (The shell's own "Killed" notice goes with wait's stderr.)
        wait "$import_pid" 2>/dev/null || status=$?
        import_pid=
        t1=$(now)
        moment=$(elapsed "$t0" "$t1")
        after=$(committed "$kind" "$crash")
        verdict=$(check "$kind" "$crash" "$tmp/$kind.clean-files")
        IFS=$'\t' read -r whole problems <<<"$verdict"
        ((after >= seen)) || problems="$((seen - after)) stories seen committed are gone; $problems"
        [[ "$problems" == ok* ]] || kill_failed=1
        [[ "$killed" == yes ]] || killed="no: it ended first (status $status)"
        log "$label: kill $k at $moment s (aim: $(fmt "$target") committed + $delay s), killed: $killed; seen $(fmt "$seen"), after $(fmt "$after"), $whole whole files: $problems"
        rows+=("| $k | $(fmt "$target") + $delay s | $moment | $killed | $(fmt "$seen") | $(fmt "$after") | $whole of $files_total | $problems |")
    done

    log "$label: resuming to the end"
    t0=$(now)
    status=0
    "$nashir" import --db "$crash" --skip-invalid "${inputs[@]}" >"$tmp/resume.out" 2>"$tmp/resume.err" </dev/null || status=$?
    t1=$(now)
    local resume_seconds final_count final_problems equal sha_clean sha_crash
    resume_seconds=$(elapsed "$t0" "$t1")
    final_count=$(committed "$kind" "$crash")
    verdict=$(check "$kind" "$crash" "$tmp/$kind.clean-files")
    IFS=$'\t' read -r whole final_problems <<<"$verdict"
    ((status == 0)) || final_problems="the resumed import exited with $status: $(tail -n 3 "$tmp/resume.err" | tr '\n' ' '); $final_problems"
    ((final_count == clean_count)) || final_problems="$(fmt "$final_count") stories, the clean import $(fmt "$clean_count"); $final_problems"
    "$nashir" export --db "$crash" --format jsonl >"$tmp/$kind.crash.jsonl"
    sha_clean=$(sha256sum <"$tmp/$kind.clean.jsonl" | cut -c1-16)
    sha_crash=$(sha256sum <"$tmp/$kind.crash.jsonl" | cut -c1-16)
    local export_mb
    export_mb=$(awk -v b="$(stat -c %s "$tmp/$kind.clean.jsonl")" 'BEGIN { printf "%.1f", b / 1048576 }')
    if cmp -s "$tmp/$kind.clean.jsonl" "$tmp/$kind.crash.jsonl"; then
        equal="**byte-identical** to the clean import's ($export_mb MiB, sha256 $sha_clean…)"
    else
        equal="**DIFFERS** from the clean import's (sha256 $sha_crash… against $sha_clean…; first difference: $(cmp "$tmp/$kind.clean.jsonl" "$tmp/$kind.crash.jsonl" | head -n 1))"
        final_problems="export differs; $final_problems"
    fi
    local result=PASS
    if [[ "$final_problems" != ok* || $kill_failed == 1 ]]; then result=FAIL; failed=1; fi
    log "$label: resumed in $resume_seconds s: $(fmt "$final_count") stories, $final_problems; export $([[ $equal == *identical* ]] && echo equal || echo DIFFERS): $result"

    report+=("## $label: $result" ""
        "Clean import: $(fmt "$clean_count") articles in $clean_seconds s ($(awk -v n="$clean_count" -v s="$clean_seconds" 'BEGIN { printf "%d", n / s }') articles/s)."
        ""
        "| kill | aimed at (committed + delay) | s into the run | killed | committed before the kill (seen) | committed after | whole files | checks |"
        "| ---: | ---: | ---: | --- | ---: | ---: | ---: | --- |"
        "${rows[@]}"
        "| end | resumed, left to finish | $resume_seconds | | | $(fmt "$final_count") | $whole of $files_total | $final_problems |"
        ""
        "Export after the kills and the resumption: $equal."
        "")
    if [[ $kind == postgres && -s "$tmp/sqlite.clean.jsonl" ]]; then
        if cmp -s "$tmp/sqlite.clean.jsonl" "$tmp/postgres.clean.jsonl"; then
            report+=("PostgreSQL's clean export is also byte-identical to SQLite's." "")
        else
            report+=("PostgreSQL's clean export differs from SQLite's ($(cmp "$tmp/sqlite.clean.jsonl" "$tmp/postgres.clean.jsonl" | head -n 1)); not a crash check, noted." "")
        fi
    fi
}

crash_run sqlite
[[ -n "$postgres_url" ]] && crash_run postgres

commit=$(git rev-parse --short HEAD 2>/dev/null || echo unknown)
dirty=$(git status --porcelain -- Sources 2>/dev/null | wc -l)
mkdir -p "$(dirname "$results_file")"
{
    echo "# Crash safety of a large import (kill -9)"
    echo
    echo "\`$command_line\` on $(date -u '+%Y-%m-%d %H:%M UTC'): $(fmt "$articles") articles (the corpus's"
    echo "$(fmt "$corpus_articles") repeated under new ids, each dated and tagged) in $files_total files of $per_file, $input_mb MiB;"
    echo "\`nashir import --skip-invalid\` killed with \`kill -9\` $kills times, each at a moment drawn at random"
    echo "(seed $seed: a count of committed stories, increasing from kill to kill and past what the runs"
    echo "before committed, then 0–$max_delay s more) and"
    echo "resumed by the same command, then left to finish. After each kill: the database sound (SQLite:"
    echo "\`PRAGMA integrity_check\`, \`foreign_key_check\`, the FTS5 index's integrity-check; PostgreSQL: every"
    echo "search document with its story, every story's content whole JSON), every committed file whole (as"
    echo "many stories as the clean import stored from it, or none), no story twice, every story with its"
    echo "section, tags and search entry, and every story seen committed before the kill still there. At"
    echo "the end the export must equal a clean import's, byte for byte."
    [[ -n "$postgres_url" ]] || echo "PostgreSQL not run (set POSTGRES_URL to a server the script may create databases on)."
    echo
    printf '%s\n' "${report[@]}"
    echo "- Machine: $(nproc) CPUs, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'); load before the run: $load_before, after: $(cut -d' ' -f1-3 /proc/loadavg)."
    echo "- Nashir commit $commit$( ((dirty > 0)) && echo " with $dirty uncommitted changes under Sources/"); binary $([[ -n "${NASHIR_BIN:-}" ]] && echo "\`$NASHIR_BIN\`" || echo "release, Benchmarks/.build-release"); whole run $((SECONDS - started_at)) s."
} >"$results_file"
cat "$results_file"
exit "$failed"
