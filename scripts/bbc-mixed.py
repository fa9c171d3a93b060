#!/usr/bin/env python3
"""Grouping of a day of varied news: folders of N articles drawn at random
from the BBC corpus (all five categories, years of news, no dates), grouped
by tests/tools/groupeval without dates.  Articles drawn so are nearly all
separate events, so every story of two or more is a join to look at: the
script prints their count and, with --show, their headlines.  No gold: it
is a check on joins, not a score.
With --duc-pairs HALF (tuning, held-out: scripts/duc-halves.sh), each
folder also holds two articles of each of 5 DUC 2003 stories of that half,
true pairs among BBC articles that are each a story of their own (30 a
folder then), and the script prints B-cubed precision, recall and F1
averaged over the folders.
Usage: scripts/bbc-mixed.py [--folders 15] [--size 40] [--seed 100] [--show]
                            [--duc-pairs tuning|held-out]
  BUILD=build SHARED=../shared
"""
import argparse
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile

BUILD = os.environ.get("BUILD", "build")
SHARED = os.environ.get("SHARED", "../shared")
ROOT = os.path.join(SHARED, "corpus", "bbc")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--folders", type=int, default=15)
    ap.add_argument("--size", type=int, default=40)
    ap.add_argument("--seed", type=int, default=100)
    ap.add_argument("--show", action="store_true")
    ap.add_argument("--duc-pairs", choices=["tuning", "held-out"])
    a = ap.parse_args()
    if a.duc_pairs:
        return duc_pairs(a)
    if not os.path.isdir(ROOT):
        print("bbc-mixed: skipped: no corpus at " + ROOT)
        return
    ge = os.path.join(BUILD, "tests", "groupeval")
    files = [(c, f) for c in sorted(os.listdir(ROOT)) if os.path.isdir(os.path.join(ROOT, c))
             for f in sorted(os.listdir(os.path.join(ROOT, c)))]
    groups = joined = 0
    for k in range(a.folders):
        random.seed(a.seed + k)
        d = tempfile.mkdtemp()
        try:
            for c, f in random.sample(files, a.size):
                shutil.copy(os.path.join(ROOT, c, f), os.path.join(d, c + "-" + f))
            out = subprocess.run([ge, "-0", "-g", "2", d], capture_output=True, text=True,
                                 check=True).stdout
        finally:
            shutil.rmtree(d)
        cur = None
        for line in out.splitlines():
            if line.startswith("group "):
                if cur:
                    joined += len(cur)
                    if a.show:
                        print("%d: %s" % (a.seed + k, " || ".join(cur)))
                cur = []
                groups += 1
            elif line.startswith("    | ") and cur is not None:
                cur.append(line[6:])
        if cur:
            joined += len(cur)
            if a.show:
                print("%d: %s" % (a.seed + k, " || ".join(cur)))
    print("BBC mixed folders (%d of %d articles, undated): %d stories of 2 or more, %d articles in them"
          % (a.folders, a.size, groups, joined))


def duc_pairs(a):
    duc = os.path.join(SHARED, "eval", "duc2003")
    if not os.path.isdir(ROOT) or not os.path.isdir(duc):
        print("bbc-mixed: skipped: no corpus at " + ROOT + " or " + duc)
        return
    here = os.path.dirname(os.path.abspath(__file__))
    names = subprocess.run(["sh", os.path.join(here, "duc-halves.sh"), duc, a.duc_pairs],
                           capture_output=True, text=True, check=True).stdout.split()
    files = [(c, f) for c in sorted(os.listdir(ROOT)) if os.path.isdir(os.path.join(ROOT, c))
             for f in sorted(os.listdir(os.path.join(ROOT, c)))]
    ge = os.path.join(BUILD, "tests", "groupeval")
    tot = [0.0, 0.0, 0.0]
    for k in range(a.folders):
        random.seed(a.seed + k)
        d = tempfile.mkdtemp()
        try:
            for c in random.sample(names, 5):
                txt = sorted(f for f in os.listdir(os.path.join(duc, c)) if f.endswith(".txt"))
                os.mkdir(os.path.join(d, "duc-" + c))
                for f in random.sample(txt, 2):
                    shutil.copy(os.path.join(duc, c, f), os.path.join(d, "duc-" + c, f))
            for i, (c, f) in enumerate(random.sample(files, 30)):
                os.mkdir(os.path.join(d, "bbc%02d" % i))
                shutil.copy(os.path.join(ROOT, c, f), os.path.join(d, "bbc%02d" % i, c + f))
            out = subprocess.run([ge, "-0", "-q", d], capture_output=True, text=True,
                                 check=True).stdout
        finally:
            shutil.rmtree(d)
        m = re.search(r"precision ([0-9.]+) recall ([0-9.]+) F1 ([0-9.]+)", out)
        for j in range(3):
            tot[j] += float(m.group(j + 1))
    n = max(a.folders, 1)
    print("mixed day, DUC %s pairs among BBC articles (%d folders, undated): "
          "B-cubed P %.3f R %.3f F1 %.3f" % (a.duc_pairs, a.folders, tot[0] / n, tot[1] / n,
                                             tot[2] / n))


if __name__ == "__main__":
    sys.exit(main())
