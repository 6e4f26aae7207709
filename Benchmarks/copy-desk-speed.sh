#!/usr/bin/env bash
# Copy desk speed: `nashir check --format jsonl` of the whole corpus (all articles/*.jsonl in one
# process; articles/s, median of ROUNDS), and `nashir check --format text` of one ~2,000-word
# story made of corpus paragraphs (median of RUNS), minus the start-up time of the same command
# on a one-line file, timed in the same run alternately. Each is timed with the rules alone and
# with `--spelling` (Hunspell, Debian's hunspell-ar; skipped with a note when the dictionary is
# not installed). Run from the repository root:
#
#     Benchmarks/copy-desk-speed.sh
#
# Knobs (environment): NASHIR_BIN (default: a release build in Benchmarks/.build-release), ROUNDS
# (3), RUNS (40), WORDS (2000), RESULTS (Benchmarks/results/copy-desk-speed.md). Wall time
# of the whole command, output to /dev/null; the story files go to a temp dir.
set -euo pipefail

script_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(cd "$script_dir/.." && pwd)
cd "$repo"
rounds=${ROUNDS:-3}  # of the whole corpus; a debug build takes about 5 CPU minutes a round
runs=${RUNS:-40}
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

spelling_dic=/usr/share/hunspell/ar.dic
if [[ -f $spelling_dic ]]; then modes="plain spelling"; else modes="plain"; log "no $spelling_dic (Debian's hunspell-ar): timing without spelling only"; fi

log "timing $nashir ($build): $modes"
python3 - "$nashir" "$tmp" "$rounds" "$runs" "$words" "$modes" "${corpus_files[@]}" >"$tmp/figures" <<'PY'
import json, os, subprocess, sys, time
nashir, tmp, rounds, runs, words, modes, files = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4]), int(sys.argv[5]), sys.argv[6].split(), sys.argv[7:]
flags = {"plain": [], "spelling": ["--spelling"]}
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
# Rounds alternate the modes, so a change in the machine's load falls on both.
corpus = {mode: [] for mode in modes}
for _ in range(rounds):
    for mode in modes:
        corpus[mode].append(wall([*flags[mode], "--format", "jsonl", *files], "corpus " + mode))

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
# The same story as one JSON Lines record, for the server's check of a stored story.
record = json.loads(open(sorted(files)[0], encoding="utf-8").readline())
record.update(id="copy-desk-speed-story", title="خبر طويل لقياس التدقيق", body="\n\n".join(paragraphs))
open(tmp + "/story.jsonl", "w", encoding="utf-8").write(json.dumps(record, ensure_ascii=False) + "\n")
for mode in modes:  # warm the page cache
    wall([*flags[mode], "--format", "text", story]); wall([*flags[mode], "--format", "text", tiny])
long, start, findings = {m: [] for m in modes}, {m: [] for m in modes}, {}
for _ in range(runs):
    for mode in modes:
        long[mode].append(wall([*flags[mode], "--format", "text", story], "long " + mode))
        start[mode].append(wall([*flags[mode], "--format", "text", tiny], "start " + mode))
for mode in modes:
    findings[mode] = subprocess.run([nashir, "check", *flags[mode], "--json", "--format", "text", story], capture_output=True, text=True).stdout.count("\n")
print(json.dumps(dict(articles=articles, modes=modes, corpus=corpus, words=count, paragraphs=len(paragraphs), findings=findings, long=long, start=start, cpu=cpu)))
PY

# The editor's path: `nashir serve` checking the stored story (GET /api/v1/articles/ID/check, the
# checker the editor's POST /admin/check uses), the first request after start-up (every word new
# to the spelling memo) and then RUNS more, over SERVER_STARTS fresh servers per mode.
log "timing the server's check of the story"
"$nashir" import --db "$tmp/editor.sqlite" --format jsonl "$tmp/story.jsonl" >/dev/null 2>&1 || die "could not import the story"
echo "copy-desk-speed-password" | "$nashir" user add --db "$tmp/editor.sqlite" --name bench --role editor --password-stdin >/dev/null
token=$("$nashir" token create --db "$tmp/editor.sqlite" --user bench 2>/dev/null | grep -o 'nsr_[A-Za-z0-9_-]*' | head -1)
[[ -n $token ]] || die "could not create an API token"
python3 - "$nashir" "$tmp/editor.sqlite" "$token" "$runs" "${SERVER_STARTS:-5}" "$modes" >"$tmp/server-figures" <<'PY'
import json, socket, subprocess, sys, time, urllib.request
nashir, db, token, runs, starts, modes = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4]), int(sys.argv[5]), sys.argv[6].split()
flags = {"plain": ["--no-spelling"], "spelling": ["--spelling"]}
figures = {}
for mode in modes:
    cold, warm, findings = [], [], 0
    for _ in range(starts):
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0)); port = probe.getsockname()[1]
        server = subprocess.Popen([nashir, "serve", "--db", db, "--port", str(port), "--no-ingest", *flags[mode]], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            url = "http://127.0.0.1:%d/api/v1/articles/1/check" % port
            request = urllib.request.Request(url, headers={"Authorization": "Bearer " + token})
            for _ in range(300):  # up to 30 s for the server to listen
                try:
                    socket.create_connection(("127.0.0.1", port), timeout=1).close(); break
                except OSError:
                    time.sleep(0.1)
            def timed():
                t0 = time.perf_counter()
                body = urllib.request.urlopen(request).read()
                return time.perf_counter() - t0, body
            seconds, body = timed()
            cold.append(seconds)
            findings = len(json.loads(body)["findings"])
            warm.extend(timed()[0] for _ in range(runs))
        finally:
            server.terminate(); server.wait()
    figures[mode] = dict(cold=cold, warm=warm, findings=findings)
print(json.dumps(figures))
PY

python3 - "$tmp/figures" "$tmp/server-figures" "$nashir" "$build" "$stale_note" "$load_before" "$rounds" "$runs" "$(nproc)" "${SERVER_STARTS:-5}" <<'PY' | tee "$results_file"
import json, statistics, sys, datetime
f = json.load(open(sys.argv[1]))
server = json.load(open(sys.argv[2]))
nashir, build, stale, load, rounds, runs, cores, starts = sys.argv[3:]
med = statistics.median
cpu = {k: med(v) for k, v in f["cpu"].items()}
names = {"plain": "rules alone", "spelling": "with `--spelling`"}
print("# Copy desk speed")
print()
print("`Benchmarks/copy-desk-speed.sh` (%s, %s cores, load before: %s)" % (datetime.date.today().isoformat(), cores, load))
print()
print("Binary: `%s`, a **%s** build (%s). Wall time of the whole command, output to /dev/null." % (nashir, build, stale))
if "spelling" not in f["modes"]:
    print()
    print("Debian's hunspell-ar was not installed: spelling was not timed.")
print()
print("| measurement | median wall | spread | median CPU (user + sys) | rate |")
print("| --- | ---: | ---: | ---: | ---: |")
for mode in f["modes"]:
    corpus = med(f["corpus"][mode])
    c = cpu["corpus " + mode]
    print("| `nashir check --format jsonl` of the whole corpus, %s (%d articles, 5 files, one process; %s round%s) | %.1f s | %.1f–%.1f s | %.1f s | **%.0f articles/s** wall, %.0f per CPU second |"
          % (names[mode], f["articles"], rounds, "" if rounds == "1" else "s", corpus, min(f["corpus"][mode]), max(f["corpus"][mode]), c, f["articles"] / corpus, f["articles"] / c))
for mode in f["modes"]:
    long, start = med(f["long"][mode]), med(f["start"][mode])
    print("| `nashir check --format text` of one story, %s, %d words in %d paragraphs (%d findings; %s runs) | %.0f ms | %.0f–%.0f ms | %.0f ms | |"
          % (names[mode], f["words"], f["paragraphs"], f["findings"][mode], runs, 1000 * long, 1000 * min(f["long"][mode]), 1000 * max(f["long"][mode]), 1000 * cpu["long " + mode]))
    print("| the same command on a one-line file (start-up; %s runs, alternating with the above) | %.0f ms | %.0f–%.0f ms | %.0f ms | |"
          % (runs, 1000 * start, 1000 * min(f["start"][mode]), 1000 * max(f["start"][mode]), 1000 * cpu["start " + mode]))
    print("| **the story's check minus start-up, %s** | **%.0f ms** | | **%.0f ms** | |" % (names[mode], 1000 * (long - start), 1000 * (cpu["long " + mode] - cpu["start " + mode])))
for mode in f["modes"]:
    g = server[mode]
    print("| **the server's check of the story** (`GET /api/v1/articles/ID/check`, %s, %d findings): first request after start-up (%s starts) | **%.0f ms** | %.0f–%.0f ms | | |"
          % (names[mode], g["findings"], starts, 1000 * med(g["cold"]), 1000 * min(g["cold"]), 1000 * max(g["cold"]), ))
    print("| the same, each later request (%d) | **%.0f ms** | %.0f–%.0f ms | | |" % (len(g["warm"]), 1000 * med(g["warm"]), 1000 * min(g["warm"]), 1000 * max(g["warm"])))
print()
print("Other work shared the machine during the run if the load above is much over 0; then read the CPU columns, which it moves less.")
print()
print("Start-up is the process's launch, argument parsing, building the checker (and opening the dictionary) and reading a file of one"
      " paragraph; subtracting its median from the long story's median leaves the checking of ~%d words. With spelling, every"
      " word of the story is new to the process's memo, as it is to an editor's first check of a story." % f["words"])
print()
print("The server's rows are the editor's path: the story stored, `nashir serve` checking it with the same checker the editor's"
      " typing calls (`POST /admin/check`), timed from the client over loopback, HTTP and JSON included. The first request"
      " after start-up finds every word new to the spelling memo; later ones find it warm, as an editor typing does.")
PY
