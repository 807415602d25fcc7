#!/usr/bin/env bash
# Records where CPython 3.11's standard library (its Lib/ folder) lives, in .glassbox-stdlib at
# the project root; the runtime puts it on sys.path (DESIGN.md §7). Prints the folder, or
# nothing when no CPython 3.11 library was found.
set -u
home="$(cd -P "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
stdlib=""
for py in python3.11 python3; do
  if command -v "$py" >/dev/null 2>&1; then
    cand="$("$py" -c 'import sys, sysconfig; print(sysconfig.get_path("stdlib") if sys.version_info[:2] == (3, 11) else "")' 2>/dev/null || true)"
    if [ -n "$cand" ] && [ -f "$cand/os.py" ]; then stdlib="$cand"; break; fi
  fi
done
if [ -z "$stdlib" ] && [ -f /usr/lib/python3.11/os.py ]; then stdlib=/usr/lib/python3.11; fi
if [ -n "$stdlib" ]; then
  printf '%s\n' "$stdlib" > "$home/.glassbox-stdlib"
  echo "$stdlib"
else
  rm -f "$home/.glassbox-stdlib"
fi
