#!/usr/bin/env python3
"""make eval (page junk part): BBC News articles (../shared/corpus/bbc,
headline on line 1) wrapped in invented page furniture, then `brief
summarize` and `brief story` run on each page; every output line that is
not from the article itself is junk.

The furniture is teasers for OTHER stories (other BBC headlines, with or
without a first sentence of that story), in six forms that cycle: "Read
more:" lines after the body; a "Related stories" heading and bare
headlines; "Also in the news" with headline and excerpt; a share/subscribe
footer followed by teasers; "Read more:"/"Related:" lines between
paragraphs; bare headlines with excerpts after the body, no footer.

The articles are cut in two by the CRC-32 of "category/file" (even:
tuning, odd: held out).  Only counts are printed for the held-out half;
--show prints the junk lines of the tuning half.
Usage: scripts/eval-junk.py [--half tuning|held-out|both] [--n N] [--form K] [--show]
  (--form K wraps every page in form K, 0-5, instead of cycling; with a
  large --n, such as the whole tuning half, it is the larger sample to
  study one form on)
  BRIEF=build/brief SHARED=../shared
"""
import json
import os
import subprocess
import sys
import tempfile
import zlib

BRIEF = os.environ.get("BRIEF", "build/brief")
SHARED = os.environ.get("SHARED", "../shared")
CORPUS = os.path.join(SHARED, "corpus", "bbc")


def fold(s):
    return " ".join(s.split())


def articles(half):
    want = 0 if half == "tuning" else 1
    out = []
    for cat in sorted(os.listdir(CORPUS)):
        d = os.path.join(CORPUS, cat)
        if not os.path.isdir(d):
            continue
        for f in sorted(os.listdir(d)):
            key = cat + "/" + f
            if f.endswith(".txt") and zlib.crc32(key.encode()) % 2 == want:
                out.append((zlib.crc32(("order" + key).encode()), cat, os.path.join(d, f)))
    out.sort()
    return out


def read(path):
    with open(path, encoding="latin-1") as f:
        lines = f.read().split("\n")
    title = lines[0].strip()
    paras = [fold(p) for p in "\n".join(lines[1:]).split("\n\n") if p.strip()]
    return title, paras


def first_sentence(paras):
    p = paras[0] if paras else ""
    for end in (". ", "? ", "! "):
        k = p.find(end)
        if k > 0:
            return p[:k + 1]
    return p


SHARE = ["Share this article", "Share on Facebook Share on Twitter Email",
         "Subscribe to our daily newsletter for the latest news."]


def wrap(kind, paras, others):
    """The page body: paras with teasers for others (title, excerpt)."""
    t = others
    body = list(paras)
    if kind == 0:
        return body + ["Read more: " + t[0][0], "Read more: " + t[1][0], "Read more: " + t[2][0]]
    if kind == 1:
        return body + ["Related stories"] + [x[0] for x in t[:3]]
    if kind == 2:
        return body + ["Also in the news", t[0][0], t[0][1], t[1][0], t[1][1]]
    if kind == 3:
        return body + SHARE + [t[0][0], t[0][1], t[1][0], t[1][1], t[2][0]]
    if kind == 4:
        mid = body[:2] + ["Read more: " + t[0][0]] + body[2:4] + ["Related: " + t[1][0]] + body[4:]
        return mid
    return body + [t[0][0], t[0][1], t[1][0], t[1][1]]


def outputs(path):
    """Lines brief shows for the page: summary sentences, brief parts."""
    lines = []
    s = subprocess.run([BRIEF, "summarize", "-q", path], capture_output=True, text=True, timeout=120)
    lines += [("summarize", l) for l in s.stdout.split("\n") if l.strip()]
    s = subprocess.run([BRIEF, "story", "-q", "-f", "json", path], capture_output=True, text=True, timeout=120)
    if s.returncode == 0 and s.stdout.strip():
        d = json.loads(s.stdout)
        for k in ("headline", "lead"):
            if d.get(k):
                lines.append(("story " + k, d[k]))
        lines += [("story point", p["text"]) for p in d.get("key_points", [])]
        lines += [("story quote", q["text"]) for q in d.get("quotes", [])]
    return lines


def from_article(line, own):
    """Most of the line's 5-word runs stand in the article: quotes are
    rebuilt from several sentences and need not stand in it whole."""
    line = fold(line)
    if line in own:
        return True
    w = line.split()
    runs = [" ".join(w[k:k + 5]) for k in range(max(len(w) - 4, 1))]
    return sum(r in own for r in runs) * 2 >= len(runs)


def run_half(half, n, show, form=None):
    arts = articles(half)
    pool = arts[n:] + arts[:n]
    tmp = tempfile.mkdtemp()
    total = junk = pages = 0
    by_kind = [0] * 6
    for i, (_, cat, path) in enumerate(arts[:n]):
        title, paras = read(path)
        others = []
        for _, ocat, opath in pool[3 * i:] + pool[:3 * i]:
            if ocat != cat:
                ot, op = read(opath)
                others.append((ot, first_sentence(op)))
            if len(others) == 3:
                break
        kind = i % 6 if form is None else form
        page = os.path.join(tmp, "page%03d.txt" % i)
        with open(page, "w", encoding="utf-8") as f:
            f.write(title + "\n\n" + "\n\n".join(wrap(kind, paras, others)) + "\n")
        own = fold(title + " " + " ".join(paras))
        pages += 1
        for what, line in outputs(page):
            total += 1
            if not from_article(line, own):
                junk += 1
                by_kind[kind] += 1
                if show and half == "tuning":
                    print("junk (%s, form %d, %s): %s" % (what, kind, path, line))
        os.unlink(page)
    os.rmdir(tmp)
    print("junk %s half: %d pages, %d of %d output lines not from the article "
          "(by form: %s)" % (half, pages, junk, total, " ".join(str(k) for k in by_kind)))


def main():
    if not os.path.isdir(CORPUS):
        print("eval-junk: skipped: the BBC corpus is not at " + CORPUS)
        return
    half = "both"
    n = 150
    if "--half" in sys.argv:
        half = sys.argv[sys.argv.index("--half") + 1]
    if "--n" in sys.argv:
        n = int(sys.argv[sys.argv.index("--n") + 1])
    form = None
    if "--form" in sys.argv:
        form = int(sys.argv[sys.argv.index("--form") + 1])
    show = "--show" in sys.argv
    for h in (["tuning", "held-out"] if half == "both" else [half]):
        run_half(h, n, show, form)


if __name__ == "__main__":
    main()
