#!/usr/bin/env python3
"""Word-level F1 of Nashir's web-page import against clean text, beside trafilatura.

Pages: the corpus's HTML pairs (../shared/corpus/html/*/NAME.html + NAME.txt, the tuning set)
and the held-out pages listed in html-heldout.tsv, cached outside the repository. Nashir is
measured through the product path: `nashir import --format html --json` into a temporary
database, then `nashir export`. Prints a Markdown report; see html-extraction.sh.
"""
import argparse, gzip, json, os, re, statistics, subprocess, sys, tempfile, unicodedata, urllib.request
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
ARABIC_MARKS = re.compile("[\u064B-\u065F\u0670\u0640]")  # harakat, dagger alef, tatweel
INVISIBLE = re.compile("[\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]")  # zero-width and bidi marks


def words(text):
    """Words as a reader counts them: NFKC, diacritics, tatweel and invisible marks out (a
    right-to-left mark inside a word does not split it), punctuation apart."""
    text = INVISIBLE.sub("", ARABIC_MARKS.sub("", unicodedata.normalize("NFKC", text or "")))
    return re.findall(r"\w+", text.lower())


def f1(extracted, truth):
    got, want = Counter(words(extracted)), Counter(words(truth))
    overlap = sum((got & want).values())
    if not overlap:
        return 0.0, 0.0, 0.0
    precision, recall = overlap / sum(got.values()), overlap / sum(want.values())
    return 2 * precision * recall / (precision + recall), precision, recall


def same_headline(got, want):
    norm = lambda s: " ".join(words(s))
    return bool(got) and norm(got) == norm(want)


# MARK: - Pages

def corpus_pages(corpus):
    root = os.path.join(corpus, "html")
    for site in sorted(os.listdir(root)) if os.path.isdir(root) else []:
        for name in sorted(os.listdir(os.path.join(root, site))):
            if not name.endswith(".html"):
                continue
            base = os.path.join(root, site, name[:-5])
            doc = open(base + ".txt", encoding="utf-8").read()
            text = re.search(r"<TEXT>(.*?)</TEXT>", doc, re.S).group(1)
            title = re.search(r"<TITLE>(.*?)</TITLE>", doc, re.S).group(1).strip()
            yield dict(name=name[:-5], site=site, set="tuning", path=base + ".html", truth=text, headline=title,
                       origin="../shared/corpus/html/%s/%s (truth: the corpus's .txt)" % (site, name))


def fetch_file(repo, commit, path, mirrors):
    """A file of a public repository at a commit: from a local mirror when there is one, else GitHub."""
    mirror = os.path.join(mirrors, repo.replace("/", "+"), "repo")
    if os.path.isdir(mirror):
        return subprocess.run(["git", "-C", mirror, "show", "%s:%s" % (commit, path)], check=True, capture_output=True).stdout
    url = "https://raw.githubusercontent.com/%s/%s/%s" % (repo, commit, path)
    with urllib.request.urlopen(url, timeout=60) as reply:
        return reply.read()


def heldout_pages(manifest, cache, mirrors, subset="held-out"):
    """The pages a manifest lists (7 tab-separated columns, an 8th, the section label, optional)."""
    os.makedirs(cache, exist_ok=True)
    for line in open(manifest, encoding="utf-8"):
        if line.startswith("#") or not line.strip():
            continue
        columns = line.rstrip("\n").split("\t")
        name, site, repo, commit, path, truth_spec, headline = columns[:7]
        section = columns[7] if len(columns) > 7 else None
        page = os.path.join(cache, name + ".html")
        if not os.path.exists(page):
            data = fetch_file(repo, commit, path, mirrors)
            if path.endswith(".gz"):
                data = gzip.decompress(data)
            open(page, "wb").write(data)
        kind, ref = truth_spec.split(" ", 1)
        truth_file = os.path.join(cache, name + ".truth.txt")
        if not os.path.exists(truth_file):
            if kind == "text":
                truth = fetch_file(repo, commit, ref, mirrors).decode("utf-8")
            elif kind == "json-paragraphs":
                data = json.loads(fetch_file(repo, commit, ref, mirrors))
                version = data[sorted(data)[-1]]
                body = version["body"]
                truth = "\n\n".join(body.get("summary", []) + [p for s in body["sections"] for p in s.get("headline", []) + s["paragraphs"]])
            elif kind == "xpath":
                import lxml.html
                tree = lxml.html.fromstring(open(page, "rb").read())
                truth = "\n\n".join(" ".join(e.text_content().split()) for e in tree.xpath(ref))
            else:
                sys.exit("unknown truth kind %s" % kind)
            open(truth_file, "w", encoding="utf-8").write(truth)
        yield dict(name=name, site=site, set=subset, path=page, truth=open(truth_file, encoding="utf-8").read(), headline=headline, section=section,
                   origin="%s@%s:%s (truth: %s)" % (repo, commit[:10], path, truth_spec))


# MARK: - Extractors

def nashir(pages, binary):
    with tempfile.TemporaryDirectory() as folder:
        db = os.path.join(folder, "nashir.sqlite")
        ids = {}
        for page in pages:
            run = subprocess.run([binary, "import", "--db", db, "--format", "html", "--json", page["path"]], capture_output=True, text=True)
            if run.returncode != 0:
                print("nashir failed on %s: %s" % (page["name"], run.stderr.strip()), file=sys.stderr)
                continue
            ids[json.loads(run.stdout.splitlines()[-1])["id"]] = page["name"]
        export = subprocess.run([binary, "export", "--db", db], capture_output=True, text=True, check=True).stdout
        # Export is in id order, which is import order.
        lines = [json.loads(line) for line in export.splitlines() if line.strip()]
        results = {}
        for (article_id, name), line in zip(sorted(ids.items()), lines):
            dateline = line.get("dateline") or {}
            opening = " ".join(x for x in [dateline.get("place"), dateline.get("source")] if x)
            results[name] = dict(headline=line.get("headline"), text=opening + "\n\n" + line.get("body", ""))
        return results


def trafilatura_results(pages):
    import trafilatura
    results = {}
    for page in pages:
        html = open(page["path"], "rb").read()
        document = trafilatura.bare_extraction(html, with_metadata=True)
        get = (lambda key: getattr(document, key, None)) if document is not None and not isinstance(document, dict) else (lambda key: (document or {}).get(key))
        results[page["name"]] = dict(headline=get("title"), text=get("text") or "")
    return results


# MARK: - Report

def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--nashir", required=True)
    parser.add_argument("--corpus", default=os.path.join(HERE, "..", "..", "shared", "corpus"))
    parser.add_argument("--cache", default=os.path.join(HERE, "..", "..", "heldout-pages"))
    parser.add_argument("--mirrors", default="/work/.mirror")
    parser.add_argument("--manifest", default=os.path.join(HERE, "html-heldout.tsv"))
    args = parser.parse_args()

    pages = list(corpus_pages(args.corpus)) + list(heldout_pages(args.manifest, args.cache, args.mirrors))
    tools = {"Nashir": nashir(pages, args.nashir), "trafilatura": trafilatura_results(pages)}
    import trafilatura
    print("| set | page | site | Nashir F1 (P/R) | trafilatura F1 (P/R) | Nashir headline | trafilatura headline |")
    print("|---|---|---|---|---|---|---|")
    scores = {tool: {} for tool in tools}
    for page in pages:
        row = [page["set"], page["name"], page["site"]]
        heads = []
        for tool, results in tools.items():
            got = results.get(page["name"], dict(headline=None, text=""))
            score = f1(got["text"], page["truth"])
            ok = same_headline(got["headline"], page["headline"])
            scores[tool][page["name"]] = (score[0], ok, page["set"])
            row.append("%.3f (%.2f/%.2f)" % score)
            heads.append("yes" if ok else "no: %s" % (got["headline"] or "—")[:60])
        print("| " + " | ".join(row + heads) + " |")
    print()
    print("| tool | set | pages | mean F1 | min F1 | headline exactly right |")
    print("|---|---|---|---|---|---|")
    for subset in ["tuning", "held-out", "all"]:
        for tool in tools:
            chosen = [v for v in scores[tool].values() if subset == "all" or v[2] == subset]
            if not chosen:
                continue
            f1s = [v[0] for v in chosen]
            right = sum(v[1] for v in chosen)
            print("| %s | %s | %d | %.3f | %.3f | %d/%d (%.0f %%) |" % (
                tool, subset, len(chosen), statistics.mean(f1s), min(f1s), right, len(chosen), 100 * right / len(chosen)))
    print()
    print("trafilatura %s; pages:" % trafilatura.__version__)
    for page in pages:
        print("- %s: %s" % (page["name"], page["origin"]))


if __name__ == "__main__":
    main()
