#!/usr/bin/env python3
"""flatten-eval.py SRC DST - a copy of an evaluation set of the
docs/<id>.txt + gold.jsonl layout in which each article's body (all lines
after the headline) is one line: every line break becomes a space, as
feeds and JSONL exports deliver text.  A break is one character and a
space is one, so the gold offsets stay valid; gold.jsonl and README.md are
linked, not copied.  The copy is for evaluation only, outside the project.
"""
import os
import sys

src, dst = sys.argv[1], sys.argv[2]
os.makedirs(os.path.join(dst, "docs"), exist_ok=True)
for name in ("gold.jsonl", "README.md"):
    target = os.path.join(dst, name)
    if not os.path.exists(target) and os.path.exists(os.path.join(src, name)):
        os.symlink(os.path.abspath(os.path.join(src, name)), target)
for name in sorted(os.listdir(os.path.join(src, "docs"))):
    with open(os.path.join(src, "docs", name), encoding="utf-8", newline="") as f:
        text = f.read()
    head, sep, body = text.partition("\n")
    body = body.replace("\r", " ").replace("\n", " ")
    with open(os.path.join(dst, "docs", name), "w", encoding="utf-8", newline="") as f:
        f.write(head + sep + body)
