#!/usr/bin/env python3
"""The copy desk's labelled evaluation: `nashir check` on real corpus stories as given (the
clean set: how often it cries wolf) and on copies of them with exactly one error injected each
(the injected set: recall per rule, with the injected span known). See copy-desk-evaluation.sh.

Stories are written one paragraph a line (headline first, as `nashir check` reads JSON Lines)
into a temp dir and checked with `nashir check --json --format text` in one process per set.
The error findings on clean copy are judged by hand in copy-desk-clean-judgements.tsv.
"""
import argparse, collections, datetime, glob, json, os, random, re, subprocess, sys, tempfile

HERE = os.path.dirname(os.path.abspath(__file__))

# Scalar classes as Sources/NashirCopyDesk/Scalars.swift has them.
AR = "\u0621-\u063A\u0641-\u064A\u066E-\u066F\u0671-\u06D3\u06D5\u06FA-\u06FC"
MK = "\u064B-\u065F\u0670\u0640"
WORD = re.compile("[%s][%s%s]*" % (AR, AR, MK))
PLAIN_WORD = re.compile("(?<![%s%s])[%s]+(?![%s%s])" % (AR, MK, AR, AR, MK))  # Arabic letters only, no marks
NON_JOINING = set("اأإآدذرزوؤةىء")
INDIC = "٠١٢٣٤٥٦٧٨٩"

# RepeatedWordRule.intended: repeated on purpose, never injected as an error.
INTENDED = set("رويدا رويد شيئا خطوة قليلا يوما سنة شهرا حينا جدا لا نعم كلا بعيدا طويلا كثيرا تماما مرحبا بابا ماما شبرا "
               "ذراعا حرفا كلمة بيتا واحدا واحدة صفا دكا بي سي دي تي جي إن ان إم ام إل إف إس آر يو".split())
TITLES = set("الرئيس رئيس المشير الجنرال اللواء العقيد العميد الفريق الوزير وزير الشيخ الأمير الملك السيد السيدة "
             "الدكتور السفير نظيره نظيرته النائب الزعيم القائد المستشار الناطق المتحدث".split())
# Titles NameConsistencyRule knows that are mostly followed by a person's name (not «رئيس مجلس», «الفريق إلى»).
PERSON_TITLES = TITLES - set("رئيس وزير الفريق الناطق المتحدث".split())
# Words that are not part of a person's name, so «إلى غاية» or «مجلس شورى» is not taken for one.
NOT_NAMES = set("إلى في من على عن مع بعد قبل باسم خلال منذ حول أمام لدى عبر ضد بين كما التي الذي أن إن أنه هو هي قد لم لن "
                "ما لا مجلس حركة جهاز وزارة هيئة حزب حكومة دولة شركة بلاده نظيره نظيرته عام يوم".split())
FUNCTION_WORDS = ["في", "من", "على", "إلى", "عن", "أن", "التي", "الذي", "مع", "بعد"]


# MARK: - Sample

def sample_stories(files, count, seed, exclude=frozenset()):
    """`count` stories spread evenly over the corpus files, chosen with a fixed seed, none of whose ids is in `exclude`."""
    rng = random.Random(seed)
    per_file = -(-count // len(files))
    stories = []
    for path in files:
        records = []
        with open(path, encoding="utf-8") as f:
            for line in f:
                a = json.loads(line)
                body = [p.strip("\r\n") for p in a.get("body", "").split("\n\n")]
                body = [p for p in body if p.strip()]
                if a["id"] not in exclude and body and all("\n" not in p and "\r" not in p for p in body):
                    title = (a.get("title") or "").replace("\n", " ").strip()
                    records.append(dict(id=a["id"], source=os.path.basename(path).split("-", 2)[-1][:-6],
                                        lines=([title] if title else []) + body, first_body=1 if title else 0))
        stories += [records[i] for i in sorted(rng.sample(range(len(records)), min(per_file, len(records))))]
    return stories[:count]


def write_story(directory, name, lines):
    path = os.path.join(directory, name)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")
    return path


# MARK: - Checking

def check(nashir, paths):
    """Findings of one `nashir check --json --format text` per batch of files (usually one)."""
    findings, batch, size = [], [], 0
    batches = []
    for path in paths:
        if batch and size + len(path) > 100_000:
            batches.append(batch)
            batch, size = [], 0
        batch.append(path)
        size += len(path) + 1
    if batch:
        batches.append(batch)
    for batch in batches:
        run = subprocess.run([nashir, "check", "--json", "--format", "text", *batch], capture_output=True, text=True)
        if run.returncode not in (0, 1):
            sys.exit("nashir check exited %d: %s" % (run.returncode, run.stderr[-2000:]))
        findings += [json.loads(line) for line in run.stdout.splitlines() if line.strip()]
    return findings


def overlaps(f, line, col, length):
    a0, a1 = f["column"], f["column"] + max(f["length"], 1)
    b0, b1 = col, col + max(length, 1)
    return f["line"] == line and a0 < b1 and b0 < a1


# MARK: - Injections
# Each takes (story, lines, rng, variant index) and returns (lines, line index, 0-based column,
# length, variant label) or None when the story has nowhere to put that error.

def body_indices(story):
    return list(range(story["first_body"], len(story["lines"])))


def pick(rng, story, lines, pattern, where=None):
    """A random (line index, match) of `pattern` in the body, optionally filtered."""
    hits = [(i, m) for i in body_indices(story) for m in re.finditer(pattern, lines[i]) if where is None or where(lines[i], m)]
    return rng.choice(hits) if hits else None


def replaced(lines, i, start, end, text):
    out = list(lines)
    out[i] = lines[i][:start] + text + lines[i][end:]
    return out


def balanced(text, open_, close):
    depth = 0
    for c in text:
        depth += (c == open_) - (c == close)
        if depth < 0:
            return False
    return depth == 0


def pair_spans(text, open_, close):
    """(open, close) offsets of the bracket pairs of a balanced paragraph."""
    stack, spans = [], []
    for i, c in enumerate(text):
        if c == open_:
            stack.append(i)
        elif c == close and stack:
            spans.append((stack.pop(), i))
    return spans


def outside_pairs(text, pos, open_, close):
    return all(not (a <= pos <= b) for a, b in pair_spans(text, open_, close))


def inject_space_after(story, lines, rng, k):
    for mark in rotate(".،؛:؟!)»", k):
        if mark in ")»":
            open_ = "(" if mark == ")" else "«"
            hit = pick(rng, story, lines, r"(?<=[^\s])%s (?=[%s])" % (re.escape(mark), AR), lambda t, m: balanced(t, open_, mark))
        else:
            # After a word of two letters or more (one letter and a full stop is an abbreviation).
            hit = pick(rng, story, lines, "(?<=[%s]{2})%s (?=[%s])" % (AR, re.escape(mark), AR))
        if hit:
            i, m = hit
            return replaced(lines, i, m.start(), m.end(), mark), i, m.start(), 1, "%s (space deleted)" % mark
        if mark not in ")»":
            hit = pick(rng, story, lines, "(?<=[%s]{2}) (?=[%s]{2})" % (AR, AR))
            if hit:
                i, m = hit
                return replaced(lines, i, m.start(), m.end(), mark), i, m.start(), 1, "%s (inserted between words)" % mark
    return None


def inject_space_before(story, lines, rng, k):
    for mark in rotate(".،؛؟!", k):
        hit = pick(rng, story, lines, "(?<=[%s])%s(?!\\.)" % (AR, re.escape(mark)))
        if hit:
            i, m = hit
            return replaced(lines, i, m.start(), m.start(), " "), i, m.start(), 1, "%s (space added)" % mark
        hit = pick(rng, story, lines, "(?<=[%s]{2}) (?=[%s])" % (AR, AR))
        if hit:
            i, m = hit
            return replaced(lines, i, m.start(), m.end(), " %s " % mark), i, m.start(), 1, "%s (inserted after a word)" % mark
    return None


def inject_inner_space(story, lines, rng, k):
    for mark in rotate("()«»", k):
        open_, close = ("(", ")") if mark in "()" else ("«", "»")
        if mark in "(«":
            pattern, at = "%s(?=[%s])" % (re.escape(mark), AR), lambda m: m.end()
        else:
            # A closing » right before a letter reads as a reversed opening one; not there.
            pattern, at = "(?<=[%s%s])%s(?![%s])" % (AR, MK, re.escape(mark), AR), lambda m: m.start()
        hit = pick(rng, story, lines, pattern, lambda t, m: balanced(t, open_, close))
        if hit:
            i, m = hit
            pos = at(m)
            return replaced(lines, i, pos, pos, " "), i, pos, 1, "%s" % mark
    return None


def inject_double_space(story, lines, rng, k):
    hit = pick(rng, story, lines, "(?<=[%s]) (?=[%s])" % (AR, AR))
    if hit:
        i, m = hit
        return replaced(lines, i, m.start(), m.end(), "  "), i, m.start(), 2, "between words"
    return None


def inject_latin(story, lines, rng, k):
    for latin, arabic in rotate([(",", "،"), (";", "؛"), ("?", "؟")], k):
        hit = pick(rng, story, lines, "(?<=[%s])%s" % (AR, arabic))
        if hit:
            i, m = hit
            return replaced(lines, i, m.start(), m.end(), latin), i, m.start(), 1, "%s for %s" % (latin, arabic)
        hit = pick(rng, story, lines, "(?<=[%s]{2}) (?=[%s])" % (AR, AR))
        if hit:
            i, m = hit
            return replaced(lines, i, m.start(), m.start(), latin), i, m.start(), 1, "%s (inserted after a word)" % latin
    return None


def inject_unbalanced(story, lines, rng, k):
    for mark in rotate("«»()", k):
        open_, close = ("(", ")") if mark in "()" else ("«", "»")
        if mark in "«(":
            # Before a word, outside the paragraph's pairs, so the stray mark is the one left over.
            pattern, at = "(?<= )(?=[%s]{2})" % AR, lambda m: m.start()
        else:
            pattern, at = "(?<=[%s]{3})(?= )" % AR, lambda m: m.start()
        where = lambda t, m: balanced(t, open_, close) and outside_pairs(t, m.start(), open_, close)
        hit = pick(rng, story, lines, pattern, where)
        if hit:
            i, m = hit
            pos = at(m)
            return replaced(lines, i, pos, pos, mark), i, pos, 1, "stray %s" % mark
    return None


def inject_reversed(story, lines, rng, k):
    # An existing «…» whose opening mark is typed », else a word quoted »…» (after و when it has one).
    hit = pick(rng, story, lines, "(?:(?<=^)|(?<=[ (])|(?<=(?<![^ ])و))«(?=[%s])" % AR, lambda t, m: balanced(t, "«", "»"))
    if hit:
        i, m = hit
        return replaced(lines, i, m.start(), m.end(), "»"), i, m.start(), 1, "« of a quotation typed »"
    hit = pick(rng, story, lines, "(?<= )(و?)([%s]{3,})(?= )" % AR, lambda t, m: "«" not in t and "»" not in t)
    if hit:
        i, m = hit
        waw, word = m.group(1), m.group(2)
        return replaced(lines, i, m.start(), m.end(), waw + "»" + word + "»"), i, m.start() + len(waw), 1, "word quoted »…»" + (" after و" if waw else "")
    return None


def inject_tatweel(story, lines, rng, k):
    spots = []
    for i in body_indices(story):
        for m in PLAIN_WORD.finditer(lines[i]):
            w = m.group()
            spots += [(i, m.start() + j) for j in range(1, len(w) - 1) if len(w) >= 4 and w[j - 1] not in NON_JOINING]
    if not spots:
        return None
    i, pos = rng.choice(spots)
    return replaced(lines, i, pos, pos, "\u0640"), i, pos, 1, "one ـ inside a word"


def inject_mixed_digits(story, lines, rng, k):
    hit = pick(rng, story, lines, "(?<![0-9٠-٩.,٫٬])[0-9]{2,}(?![0-9٠-٩])")
    if hit:
        i, m = hit
        j = rng.randrange(1, len(m.group()))
        digits = m.group()[:j] + INDIC[int(m.group()[j])] + m.group()[j + 1:]
        return replaced(lines, i, m.start(), m.end(), digits), i, m.start(), len(digits), "one ASCII digit made Arabic-Indic"
    hit = pick(rng, story, lines, "(?<![0-9٠-٩])[٠-٩]{2,}(?![0-9٠-٩])")
    if hit:
        i, m = hit
        j = rng.randrange(1, len(m.group()))
        digits = m.group()[:j] + str(INDIC.index(m.group()[j])) + m.group()[j + 1:]
        return replaced(lines, i, m.start(), m.end(), digits), i, m.start(), len(digits), "one Arabic-Indic digit made ASCII"
    return None


FIVE_VERB_CLAUSES = [  # (particle, form, clause with {v}) for stories without a particle and a -وا verb
    ("لن", "ون", "وأكدوا أنهم لن {v} في الاجتماع."), ("لم", "ون", "ولم {v} بعد."), ("أن", "ون", "وعليهم أن {v} قبل الموعد."),
    ("كي", "ون", "وجاؤوا كي {v} في الحوار."), ("حتى", "ون", "وسيبقون هناك حتى {v} مطالبهم."),
    ("لن", "ان", "والطرفان لن {d} قبل الموعد."), ("أن", "ان", "ويجب أن {d} على موعد."), ("لم", "ين", "وأنتِ لم {f} بعد."),
    ("لن", "ين", "وقال لها إنكِ لن {f} وحدك."), ("أن", "ين", "وعليكِ أن {f} قبل الموعد."),
]
PLURALS = ["يشاركون", "يحضرون", "يتمكنون", "يستطيعون", "يوافقون", "يذهبون", "يعودون", "يتراجعون", "يحققون", "يتفقون"]
DUALS = ["يتفقان", "يلتقيان", "يتوصلان", "يوقعان", "يجتمعان"]
FEMININES = ["تذهبين", "تشاركين", "تتراجعي", "تحضرين", "تعودين"]


def inject_five_verbs(story, lines, rng, k):
    # A real «لن يذهبوا» of the story turned «لن يذهبون».
    pattern = "(?<![%s%s])[وف]?(لن|لم|كي|لكي|حتى|أن) ([يت][%s]{2,}و)ا(?![%s%s])" % (AR, MK, AR, AR, MK)
    hit = pick(rng, story, lines, pattern)
    if hit and k % 3 != 2:
        i, m = hit
        verb = m.group(2) + "ن"
        return replaced(lines, i, m.start(2), m.end(), verb), i, m.start(2), len(verb), "%s+ون (the story's verb)" % m.group(1)
    particle, form, clause = FIVE_VERB_CLAUSES[k % len(FIVE_VERB_CLAUSES)]
    verb = rng.choice({"ون": PLURALS, "ان": DUALS, "ين": [f for f in FEMININES if f.endswith("ين")]}[form])
    text = clause.format(v=verb, d=verb, f=verb)
    i = rng.choice(body_indices(story))
    new = lines[i].rstrip() + " " + text
    return replaced(lines, i, 0, len(lines[i]), new), i, len(lines[i].rstrip()) + 1 + text.index(verb), len(verb), "%s+%s (inserted clause)" % (particle, form)


INNA = "إن إنه إنها إنهم إنهما إننا إنني إني إنكم".split()
QALA_CLAUSES = ["وقال أن الوفد سيصل غدا.", "وقالت أنها ستواصل العمل.", "وقالوا أنهم لم يتلقوا أي رد.", "ويقول أن الأمر لم يحسم بعد."]


def inject_qala(story, lines, rng, k):
    pattern = "(?<![%s%s])[وف]?(قال|قالت|قالوا|قالا|يقول|تقول|يقولون) (%s)(?![%s%s])" % (AR, MK, "|".join(sorted(INNA, key=len, reverse=True)), AR, MK)
    hit = pick(rng, story, lines, pattern)
    if hit:
        i, m = hit
        word = "أ" + m.group(2)[1:]
        return replaced(lines, i, m.start(2), m.end(2), word), i, m.start(2), len(word), "%s إن→أن (the story's)" % m.group(1)
    clause = QALA_CLAUSES[k % len(QALA_CLAUSES)]
    i = rng.choice(body_indices(story))
    start = len(lines[i].rstrip()) + 1
    that = clause.split()[1]
    return replaced(lines, i, 0, len(lines[i]), lines[i].rstrip() + " " + clause), i, start + clause.index(that), len(that), "inserted clause"


def inject_repeated_word(story, lines, rng, k):
    if k % 2 == 0:
        hit = pick(rng, story, lines, "(?<![%s%s])(%s)(?= )" % (AR, MK, "|".join(FUNCTION_WORDS)), lambda t, m: not t[m.end() + 1:].startswith(m.group() + " "))
        label = "a small word"
    else:
        hit = None
    if not hit:
        hit = pick(rng, story, lines, PLAIN_WORD.pattern + "(?= )", lambda t, m: m.group() not in INTENDED and len(m.group()) >= 2)
        label = "any word"
    if hit:
        i, m = hit
        return replaced(lines, i, m.end(), m.end(), " " + m.group()), i, m.end(), len(m.group()) + 1, label
    return None


def name_occurrences(lines, name):
    pattern = "(?<![%s%s])%s(?![%s%s])" % (AR, MK, re.escape(name), AR, MK)
    return [(i, m.start()) for i, line in enumerate(lines) for m in re.finditer(pattern, line)]


def inject_name(story, lines, rng, k):
    names = set()
    def person(a, b):
        # «الوزير لإحداث جمعية»: a preposition glued to a verbal noun is no name either.
        return (not ({a, b} & NOT_NAMES) and not any(w.startswith(("ال", "لإ", "لأ", "لل", "بال", "وال")) for w in (a, b)))
    for line in lines:
        names.update("%s %s" % m.groups() for m in re.finditer("«([%s]{3,}) ([%s]{3,})»" % (AR, AR), line) if person(*m.groups()))
        for m in re.finditer("(?<![%s%s])[وف]?(%s) ([%s]{3,}) ([%s]{3,})(?![%s%s])" % (AR, MK, "|".join(PERSON_TITLES), AR, AR, AR, MK), line):
            if person(m.group(2), m.group(3)):
                names.add("%s %s" % (m.group(2), m.group(3)))
    choices = []
    for name in sorted(names):
        occurrences = [(i, c) for i, c in name_occurrences(lines, name) if i >= story["first_body"]]
        total = len(name_occurrences(lines, name))
        if total < 2 or not occurrences:
            continue
        first, last = name.split(" ")
        for w, word in ((1, last), (0, first)):
            swaps = [j for j in range(1, len(word) - 2) if word[j] != word[j + 1]]
            if len(word) >= 4 and swaps:
                choices.append((name, total, occurrences, w, swaps))
                break
    if not choices:
        return None
    name, total, occurrences, w, swaps = rng.choice(choices)
    i, col = rng.choice(occurrences)
    parts = name.split(" ")
    j = rng.choice(swaps)
    word = parts[w]
    parts[w] = word[:j] + word[j + 1] + word[j] + word[j + 2:]
    wrong = " ".join(parts)
    spot = "quoted" if lines[i][col - 1:col] == "«" else "after a title" if re.search("(%s) $" % "|".join(TITLES), lines[i][:col]) else "elsewhere"
    return replaced(lines, i, col, col + len(name), wrong), i, col, len(wrong), "%d occurrences, the changed one %s" % (total, spot)


SENTENCE_END = re.compile("[.؟!][»)\"”]*(?= )")


def sentences(text):
    """Sentences ending in . ؟ ! (and closing marks) before a space or the paragraph's end."""
    start, found = 0, []
    for m in SENTENCE_END.finditer(text):
        found.append(text[start:m.end()].strip())
        start = m.end()
    if re.search("[.؟!][»)\"”]*\\s*$", text[start:]):
        found.append(text[start:].strip())
    return found


def inject_repeated_sentence(story, lines, rng, k):
    body = body_indices(story)
    def clean(i, sentence):
        # Copying a sentence with an error of its own (or half a quotation) would inject two.
        start = lines[i].find(sentence) + 1
        spans = [(f["column"], f["column"] + max(f["length"], 1)) for f in story.get("findings", []) if f["line"] == i + 1]
        return (sentence.count('"') % 2 == 0 and all(balanced(sentence, a, b) for a, b in ("()", "«»", "“”"))
                and not any(a < start + len(sentence) and start < b for a, b in spans))
    choices = [(i, s, body[n + 1:]) for n, i in enumerate(body[:-1]) for s in sentences(lines[i])
               if len(WORD.findall(s)) >= 6 and clean(i, s)]
    if not choices:
        return None
    i, sentence, later = rng.choice(choices)
    j = rng.choice(later)
    target = lines[j].rstrip()
    if re.search("[.؟!][»)\"”]*$", target):
        return replaced(lines, j, 0, len(lines[j]), target + " " + sentence), j, len(target) + 1, len(sentence), "appended to a later paragraph"
    return replaced(lines, j, 0, len(lines[j]), sentence + " " + lines[j]), j, 0, len(sentence), "put before a later paragraph"


def rotate(items, k):
    items = list(items)
    k %= len(items)
    return items[k:] + items[:k]


INJECTIONS = [  # (kind, expected rule, injector)
    ("missing space after . ، ؛ : ؟ ! ) »", "punctuation.space-after", inject_space_after),
    ("space before . ، ؛ ؟ !", "punctuation.space-before", inject_space_before),
    ("space just inside ( ) « »", "brackets.inner-space", inject_inner_space),
    ("double space", "space.double", inject_double_space),
    ("Latin , ; ? after an Arabic word", "punctuation.latin", inject_latin),
    ("stray « » ( )", "brackets.unbalanced", inject_unbalanced),
    ("reversed opening guillemet", "brackets.unbalanced", inject_reversed),
    ("tatweel inside a word", "typography.tatweel", inject_tatweel),
    ("mixed digit scripts in a number", "digits.mixed", inject_mixed_digits),
    ("five verbs keep their nun", "grammar.five-verbs", inject_five_verbs),
    ("قال أن", "grammar.qala-inna", inject_qala),
    ("word repeated", "word.repeated", inject_repeated_word),
    ("name spelt two ways", "names.consistency", inject_name),
    ("sentence repeated", "sentence.repeated", inject_repeated_sentence),
]


def plan_injections(stories, copies, seed):
    """One injected copy per story and round: each copy gets the applicable kind used least so
    far (ties in the cycle's order), so every kind is tried about equally often."""
    rng = random.Random(seed + 1)
    used = collections.Counter()
    planned = []
    for copy in range(copies):
        for n, story in enumerate(stories):
            order = sorted(range(len(INJECTIONS)), key=lambda x: (used[x], (x - n - copy) % len(INJECTIONS)))
            for x in order:
                kind, rule, injector = INJECTIONS[x]
                done = injector(story, story["lines"], rng, used[x])
                if done:
                    lines, i, col, length, variant = done
                    used[x] += 1
                    planned.append(dict(story=story, copy=copy, kind=kind, rule=rule, variant=variant, lines=lines,
                                        line=i + 1, column=col + 1, length=length))
                    break
    return planned


# MARK: - Judgements

def read_judgements(path):
    judged = {}
    if os.path.exists(path):
        for row in open(path, encoding="utf-8"):
            if row.startswith("#") or not row.strip():
                continue
            cols = row.rstrip("\n").split("\t")
            if cols[0] == "id":
                continue
            story, line, column, rule, excerpt, verdict, reason = (cols + [""] * 7)[:7]
            judged[(story, int(line), int(column), rule)] = (verdict, reason, excerpt)
    return judged


def context(lines, f, width=45):
    text = lines[f["line"] - 1]
    a, b = f["column"] - 1, f["column"] - 1 + f["length"]
    return (text[max(0, a - width):a] + "⟦" + text[a:b] + "⟧" + text[b:b + width]).replace("|", "\\|")


# MARK: - Report

def main():
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--nashir", required=True)
    ap.add_argument("--corpus", default=os.path.join(HERE, "..", "..", "shared", "corpus"))
    ap.add_argument("--stories", type=int, default=600)
    ap.add_argument("--copies", type=int, default=3, help="injected copies per story, one error each")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--held-out-from", type=int, metavar="SEED",
                    help="leave out the stories the default sample of seed SEED takes: a sample the rules were never tuned on")
    ap.add_argument("--judgements", default=os.path.join(HERE, "copy-desk-clean-judgements.tsv"))
    ap.add_argument("--list-clean-errors", action="store_true", help="print the clean error findings as TSV rows to judge, and stop")
    args = ap.parse_args()

    files = sorted(glob.glob(os.path.join(args.corpus, "articles", "*.jsonl")))
    exclude = frozenset(s["id"] for s in sample_stories(files, 600, args.held_out_from)) if args.held_out_from is not None else frozenset()
    stories = sample_stories(files, args.stories, args.seed, exclude)
    with tempfile.TemporaryDirectory(prefix="nashir-copy-desk-") as tmp:
        os.makedirs(os.path.join(tmp, "clean"))
        os.makedirs(os.path.join(tmp, "injected"))
        by_path = {}
        for n, story in enumerate(stories):
            path = write_story(os.path.join(tmp, "clean"), "%04d.txt" % n, story["lines"])
            by_path[path] = story
            story["findings"] = []
        for f in check(args.nashir, list(by_path)):
            by_path[f["file"]]["findings"].append(f)

        if args.list_clean_errors:
            judged = read_judgements(args.judgements)
            print("id\tline\tcolumn\trule\texcerpt\tverdict\treason\t# context")
            for story in stories:
                for f in story["findings"]:
                    if f["severity"] == "error":
                        known = judged.get((story["id"], f["line"], f["column"], f["rule"]), ("", "", ""))
                        print("\t".join([story["id"], str(f["line"]), str(f["column"]), f["rule"], f["excerpt"], known[0], known[1],
                                         "# " + context(story["lines"], f)]))
            return

        planned = plan_injections(stories, args.copies, args.seed)
        injected_paths = {}
        for n, item in enumerate(planned):
            path = write_story(os.path.join(tmp, "injected"), "%04d-%d.txt" % (stories.index(item["story"]), item["copy"]), item["lines"])
            injected_paths[path] = item
            item["findings"] = []
        for f in check(args.nashir, list(injected_paths)):
            injected_paths[f["file"]]["findings"].append(f)

    report(args, files, stories, planned)


def carried_over(item):
    """The clean story's findings as they would sit in the injected copy: on the changed line,
    those after the change move by the line's growth; those over the change match any finding
    of theirs over it. [((rule, severity, line), column, changed span or None)]"""
    line = item["line"] - 1
    old, new = item["story"]["lines"][line], item["lines"][line]
    prefix = 0
    while prefix < min(len(old), len(new)) and old[prefix] == new[prefix]:
        prefix += 1
    suffix = 0
    while suffix < min(len(old), len(new)) - prefix and old[-1 - suffix] == new[-1 - suffix]:
        suffix += 1
    result = []
    for f in item["story"]["findings"]:
        column, changed = f["column"], None
        if f["line"] == item["line"]:
            start, end = f["column"] - 1, f["column"] - 1 + f["length"]
            if start >= len(old) - suffix:
                column += len(new) - len(old)
            elif end > prefix:
                changed = (item["line"], prefix + 1, len(new) - suffix - prefix)
        result.append(((f["rule"], f["severity"], f["line"]), column, changed))
    return result


def report(args, files, stories, planned):
    out = []
    w = out.append
    paragraphs = sum(len(s["lines"]) for s in stories)
    by_source = collections.defaultdict(lambda: [0, 0, 0])
    for s in stories:
        by_source[s["source"]][0] += 1
        by_source[s["source"]][1] += len(s["lines"])
        by_source[s["source"]][2] += sum(f["severity"] == "error" for f in s["findings"])

    # Injected set: found = a finding of the expected rule over the injected span.
    recall = collections.OrderedDict()
    variants = collections.OrderedDict()
    misses = collections.defaultdict(list)
    introduced = collections.Counter()
    introduced_examples = collections.defaultdict(list)
    repeated_severity = collections.Counter()
    for item in planned:
        hits = [f for f in item["findings"] if f["rule"] == item["rule"] and overlaps(f, item["line"], item["column"], item["length"])]
        found = bool(hits)
        if item["rule"] == "sentence.repeated" and hits:
            repeated_severity[hits[0]["severity"]] += 1
        for table, k in ((recall, item["kind"]), (variants, (item["kind"], item["variant"]))):
            table.setdefault(k, [item["rule"], 0, 0])
            table[k][1] += 1
            table[k][2] += found
        if not found:
            misses[item["kind"]].append(item)
        clean = carried_over(item)
        for f in item["findings"]:
            if f in hits:
                continue
            same = next((c for c in clean if c[0] == (f["rule"], f["severity"], f["line"]) and (c[1] == f["column"] or c[2] and overlaps(f, *c[2]))), None)
            if same:
                clean.remove(same)
                continue
            introduced[(f["rule"], f["severity"])] += 1
            if len(introduced_examples[(f["rule"], f["severity"])]) < 3:
                introduced_examples[(f["rule"], f["severity"])].append((item, f))

    w("# Copy desk: labelled evaluation")
    w("")
    load = open("/proc/loadavg").read().split()[:3] if os.path.exists("/proc/loadavg") else ["?"]
    w("`Benchmarks/copy-desk-evaluation.sh` (%s; binary `%s`; load %s)" % (datetime.date.today().isoformat(), args.nashir, " ".join(load)))
    w("")
    w("Sample: %d stories (seed %d), %d from each of %d corpus files, %d paragraphs (the headline counts as the first, as "
      "`nashir check` reads JSON Lines; body paragraphs as the corpus gives them). Each story is one text file, one paragraph a "
      "line, all checked by one `nashir check --json --format text` process. Injected set: %d copies of each story, each copy "
      "with exactly one error, the kind chosen in turn among those the story has room for (%d injected copies)."
      % (len(stories), args.seed, -(-args.stories // len(files)), len(files), paragraphs, args.copies, len(planned)))
    w("")
    if args.held_out_from is not None:
        w("Held out: none of these stories is in the sample of seed %d, on which the rules and the judgements were made; "
          "the injector is the same one." % args.held_out_from)
        w("")
    w("## Recall on injected errors")
    w("")
    w("An injection is found when a finding of the expected rule overlaps the injected span (line, column, length in Unicode "
      "scalars); a repeated sentence is found by any `sentence.repeated` finding over the copy.")
    w("")
    w("| injected error | rule | injected | found | recall |")
    w("| --- | --- | ---: | ---: | ---: |")
    total = [0, 0]
    for kind, (rule, n, found) in recall.items():
        w("| %s | `%s` | %d | %d | %.2f |" % (kind, rule, n, found, found / n))
        total[0] += n
        total[1] += found
    w("| **all** | | **%d** | **%d** | **%.3f** |" % (total[0], total[1], total[1] / max(total[0], 1)))
    w("")
    if repeated_severity:
        w("Repeated sentences found as: %s." % ", ".join("%s %d" % kv for kv in sorted(repeated_severity.items())))
        w("")
    w("<details><summary>By variant</summary>")
    w("")
    w("| injected error | variant | injected | found | recall |")
    w("| --- | --- | ---: | ---: | ---: |")
    order = {kind: n for n, (kind, _, _) in enumerate(INJECTIONS)}
    for (kind, variant), (rule, n, found) in sorted(variants.items(), key=lambda kv: (order[kv[0][0]], kv[0][1])):
        w("| %s | %s | %d | %d | %.2f |" % (kind, variant, n, found, found / n))
    w("")
    w("</details>")
    w("")
    if misses:
        w("### Misses (up to 6 per kind)")
        w("")
        for kind, items in misses.items():
            w("- **%s** (%d missed):" % (kind, len(items)))
            for item in items[:6]:
                fake = dict(line=item["line"], column=item["column"], length=item["length"])
                seen = sorted({f["rule"] for f in item["findings"] if overlaps(f, item["line"], item["column"], item["length"])})
                w("  - `%s` line %d, %s: …%s… %s" % (item["story"]["id"], item["line"], item["variant"], context(item["lines"], fake, 30),
                                                   "(there: %s)" % ", ".join(seen) if seen else ""))
        w("")
    w("### Findings the injections brought besides the expected one")
    w("")
    n_introduced = sum(introduced.values())
    w("%d findings on the injected copies that the clean story did not have (matched by rule, severity, line and column, "
      "the columns after the change moved by its length) and that are not the expected finding: %.2f per injected copy." % (n_introduced, n_introduced / max(len(planned), 1)))
    w("")
    if introduced:
        w("| rule | severity | count | examples (injected error → finding) |")
        w("| --- | --- | ---: | --- |")
        for (rule, severity), count in introduced.most_common():
            examples = "; ".join("%s → …%s…" % (item["kind"], context(item["lines"], f, 20)) for item, f in introduced_examples[(rule, severity)])
            w("| `%s` | %s | %d | %s |" % (rule, severity, count, examples))
        w("")

    # Clean set.
    w("## Clean copy: findings per 100 paragraphs")
    w("")
    per_rule = collections.Counter((f["rule"], f["severity"]) for s in stories for f in s["findings"])
    errors = sum(c for (r, sev), c in per_rule.items() if sev == "error")
    warnings = sum(c for (r, sev), c in per_rule.items() if sev == "warning")
    judged = read_judgements(args.judgements)
    clean_errors = [(s, f) for s in stories for f in s["findings"] if f["severity"] == "error"]
    verdicts = [judged.get((s["id"], f["line"], f["column"], f["rule"])) for s, f in clean_errors]
    real = sum(1 for v in verdicts if v and v[0] == "real")
    unjudged = sum(1 for v in verdicts if not v)
    false_alarms = len(clean_errors) - real
    w("Errors: **%d** on %d paragraphs = **%.2f per 100 paragraphs** (target ≤ 1). Judged by hand "
      "(copy-desk-clean-judgements.tsv): %d real errors in the corpus, %d false alarms%s = **%.2f false alarms per 100 "
      "paragraphs**. Warnings: %d = %.2f per 100 paragraphs."
      % (errors, paragraphs, 100 * errors / paragraphs, real, false_alarms,
         " (%d not judged yet, counted as false)" % unjudged if unjudged else "", 100 * false_alarms / paragraphs,
         warnings, 100 * warnings / paragraphs))
    w("")
    w("| rule | severity | findings | per 100 paragraphs | judged real | false alarms |")
    w("| --- | --- | ---: | ---: | ---: | ---: |")
    for (rule, sev), count in sorted(per_rule.items(), key=lambda kv: (kv[0][1] != "error", -kv[1])):
        if sev == "error":
            rr = sum(1 for (s, f), v in zip(clean_errors, verdicts) if f["rule"] == rule and v and v[0] == "real")
            w("| `%s` | %s | %d | %.2f | %d | %d |" % (rule, sev, count, 100 * count / paragraphs, rr, count - rr))
        else:
            w("| `%s` | %s | %d | %.2f | | |" % (rule, sev, count, 100 * count / paragraphs))
    w("")
    w("| source | stories | paragraphs | errors | errors per 100 paragraphs |")
    w("| --- | ---: | ---: | ---: | ---: |")
    for source, (n, p, e) in sorted(by_source.items()):
        w("| %s | %d | %d | %d | %.2f |" % (source, n, p, e, 100 * e / p))
    w("")
    w("### Error findings on clean copy, judged")
    w("")
    w("⟦⟧ marks the flagged span. *real*: the corpus has that error; *false*: the copy is right (or the finding is not the error it names).")
    w("")
    w("| story | line | rule | context | verdict | reason |")
    w("| --- | ---: | --- | --- | --- | --- |")
    for (s, f), v in zip(clean_errors, verdicts):
        verdict, reason = (v[0], v[1]) if v else ("not judged", "")
        w("| %s | %d | `%s` | %s | %s | %s |" % (s["id"], f["line"], f["rule"], context(s["lines"], f, 30), verdict, reason.replace("|", "\\|")))
    w("")
    print("\n".join(out))


if __name__ == "__main__":
    main()
