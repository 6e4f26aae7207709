#!/usr/bin/env bash
# Feed import rate: `nashir import --format feed` of one large RSS 2.0 feed built from the
# corpus, against `nashir import` of the very same articles as JSON Lines (the reference, in
# the same run), each into a fresh database, ROUNDS times alternating. Run from the repository root:
#
#     Benchmarks/feeds.sh
#
# Knobs (environment): NASHIR_BIN (skip the release build and use this binary), ITEMS (20000),
# ROUNDS (3), RESULTS (Benchmarks/results/feeds.md). The feed is written to a temp dir, never
# into the repository, and removed on exit.
set -euo pipefail

script_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(cd "$script_dir/.." && pwd)
cd "$repo"

items=${ITEMS:-20000}
rounds=${ROUNDS:-3}
results_file=${RESULTS:-$script_dir/results/feeds.md}
load_before=$(cut -d' ' -f1-3 /proc/loadavg)

bench=Benchmarks/feeds.sh
source "$script_dir/lib.sh"
require_corpus
for tool in python3 sqlite3 awk sort; do command -v "$tool" >/dev/null 2>&1 || die "missing tool: $tool"; done

tmp=$(mktemp -d "${TMPDIR:-/tmp}/nashir-feeds-bench.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
release_nashir "$tmp/build.log"

# --- the same articles as an RSS feed and as JSON Lines -------------------------------------
log "building a feed of $items corpus articles"
python3 - "$items" "$tmp/feed.xml" "$tmp/feed.jsonl" "${corpus_files[@]}" <<'PY'
import json, sys
from datetime import datetime, timezone
from email.utils import format_datetime
from xml.sax.saxutils import escape

count, feed_path, lines_path, sources = int(sys.argv[1]), sys.argv[2], sys.argv[3], sys.argv[4:]
per_file = -(-count // len(sources))
articles = []
for source in sources:
    taken = 0
    with open(source, encoding="utf-8") as f:
        for line in f:
            a = json.loads(line)
            paragraphs = [p.strip() for p in a.get("body", "").split("\n\n") if p.strip()]
            if not a.get("title", "").strip() or not paragraphs:
                continue
            articles.append((a, paragraphs))
            taken += 1
            if taken == per_file:
                break
articles = articles[:count]

def rfc822(text):
    try:
        d = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except (ValueError, AttributeError):
        return None
    if d.tzinfo is None:
        d = d.replace(tzinfo=timezone.utc)
    return format_datetime(d)

with open(feed_path, "w", encoding="utf-8") as feed, open(lines_path, "w", encoding="utf-8") as lines:
    feed.write('<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">\n<channel>\n<title>bench</title>\n<link>https://bench.example/</link>\n<description>corpus</description>\n')
    for a, paragraphs in articles:
        key = f"{a['source']}:{a['id']}"
        html = "".join(f"<p>{escape(p)}</p>" for p in paragraphs)
        feed.write("<item>\n")
        feed.write(f"<title>{escape(a['title'])}</title>\n<guid isPermaLink=\"false\">{escape(key)}</guid>\n")
        if a.get("url"):
            feed.write(f"<link>{escape(a['url'])}</link>\n")
        if a.get("author"):
            feed.write(f"<dc:creator>{escape(a['author'])}</dc:creator>\n")
        if a.get("section"):
            feed.write(f"<category>{escape(a['section'])}</category>\n")
        date = rfc822(a.get("date"))
        if date:
            feed.write(f"<pubDate>{date}</pubDate>\n")
        feed.write(f"<description>{escape(paragraphs[0][:300])}</description>\n")
        feed.write(f"<content:encoded><![CDATA[{html.replace(']]>', ']]&gt;')}]]></content:encoded>\n</item>\n")
        record = {"id": key, "source": "bench", "title": a["title"], "body": "\n\n".join(paragraphs), "url": a.get("url"), "status": "incoming"}
        lines.write(json.dumps(record, ensure_ascii=False) + "\n")
    feed.write("</channel>\n</rss>\n")
print(len(articles), file=sys.stderr)
PY
feed_bytes=$(stat -c %s "$tmp/feed.xml")

# --- rounds ---------------------------------------------------------------------------------
run_import() { # label format file -> seconds (stdout); the row count is checked
    local label=$1 format=$2 file=$3 db="$tmp/$1.sqlite" t0 t1 rows
    rm -f "$db" "$db"-*
    t0=$(now)
    "$nashir" import --db "$db" --format "$format" --skip-invalid "$file" >"$tmp/$label.out" 2>"$tmp/$label.err" ||
        { cat "$tmp/$label.out" "$tmp/$label.err" >&2; die "$label import failed"; }
    t1=$(now)
    rows=$(sqlite3 "$db" 'SELECT COUNT(*) FROM article')
    echo "$rows" >"$tmp/$label.rows"
    elapsed "$t0" "$t1"
}
: >"$tmp/feed.rates"
: >"$tmp/jsonl.rates"
for ((round = 1; round <= rounds; round++)); do
    for label in feed jsonl; do
        if [[ $label == feed ]]; then seconds=$(run_import feed feed "$tmp/feed.xml"); else seconds=$(run_import jsonl jsonl "$tmp/feed.jsonl"); fi
        rows=$(cat "$tmp/$label.rows")
        awk -v n="$rows" -v s="$seconds" 'BEGIN { printf "%.1f\n", n / s }' >>"$tmp/$label.rates"
        log "round $round, $label: $rows articles in $seconds s"
    done
done
feed_rows=$(cat "$tmp/feed.rows")
jsonl_rows=$(cat "$tmp/jsonl.rows")
[[ "$feed_rows" == "$jsonl_rows" ]] || die "the feed gave $feed_rows articles, JSON Lines $jsonl_rows"
feed_rate=$(median <"$tmp/feed.rates")
jsonl_rate=$(median <"$tmp/jsonl.rates")
ratio=$(awk -v a="$feed_rate" -v b="$jsonl_rate" 'BEGIN { printf "%.2f", a / b }')

{
    echo "# Feed import rate"
    echo
    echo "\`Benchmarks/feeds.sh\` ($(date -u +%Y-%m-%d), $(nproc) cores, load before: $load_before)"
    echo
    echo "| input | articles | median articles/s (spread of $rounds) |"
    echo "| --- | ---: | ---: |"
    echo "| RSS 2.0 feed, \`--format feed\` ($((feed_bytes / 1024 / 1024)) MB) | $feed_rows | $(printf '%.0f' "$feed_rate") ($(spread <"$tmp/feed.rates")) |"
    echo "| the same articles as JSON Lines (reference) | $jsonl_rows | $(printf '%.0f' "$jsonl_rate") ($(spread <"$tmp/jsonl.rates")) |"
    echo
    echo "Feed ÷ JSON Lines: **$ratio** (each import into a fresh database, whole command wall time)."
} | tee "$results_file"
