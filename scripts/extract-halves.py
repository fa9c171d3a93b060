#!/usr/bin/env python3
"""Cuts the HTML extraction set into halves by CRC-32 of the page id
(even = tuning, odd = held out), as the other eval sets are cut.

  python3 scripts/extract-halves.py SRC DEST tuning|held-out

makes DEST/gold.json (the half's entries only) and DEST/pages/ (symlinks to
SRC's pages), a directory extract_eval.py scores like SRC."""
import json
import os
import sys
import zlib

src, dest, half = sys.argv[1], sys.argv[2], sys.argv[3]
want = 0 if half == "tuning" else 1
gold = json.load(open(os.path.join(src, "gold.json"), encoding="utf-8"))
keep = {k: v for k, v in gold.items() if zlib.crc32(k.encode()) % 2 == want}
os.makedirs(os.path.join(dest, "pages"), exist_ok=True)
with open(os.path.join(dest, "gold.json"), "w", encoding="utf-8") as f:
    json.dump(keep, f)
pages = os.path.join(src, "pages")
for name in os.listdir(pages):
    pid = name.split(".")[0]
    if pid in keep:
        link = os.path.join(dest, "pages", name)
        if not os.path.lexists(link):
            os.symlink(os.path.abspath(os.path.join(pages, name)), link)
print(len(keep))
