#!/usr/bin/env python3
"""make eval (key points part): the key points of `brief story` on the DUC
2003 clusters, per half (scripts/duc-halves.sh: CRC-32 of the name, even =
tuning), scored three ways:

- coverage: ROUGE-1/2 recall of the points against the 4 human summaries
  (../shared/tools/rouge.py, as scripts/eval.sh calls it), at 100 words
  (the points in the order shown: core facts first pay) and whole;
- redundancy: pairs of points of one brief that share most of their
  content words (overlap coefficient of folded content-word stems, names
  folded like transliterations: y/j -> i, doubled letters, dh -> d, q -> k,
  so "Zelenskyy" and "Zelensky" count as one word), at 0.3 and 0.5; and
  the same over the words that are not names (capitalised mid-sentence),
  at 0.3: two points about one person are not one fact;
- dangling: points opening with a pronoun or demonstrative, or with "the
  <word>" whose word neither the lead nor an earlier point has used.

Only the figures of the held-out half are printed, never its texts.
Usage: scripts/eval-keypoints.py [--half tuning|held-out|both] [--show]
  (--show prints the tuning half's points; refused for held-out)
  BRIEF=build/brief SHARED=../shared
"""
import json
import os
import re
import subprocess
import sys
import tempfile

BRIEF = os.environ.get("BRIEF", "build/brief")
SHARED = os.environ.get("SHARED", "../shared")
DATA = os.path.join(SHARED, "eval", "duc2003")
ROUGE = os.path.join(SHARED, "tools", "rouge.py")
HERE = os.path.dirname(os.path.abspath(__file__))

STOP = set()
with open(os.path.join(HERE, "..", "stopwords", "english.txt"), encoding="utf-8") as f:
    for line in f:
        w = line.strip().lower()
        if w and not w.startswith("#"):
            STOP.add(w)
STOP |= {"said", "says", "say", "told", "would", "also", "could", "one", "two", "new"}

OPENERS = {"he", "she", "it", "they", "them", "him", "his", "her", "its", "their",
           "this", "these", "those", "that", "such", "but", "and", "or", "so", "yet",
           "also", "however", "meanwhile", "then", "thus", "instead", "still"}


def fold(word):
    w = word.lower()
    w = re.sub(r"[^a-z]", "", w)
    w = w.replace("dh", "d").replace("kh", "k").replace("q", "k").replace("ph", "f")
    w = re.sub(r"[yj]", "i", w).replace("w", "v")
    w = re.sub(r"(.)\1+", r"\1", w)
    return w[:6]


def content(text, names=True):
    words = re.findall(r"[A-Za-z][A-Za-z'-]*", text)
    return {fold(w) for k, w in enumerate(words)
            if w.lower() not in STOP and len(fold(w)) >= 3
            and (names or k == 0 or not w[0].isupper())}


def overlap(a, b):
    return len(a & b) / min(len(a), len(b)) if a and b else 0.0


def dangling(text, before):
    words = re.findall(r"[A-Za-z][A-Za-z'-]*", text)
    if not words:
        return False
    first = words[0].lower().split("'")[0]
    if first in OPENERS:
        return True
    if first == "the" and len(words) > 1 and words[1][0].islower():
        seen = set()
        for t in before:
            seen |= {fold(w) for w in re.findall(r"[A-Za-z][A-Za-z'-]*", t)}
        return fold(words[1]) not in seen
    return False


def halves(name):
    out = subprocess.run(["sh", os.path.join(HERE, "duc-halves.sh"), DATA, name],
                         capture_output=True, text=True, check=True).stdout
    return out.split()


def rouge(sumdir, clusters, limit):
    cmd = [sys.executable, ROUGE, "--summaries", sumdir, "--data", DATA,
           "--clusters", ",".join(clusters), "--resamples", "0"] + limit
    out = subprocess.run(cmd, capture_output=True, text=True, check=True).stdout
    r = {}
    for line in out.splitlines():
        m = re.match(r"^(ROUGE-[12]) +Average_R: ([0-9.]+)", line)
        if m:
            r[m.group(1)] = float(m.group(2))
    return r


def run_half(half, show):
    clusters = halves(half)
    tmp = tempfile.mkdtemp()
    pairs = red3 = red5 = redw = npoints = dang = words = 0
    for c in clusters:
        files = sorted(os.path.join(DATA, c, f) for f in os.listdir(os.path.join(DATA, c))
                       if f.endswith(".txt"))
        out = subprocess.run([BRIEF, "story", "-q", "-f", "json"] + files,
                             capture_output=True, text=True, timeout=120)
        if out.returncode != 0:
            sys.exit("eval-keypoints: brief failed on " + c)
        d = json.loads(out.stdout)
        pts = [p["text"] for p in d.get("key_points", [])]
        with open(os.path.join(tmp, c + ".txt"), "w", encoding="utf-8") as f:
            f.write("\n".join(pts) + "\n")
        cw = [content(p) for p in pts]
        cn = [content(p, names=False) for p in pts]
        for i in range(len(pts)):
            words += len(pts[i].split())
            if dangling(pts[i], [d.get("lead") or ""] + pts[:i]):
                dang += 1
            for j in range(i + 1, len(pts)):
                o = overlap(cw[i], cw[j])
                pairs += 1
                red3 += o >= 0.3
                red5 += o >= 0.5
                redw += overlap(cn[i], cn[j]) >= 0.3
        npoints += len(pts)
        if show and half == "tuning":
            print("== " + c + "  lead: " + (d.get("lead") or ""))
            for i, p in enumerate(pts):
                print("  - " + p)
    at100 = rouge(tmp, clusters, ["--words", "100"])
    whole = rouge(tmp, clusters, ["--no-limit"])
    print("key points %s half (%d clusters, %d points, %.0f words each): "
          "R-1/R-2 at 100 words %.5f %.5f, whole %.5f %.5f; "
          "redundant pairs %d (>=0.3) %d (>=0.5), without names %d (>=0.3), of %d; dangling %d"
          % (half, len(clusters), npoints, words / max(npoints, 1),
             at100.get("ROUGE-1", 0), at100.get("ROUGE-2", 0),
             whole.get("ROUGE-1", 0), whole.get("ROUGE-2", 0), red3, red5, redw, pairs, dang))
    for f in os.listdir(tmp):
        os.unlink(os.path.join(tmp, f))
    os.rmdir(tmp)


def main():
    if not os.path.isdir(DATA) or not os.path.isfile(ROUGE):
        print("eval-keypoints: skipped: the DUC 2003 data or the ROUGE scorer is not at " + SHARED)
        return
    half = "both"
    show = "--show" in sys.argv
    if "--half" in sys.argv:
        half = sys.argv[sys.argv.index("--half") + 1]
    for h in (["tuning", "held-out"] if half == "both" else [half]):
        run_half(h, show)


if __name__ == "__main__":
    main()
