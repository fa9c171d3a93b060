#!/usr/bin/env python3
"""split-eval.py SRC DST_TUNE DST_HELD - the articles of a sentence set
(NAME.txt with NAME.gold, searched recursively) linked into two halves by
the CRC-32 of NAME: even into DST_TUNE, where splitting rules are tuned and
read, odd into DST_HELD, only measured.  The sets stay outside the project.
"""
import os
import sys
import zlib

src, tune, held = sys.argv[1:4]
for root, _, files in os.walk(src):
    rel = os.path.relpath(root, src)
    for f in files:
        if not f.endswith(".txt"):
            continue
        name = f[:-4]
        if not os.path.exists(os.path.join(root, name + ".gold")):
            continue
        dst = os.path.join(tune if zlib.crc32(name.encode()) % 2 == 0 else held, rel)
        os.makedirs(dst, exist_ok=True)
        for ext in (".txt", ".gold"):
            link = os.path.join(dst, name + ext)
            if not os.path.exists(link):
                os.symlink(os.path.abspath(os.path.join(root, name + ext)), link)
