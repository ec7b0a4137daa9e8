#!/usr/bin/env python3
"""Fail when a figure is below its minimum in .ci/min-figures.properties.

usage: check-figures.py MIN_FIGURES.properties < report

Reads `key=value` pairs from the last line of the report on stdin (score.py's summary line or
score_gsr.py's line) and checks every key of the properties file that the line carries:
`key=MIN` means value >= MIN, `key.max=MAX` means value <= MAX. A figure printed as n/a passes
only a minimum of 0. Keys of the properties file that the line does not carry are not checked
(one file serves both reports). Exit 1 when a check fails or no key was checked.
"""
import re
import sys


def load(path):
    limits = {}
    for line in open(path, encoding="utf-8"):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        k, _, v = line.partition("=")
        limits[k.strip()] = float(v)
    return limits


def main(argv):
    if len(argv) != 1:
        print(__doc__.strip(), file=sys.stderr)
        return 2
    limits = load(argv[0])
    lines = [l for l in sys.stdin.read().splitlines() if l.strip()]
    if not lines:
        print("check-figures: empty report", file=sys.stderr)
        return 1
    figures = dict(re.findall(r"(\w+)=(\S+)", lines[-1]))
    checked, failed = 0, 0
    for key, limit in limits.items():
        name, is_max = (key[:-4], True) if key.endswith(".max") else (key, False)
        if name not in figures:
            continue
        checked += 1
        raw = figures[name]
        value = None if raw == "n/a" else float(raw)
        if is_max:
            ok = value is not None and value <= limit
        else:
            ok = (value is None and limit <= 0) or (value is not None and value >= limit)
        print(f"  {name:22} {raw:>6}  {'<=' if is_max else '>='} {limit:.2f}  {'ok' if ok else 'FAIL'}")
        failed += not ok
    if checked == 0:
        print("check-figures: no known figure in: " + lines[-1], file=sys.stderr)
        return 1
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
