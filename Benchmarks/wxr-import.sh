#!/usr/bin/env bash
# WordPress migration rate: `nashir import --format wxr` on a large export generated here from
# ../shared/corpus articles (kept in a temp dir, never in the repository), against the JSON Lines
# import of the very same articles measured in the same run. Run from the repository root:
#
#     Benchmarks/wxr-import.sh
#
# Knobs (environment): NASHIR_BIN (skip the release build and use this binary), POSTS (10000),
# ROUNDS (3, alternating wxr/jsonl on fresh databases), RESULTS (Benchmarks/results/wxr-import.md).
set -euo pipefail

script_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(cd "$script_dir/.." && pwd)
cd "$repo"
posts=${POSTS:-10000}
rounds=${ROUNDS:-3}
results_file=${RESULTS:-$script_dir/results/wxr-import.md}

bench=Benchmarks/wxr-import.sh
source "$script_dir/lib.sh"
require_corpus
for tool in python3 sqlite3 awk sort; do command -v "$tool" >/dev/null 2>&1 || die "missing tool: $tool"; done

tmp=$(mktemp -d "${TMPDIR:-/tmp}/nashir-wxr-bench.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
release_nashir "$tmp/build.log"

# --- the export: what WordPress's exporter writes, built from real articles -------------------
log "generating a WXR export of $posts posts (and the same articles as JSON Lines)"
python3 - "$posts" "$tmp/site.xml" "$tmp/site.jsonl" "${corpus_files[@]}" <<'PY'
import json, sys, urllib.parse, random
from datetime import datetime, timedelta, timezone

count, wxr_path, jsonl_path, files = int(sys.argv[1]), sys.argv[2], sys.argv[3], sys.argv[4:]
records = []
for path in files:
    with open(path, encoding="utf-8") as f:
        for line in f:
            r = json.loads(line)
            if r.get("title") and r.get("body"):
                records.append((line, r))
random.Random(7).shuffle(records)
records = records[:count]

def cdata(text):
    return "<![CDATA[" + text.replace("]]>", "]]]]><![CDATA[>") + "]]>"

def nicename(text):
    return urllib.parse.quote(text.strip().replace(" ", "-")[:60], safe="-").lower()

out = open(wxr_path, "w", encoding="utf-8")
out.write('<?xml version="1.0" encoding="UTF-8" ?>\n<rss version="2.0" xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/" '
          'xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:wfw="http://wellformedweb.org/CommentAPI/" '
          'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:wp="http://wordpress.org/export/1.2/">\n<channel>\n'
          '<title>أرشيف</title>\n<link>https://old.example.com</link>\n<wp:wxr_version>1.2</wp:wxr_version>\n'
          '<wp:base_site_url>https://old.example.com</wp:base_site_url>\n<wp:base_blog_url>https://old.example.com</wp:base_blog_url>\n')
for login, name in [("editor1", "محرر الأخبار"), ("editor2", "محررة الاقتصاد")]:
    out.write(f"<wp:author><wp:author_login>{cdata(login)}</wp:author_login><wp:author_display_name>{cdata(name)}</wp:author_display_name></wp:author>\n")
base = datetime(2020, 1, 1, tzinfo=timezone.utc)
statuses = ["publish"] * 17 + ["draft", "pending", "private"]
with open(jsonl_path, "w", encoding="utf-8") as jl:
    for i, (line, r) in enumerate(records, start=1):
        jl.write(line if line.endswith("\n") else line + "\n")
        paragraphs = [p for p in r["body"].split("\n\n") if p.strip()]
        # Half block-editor posts, half classic ones (wpautop), as a site that changed editors has.
        if i % 2:
            content = "\n\n".join(f"<!-- wp:paragraph -->\n<p>{p}</p>\n<!-- /wp:paragraph -->" for p in paragraphs)
        else:
            content = "\n\n".join(paragraphs)
        when = base + timedelta(minutes=37 * i)
        gmt = when.strftime("%Y-%m-%d %H:%M:%S")
        local = (when + timedelta(hours=3)).strftime("%Y-%m-%d %H:%M:%S")
        slug = nicename(r["title"])
        section = r.get("section") or "news"
        out.write("<item>\n"
                  f"<title>{cdata(r['title'])}</title>\n<link>https://old.example.com/{when:%Y/%m/%d}/{slug}/</link>\n"
                  f"<dc:creator>{cdata('editor1' if i % 3 else 'editor2')}</dc:creator>\n"
                  f"<content:encoded>{cdata(content)}</content:encoded>\n<excerpt:encoded>{cdata('')}</excerpt:encoded>\n"
                  f"<wp:post_id>{i}</wp:post_id>\n<wp:post_date>{cdata(local)}</wp:post_date>\n<wp:post_date_gmt>{cdata(gmt)}</wp:post_date_gmt>\n"
                  f"<wp:post_name>{cdata(slug)}</wp:post_name>\n<wp:status>{cdata(statuses[i % len(statuses)])}</wp:status>\n"
                  f"<wp:post_type>{cdata('post')}</wp:post_type>\n"
                  f'<category domain="category" nicename="{nicename(section)}">{cdata(section)}</category>\n'
                  f'<category domain="post_tag" nicename="{nicename(r["source"].split(" ")[0])}">{cdata(r["source"].split(" ")[0])}</category>\n'
                  "</item>\n")
out.write("</channel>\n</rss>\n")
out.close()
PY
size_mb=$(awk -v b="$(stat -c %s "$tmp/site.xml")" 'BEGIN { printf "%.1f", b / 1048576 }')
log "export: $size_mb MiB"


: >"$tmp/wxr.rates"
: >"$tmp/jsonl.rates"
for ((round = 1; round <= rounds; round++)); do
    for format in wxr jsonl; do
        db="$tmp/$format-$round.sqlite"
        input="$tmp/site.xml"
        [[ $format == jsonl ]] && input="$tmp/site.jsonl"
        t0=$(now)
        "$nashir" import --db "$db" --format "$format" --skip-invalid "$input" >"$tmp/$format.out" 2>"$tmp/$format.err" ||
            { cat "$tmp/$format.err" >&2; die "$format import failed"; }
        t1=$(now)
        stored=$(sqlite3 "$db" 'SELECT COUNT(*) FROM article')
        rate=$(awk -v n="$stored" -v s="$(elapsed "$t0" "$t1")" 'BEGIN { printf "%.0f", n / s }')
        echo "$rate" >>"$tmp/$format.rates"
        log "round $round: $format: $stored articles in $(elapsed "$t0" "$t1") s = $rate articles/s"
        rm -f "$db" "$db-wal" "$db-shm"
    done
done
wxr_rate=$(median <"$tmp/wxr.rates")
jsonl_rate=$(median <"$tmp/jsonl.rates")
ratio=$(awk -v a="$wxr_rate" -v b="$jsonl_rate" 'BEGIN { printf "%.2f", a / b }')

mkdir -p "$(dirname "$results_file")"
cat >"$results_file" <<MD
# WordPress import rate

\`Benchmarks/wxr-import.sh\` on $(date -u +%Y-%m-%d), $(nproc) cores, load before: $(cut -d' ' -f1-3 /proc/loadavg).
A WXR 1.2 export of $posts posts generated from ../shared/corpus articles ($size_mb MiB; half block-editor,
half classic posts needing wpautop; publish, draft, pending and private), imported with
\`nashir import --format wxr\` into a fresh database, against \`nashir import --format jsonl\` of the same
articles in the same run; median of $rounds rounds (range in brackets).

| import | posts/s |
| --- | --- |
| wxr | $wxr_rate ($(spread <"$tmp/wxr.rates")) |
| jsonl, same articles | $jsonl_rate ($(spread <"$tmp/jsonl.rates")) |
| wxr ÷ jsonl | $ratio |
MD
cat "$results_file"
