#!/usr/bin/env bash
# Copy desk speed: `nashir check --format jsonl` of the whole corpus (all articles/*.jsonl in one
# process; articles/s, median of ROUNDS), and `nashir check --format text` of one ~2,000-word
# story made of corpus paragraphs (median of RUNS), minus the start-up time of the same command
# on a one-line file, timed in the same run alternately. Run from the repository root:
#
#     Benchmarks/copy-desk-speed.sh
#
# Knobs (environment): NASHIR_BIN (default: a release build in Benchmarks/.build-release), ROUNDS
# (3), RUNS (20), WORDS (2000), RESULTS (Benchmarks/results/copy-desk-speed.md). Wall time
# of the whole command, output to /dev/null; the story files go to a temp dir.
set -euo pipefail

script_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(cd "$script_dir/.." && pwd)
cd "$repo"
rounds=${ROUNDS:-3}  # of the whole corpus; a debug build takes about 5 CPU minutes a round
runs=${RUNS:-20}
words=${WORDS:-2000}
results_file=${RESULTS:-$script_dir/results/copy-desk-speed.md}
load_before=$(cut -d' ' -f1-3 /proc/loadavg)

bench=Benchmarks/copy-desk-speed.sh
source "$script_dir/lib.sh"
require_corpus
command -v python3 >/dev/null 2>&1 || die "missing tool: python3"
tmp=$(mktemp -d "${TMPDIR:-/tmp}/nashir-copy-desk-speed.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
release_nashir "$tmp/build.log"

# Which build: a debug build keeps .build/…/debug paths; a release build made here, .build-release.
if grep -aq -m1 -- '-unknown-linux-gnu/debug/' "$nashir"; then build=debug; else build=release; fi
stale=$repo/Benchmarks/.build-release/release/nashir
if [[ -x $stale && $stale != "$nashir" ]]; then
    if "$stale" check --help >/dev/null 2>&1; then stale_note="a release binary exists at Benchmarks/.build-release/release/nashir (built $(date -u -r "$stale" +%Y-%m-%dT%H:%MZ)); not used, it may be stale"
    else stale_note="Benchmarks/.build-release/release/nashir exists but has no \`check\` subcommand (stale); not used"; fi
else
    stale_note="no other release binary in Benchmarks/.build-release"
fi

log "timing $nashir ($build)"
python3 - "$nashir" "$tmp" "$rounds" "$runs" "$words" "${corpus_files[@]}" >"$tmp/figures" <<'PY'
import json, os, statistics, subprocess, sys, time
nashir, tmp, rounds, runs, words, files = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4]), int(sys.argv[5]), sys.argv[6:]

cpu = {}

def wall(args, label=None):
    """Wall seconds of one `nashir check`; its CPU seconds (user + system) go to cpu[label]."""
    before = os.times()
    t0 = time.perf_counter()
    run = subprocess.run([nashir, "check", *args], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    t1 = time.perf_counter()
    after = os.times()
    if run.returncode not in (0, 1):
        sys.exit("nashir check %s exited %d: %s" % (args, run.returncode, run.stderr.decode()[-500:]))
    if label:
        cpu.setdefault(label, []).append(after.children_user - before.children_user + after.children_system - before.children_system)
    return t1 - t0

articles = sum(1 for f in files for line in open(f, encoding="utf-8") if line.strip())
corpus = [wall(["--format", "jsonl", *files], "corpus") for _ in range(rounds)]

# One long story: body paragraphs of the corpus's stories in file order until `words` words.
paragraphs, count = [], 0
for f in sorted(files):
    for line in open(f, encoding="utf-8"):
        for p in json.loads(line)["body"].split("\n\n"):
            if p.strip() and count < words:
                paragraphs.append(p.strip())
                count += len(p.split())
        if count >= words:
            break
    if count >= words:
        break
story, tiny = tmp + "/story.txt", tmp + "/tiny.txt"
open(story, "w", encoding="utf-8").write("\n".join(paragraphs) + "\n")
open(tiny, "w", encoding="utf-8").write("وصل الوفد.\n")
wall(["--format", "text", story]); wall(["--format", "text", tiny])  # warm the page cache
long, start = [], []
for _ in range(runs):
    long.append(wall(["--format", "text", story], "long"))
    start.append(wall(["--format", "text", tiny], "start"))
findings = subprocess.run([nashir, "check", "--json", "--format", "text", story], capture_output=True, text=True).stdout.count("\n")
print(json.dumps(dict(articles=articles, corpus=corpus, words=count, paragraphs=len(paragraphs), findings=findings, long=long, start=start, cpu=cpu)))
PY

python3 - "$tmp/figures" "$nashir" "$build" "$stale_note" "$load_before" "$rounds" "$runs" "$(nproc)" <<'PY' | tee "$results_file"
import json, statistics, sys, datetime
f = json.load(open(sys.argv[1]))
nashir, build, stale, load, rounds, runs, cores = sys.argv[2:]
med = statistics.median
corpus = med(f["corpus"])
long, start = med(f["long"]), med(f["start"])
print("# Copy desk speed")
print()
print("`Benchmarks/copy-desk-speed.sh` (%s, %s cores, load before: %s)" % (datetime.date.today().isoformat(), cores, load))
print()
print("Binary: `%s`, a **%s** build (%s). Wall time of the whole command, output to /dev/null." % (nashir, build, stale))
print()
cpu = {k: med(v) for k, v in f["cpu"].items()}
print("| measurement | median wall | spread | median CPU (user + sys) | rate |")
print("| --- | ---: | ---: | ---: | ---: |")
print("| `nashir check --format jsonl` of the whole corpus (%d articles, 5 files, one process; %s round%s) | %.1f s | %.1f–%.1f s | %.1f s | **%.0f articles/s** wall, %.0f per CPU second |"
      % (f["articles"], rounds, "" if rounds == "1" else "s", corpus, min(f["corpus"]), max(f["corpus"]), cpu["corpus"], f["articles"] / corpus, f["articles"] / cpu["corpus"]))
print("| `nashir check --format text` of one story, %d words in %d paragraphs (%d findings; %s runs) | %.0f ms | %.0f–%.0f ms | %.0f ms | |"
      % (f["words"], f["paragraphs"], f["findings"], runs, 1000 * long, 1000 * min(f["long"]), 1000 * max(f["long"]), 1000 * cpu["long"]))
print("| the same command on a one-line file (start-up; %s runs, alternating with the above) | %.0f ms | %.0f–%.0f ms | %.0f ms | |"
      % (runs, 1000 * start, 1000 * min(f["start"]), 1000 * max(f["start"]), 1000 * cpu["start"]))
print("| **the story's check minus start-up** | **%.0f ms** | | **%.0f ms** | |" % (1000 * (long - start), 1000 * (cpu["long"] - cpu["start"])))
print()
print("Other work shared the machine during the run if the load above is much over 0; then read the CPU columns, which it moves less.")
print()
print("Start-up is the process's launch, argument parsing, building the checker and reading a file of one"
      " paragraph; subtracting its median from the long story's median leaves the checking of ~%d words." % f["words"])
PY
