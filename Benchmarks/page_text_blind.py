#!/usr/bin/env python3
"""Page-text import scored on dumps written by someone else, kept outside the repository.

A folder of dumps (NAME.txt: a page's text, one block per line) and a manifest (JSON Lines: name,
style, headline, section, paragraphs, subheadings; the copy exactly as its lines stand in the dump)
are read back by `nashir import --format page-text`, as a user would, and scored as
page_text_dumps.py scores real pages: the headline, the section (the label over the headline,
else Nashir's default «أخبار») and the paragraphs of copy exactly, no line of the story left out
and no other line taken as a paragraph (a line made a subheading counts as kept). A line of the
story drawn with marks alone («-----», a run of them counting once) holds no words to match: it is
kept when Nashir's body has a divider block before the same next line; a divider counts extra
unless the dump draws a rule a few lines over that next line (the truth's lines cannot show a
rule it left out of the story, as a theme's «* * *» section break).

    python3 Benchmarks/page_text_blind.py --nashir .build/debug/nashir \\
        --dumps ../heldout-synth/dumps --truth ../heldout-synth/truth.jsonl [--explain]
"""
import argparse, json, os, re, subprocess, sys, tempfile
from collections import defaultdict
from html_extraction import words
from page_text_dumps import covers


# Lines the corpus bodies carry from their source sites' own pages, not the story: separators
# («-----»), read-also calls («اقرأ أيضا: …», «قد يهمك: …», «للمزيد: …»), a column's source note («*نقلاً عن …»),
# an opinion page's disclaimer, a lone agency credit («فرانس24/ أ ف ب»). With --furniture-optional
# such a truth line is neither required nor counted extra.
FURNITURE = re.compile(r"^([\W_]+$|\*?\s*نقل[اًا]* عن|\** *جميع المقالات المنشورة تمثل رأي|[إا]قرأ أيضا|قد يهمك|للمزيد|فرانس ?24 ?/ ?أ ف ب$)")


# A blog's category as its meta line or entry footer words it («في رياضة», «نُشرت في العالم»,
# «التصنيفات: رياضة», «مصنف تحت: اقتصاد», «Posted in ثقافة», Over-blog's «Publié dans #ثقافة», a field's «المحور: …»): the truth may keep the words around the name; the
# section is the name.
SECTION_WORDING = re.compile(r"^(?:(?:نُ?شرت?|منشور|مصنفة?|مدرجة?)\s+(?:في|تحت|ضمن)\s*:?\s*|(?:في|ضمن)\s*:?\s+"
                             r"|(?:Posted|Published|Filed)\s+(?:in|under)\s+|Publié\s+dans\s+#?"
                             r"|(?:التصنيفات|التصنيف|التصنيفة|القسم|الأقسام|الفئة|الفئات|التسميات|تسميات|المحور|تحت|مصنف تحت|تحت تصنيف|Labels|Categories|Category)\s*:\s*)")


def unvowelled(text):
    return re.sub("[\u064B-\u0652\u0670]", "", text)


def section_name(truth_section):
    """The category's name in the truth's section, without the words a theme prints around it
    nor vowel marks («مُصنّف تحت: …»), which a section's name does not hang on."""
    plain = unvowelled(truth_section.strip())
    return SECTION_WORDING.sub("", plain, count=1) or plain


def is_furniture(line):
    return bool(FURNITURE.match(line.strip())) and len(line.split()) <= 20


def is_rule(line):
    """Three marks or more of a rule and nothing else, as Nashir's page-text reader sees a rule."""
    marks = [c for c in line if not c.isspace()]
    return len(marks) >= 3 and all(c in "-_=*×—–ـ~•·" for c in marks)


def after_rules(texts):
    """For each run of rules (None entries, or rule lines) in `texts`: the next line, "" at the end."""
    found, previous = [], False
    for index, text in enumerate(texts):
        rule = text is None or is_rule(text)
        if rule and not previous:
            found.append(next((t for t in texts[index:] if t is not None and not is_rule(t)), ""))
        previous = rule
    return found


def read_back(nashir, dump, folder):
    db = os.path.join(folder, os.path.basename(dump) + ".sqlite")
    run = subprocess.run([nashir, "import", "--db", db, "--format", "page-text", dump], capture_output=True, text=True)
    if run.returncode != 0:
        return dict(headline="(refused: %s)" % run.stderr.strip()[:80], section="", paragraphs=[], subheadings=[], dividers=[])
    line = json.loads(subprocess.run([nashir, "export", "--db", db], capture_output=True, text=True, check=True).stdout.splitlines()[0])
    blocks = line.get("blocks") or [dict(type="paragraph", text=p) for p in line["body"].split("\n\n") if p.strip()]
    return dict(headline=line["headline"], section=line.get("section_name") or "",
                dividers=after_rules([None if b["type"] == "divider" else b["text"] for b in blocks]),
                paragraphs=[b["text"] for b in blocks if b["type"] == "paragraph"],
                subheadings=[b["text"] for b in blocks if b["type"] == "subheading"])


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--nashir", required=True)
    parser.add_argument("--dumps", required=True)
    parser.add_argument("--truth", required=True)
    parser.add_argument("--explain", action="store_true", help="name each wrong dump's missing and extra lines on standard error")
    parser.add_argument("--furniture-optional", action="store_true", help="neither require nor count extra the truth's lines of corpus furniture")
    args = parser.parse_args()
    truths = [json.loads(line) for line in open(args.truth, encoding="utf-8") if line.strip()]
    counts = defaultdict(lambda: [0, 0, 0, 0, 0])  # per style: dumps, headline, section, copy, all right
    rows = []
    with tempfile.TemporaryDirectory() as folder:
        for truth in truths:
            got = read_back(args.nashir, os.path.join(args.dumps, truth["name"] + ".txt"), folder)
            expected = [p for p in truth["paragraphs"] + truth.get("subheadings", []) if not is_rule(p)]
            kept = got["paragraphs"] + got["subheadings"]
            missing = [e for e in expected if not any(covers(b, e) for b in kept)]
            extra = [b for b in got["paragraphs"] if not any(covers(b, e) for e in expected)]
            # Rules: each run in the truth needs a divider before the same next line.
            def same(a, b):
                return a == b == "" or bool(a) and bool(b) and covers(a, b)
            ruled = after_rules(truth["paragraphs"])
            missing += ["(rule before «%s»)" % n[:40] for n in ruled if not any(same(d, n) for d in got["dividers"])]
            dump_lines = [l.strip() for l in open(os.path.join(args.dumps, truth["name"] + ".txt"), encoding="utf-8") if l.strip()]
            drawn = [dump_lines[i] for i in range(len(dump_lines)) if any(is_rule(l) for l in dump_lines[max(0, i - 5):i])]
            extra += ["(divider before «%s»)" % d[:40] for d in got["dividers"]
                      if not any(same(d, n) for n in ruled) and not any(same(d, l) for l in drawn)]
            if args.furniture_optional:
                missing = [e for e in missing if not is_furniture(e) and not e.startswith("(rule")]
                extra = [e for e in extra if not e.startswith("(divider")]
            checks = [words(got["headline"]) == words(truth["headline"]), unvowelled(got["section"]) == (section_name(truth["section"]) or "أخبار"),
                      not missing and not extra]
            tally = counts[truth.get("style", "")]
            for index, value in enumerate([True] + checks + [all(checks)]):
                tally[index] += value
            rows.append("| %s | %s | %s | %s | %d/%d | %d | %d | %s |" % (
                truth["name"], truth.get("style", ""), "yes" if checks[0] else "no", "yes" if checks[1] else "no: %s" % got["section"][:30],
                len(got["paragraphs"]), len(truth["paragraphs"]), len(missing), len(extra), "yes" if all(checks) else "no"))
            if args.explain and not all(checks):
                print("## %s (%s)" % (truth["name"], truth.get("style", "")), *["- missing: " + m[:90] for m in missing],
                      *["- extra: " + e[:90] for e in extra], "- headline: " + got["headline"][:90],
                      "- section: %s (expected %s)" % (got["section"], section_name(truth["section"]) or "أخبار"), sep="\n", file=sys.stderr)
    print("| dump | style | headline | section | paragraphs got/expected | missing | extra | all right |")
    print("|---|---|---|---|---|---:|---:|---|")
    print("\n".join(rows))
    print()
    print("| style | dumps | headline | section | copy | all right |")
    print("|---|---:|---:|---:|---:|---:|")
    total = [0, 0, 0, 0, 0]
    for style, tally in sorted(counts.items()):
        print("| %s | %d | %d | %d | %d | %d |" % (style, *tally))
        total = [a + b for a, b in zip(total, tally)]
    print("| **all** | %d | %d | %d | %d | **%d (%.0f %%)** |" % (*total, 100 * total[4] / max(1, total[0])))


if __name__ == "__main__":
    main()
