#!/usr/bin/env python3
"""Grouping of a fully dated day's folder, measured on the BBC corpus.

`brief daily` mostly meets a folder of one day's or one month's articles,
all dated.  The BBC corpus (5 categories, 2,225 articles) has no dates, so
a copy of it is made as symbolic links <category>/2005-03-DD-<file>, DD
drawn uniformly from 1-28 (random.seed(7), one draw per file, categories
and files in sorted order: "month"), or DD 01 for every file ("day").
Each copy is grouped by build/tests/groupeval (the library's defaults,
days from the file names), and B-cubed precision against the categories
is reported on the whole corpus and on each half (CRC-32 of
"category/file" even: tuning, odd: held out, as scripts/eval-junk.py; the
groups are those of the whole corpus, each half's figure averages its own
articles).  Also the undated corpus, for comparison.
--show prints the mixed groups holding tuning articles (tuning articles
only; held-out ones are counted, never named).
Usage: scripts/bbc-dated.py [--show] [groupeval options...]
  BUILD=build SHARED=../shared
"""
import os
import random
import subprocess
import sys
import tempfile
import zlib

BUILD = os.environ.get("BUILD", "build")
SHARED = os.environ.get("SHARED", "../shared")
CORPUS = os.path.join(SHARED, "corpus", "bbc")


def files():
    out = []
    for cat in sorted(os.listdir(CORPUS)):
        d = os.path.join(CORPUS, cat)
        if os.path.isdir(d):
            out += [(cat, f) for f in sorted(os.listdir(d)) if f.endswith(".txt")]
    return out


def half(cat, f):
    return "tuning" if zlib.crc32((cat + "/" + f).encode()) % 2 == 0 else "held-out"


def copy(root, form):
    """The corpus as links under root; returns {link name: (cat, file)}."""
    rnd = random.Random(7)
    names = {}
    for cat, f in files():
        if form == "undated":
            link = f
        else:
            dd = rnd.randint(1, 28) if form == "month" else 1
            link = "2005-03-%02d-%s" % (dd, f)
        os.makedirs(os.path.join(root, cat), exist_ok=True)
        os.symlink(os.path.abspath(os.path.join(CORPUS, cat, f)), os.path.join(root, cat, link))
        names[cat + "/" + link] = (cat, f)
    return names


def main():
    args = sys.argv[1:]
    show = "--show" in args
    args = [a for a in args if a != "--show"]
    if not os.path.isdir(CORPUS):
        print("bbc-dated: skipped: no corpus at %s (set SHARED=/path/to/shared)" % CORPUS)
        return 0
    tool = os.path.join(BUILD, "tests", "groupeval")
    for form in ("month", "day", "undated"):
        with tempfile.TemporaryDirectory() as tmp:
            names = copy(tmp, form)
            extra = ["-0"] if form == "undated" else []
            out = subprocess.run([tool, "-g", "1"] + extra + args + [tmp], check=True,
                                 capture_output=True, text=True).stdout
        groups = []
        for line in out.splitlines():
            if line.startswith("group "):
                groups.append([m for m in line.split(":", 1)[1].split()])
        prec = {"all": [], "tuning": [], "held-out": []}
        for g in groups:
            cats = [names[m][0] for m in g]
            for m in g:
                cat, f = names[m]
                p = cats.count(cat) / len(g)
                prec["all"].append(p)
                prec[half(cat, f)].append(p)
            if show and len(set(cats)) > 1:
                tun = [m for m in g if half(*names[m]) == "tuning"]
                if tun:
                    print("  %s mixed group (%d, %d held out): %s"
                          % (form, len(g), len(g) - len(tun), " ".join(tun)))
        print("BBC %-7s groups %4d  precision all %.3f  tuning %.3f  held-out %.3f"
              % (form, len(groups), *(sum(prec[h]) / len(prec[h])
                                      for h in ("all", "tuning", "held-out"))))
    return 0


if __name__ == "__main__":
    sys.exit(main())
