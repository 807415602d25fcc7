#!/usr/bin/env python3
"""The conformance ratchet: the committed list of shared conformance tests known to pass.

  ratchet.py check RESULTS.json RATCHET   fail if a listed test no longer passes
  ratchet.py update RESULTS.json RATCHET  add every passing test to the list (never removes)

RESULTS.json is what `../shared/tools/conformance --json` writes."""
import json
import sys


def passing(results_path):
    with open(results_path, encoding="utf-8") as fh:
        data = json.load(fh)
    return {r["test"] for r in data["results"] if r["status"] == "pass"}


def listed(ratchet_path):
    try:
        with open(ratchet_path, encoding="utf-8") as fh:
            return {line.strip() for line in fh if line.strip() and not line.startswith("#")}
    except FileNotFoundError:
        return set()


def main(argv):
    if len(argv) != 4 or argv[1] not in ("check", "update"):
        print(__doc__, file=sys.stderr)
        return 2
    now, known = passing(argv[2]), listed(argv[3])
    if argv[1] == "update":
        merged = sorted(known | now)
        with open(argv[3], "w", encoding="utf-8") as fh:
            fh.write("# Shared conformance tests known to pass; CI fails if one regresses. Only grows.\n")
            fh.writelines(t + "\n" for t in merged)
        print(f"ratchet: {len(merged)} tests listed ({len(merged) - len(known)} new)")
        return 0
    lost = sorted(known - now)
    gained = sorted(now - known)
    for t in lost:
        print(f"REGRESSED {t}")
    if gained:
        print(f"({len(gained)} passing tests not yet in the ratchet: run tools/ratchet.py update)")
    print(f"ratchet: {len(known) - len(lost)} passed, {len(lost)} failed")
    return 1 if lost else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
