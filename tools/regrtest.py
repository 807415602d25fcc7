#!/usr/bin/env python3
"""The CPython regression-test ratchet: runs CPython 3.11's own test modules (from the Lib/
the runtime uses) on Glassbox with unittest, one process per module, and compares each
module's number of passing tests with tests/regrtest-ratchet.txt.

    tools/regrtest.py check [MODULE ...]     run, compare, exit 1 if a module passes fewer
    tools/regrtest.py update [MODULE ...]    run and record the new counts (never lowers them
                                             unless --lower is given)
    options: --cmd CMD (default bin/glassbox), --timeout SECONDS per module (default 600), -v

Skipped tests and why: tests/regrtest-skips.txt."""
import argparse
import json
import os
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
RATCHET = os.path.join(ROOT, "tests", "regrtest-ratchet.txt")
SKIPS = os.path.join(ROOT, "tests", "regrtest-skips.txt")
MODULES = ["test_int", "test_list", "test_dict", "test_set", "test_string", "test_grammar", "test_scope",
           "test_class", "test_exceptions", "test_generators", "test_itertools", "test_functools",
           "test_collections", "test_json", "test_re", "test_math", "test_random"]


def read_ratchet():
    counts = {}
    if os.path.exists(RATCHET):
        with open(RATCHET, encoding="utf-8") as fh:
            for line in fh:
                line = line.split("#")[0].strip()
                if line:
                    name, n = line.split()
                    counts[name] = int(n)
    return counts


def run(module, cmd, timeout, verbose):
    start = time.time()
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
    env["PYTHONHASHSEED"] = "0"
    args = cmd + [os.path.join(ROOT, "tools", "regrtest", "run_module.py"), "test." + module, SKIPS]
    if verbose:
        args.append("-v")
    try:
        p = subprocess.run(args, capture_output=True, text=True, errors="replace", timeout=timeout, env=env,
                           stdin=subprocess.DEVNULL, cwd=ROOT)
        lines = [l for l in p.stdout.splitlines() if l.startswith("{")]
        r = json.loads(lines[-1]) if lines else {"passed": 0, "load_error": "no result (exit %d): %s" % (
            p.returncode, (p.stderr.strip().splitlines() or [""])[-1][:200])}
        if verbose and p.stderr:
            sys.stderr.write(p.stderr[-4000:])
    except subprocess.TimeoutExpired:
        r = {"passed": 0, "load_error": f"timeout after {timeout} s"}
    r["seconds"] = round(time.time() - start, 1)
    return r


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("action", choices=["check", "update"])
    ap.add_argument("modules", nargs="*")
    ap.add_argument("--cmd", default=os.path.join(ROOT, "bin", "glassbox"))
    ap.add_argument("--timeout", type=float, default=600)
    ap.add_argument("--lower", action="store_true")
    ap.add_argument("-v", action="store_true")
    a = ap.parse_args()
    ratchet = read_ratchet()
    modules = a.modules or MODULES
    worse = []
    results = {}
    for m in modules:
        r = run(m, a.cmd.split(), a.timeout, a.v)
        results[m] = r
        want = ratchet.get(m, 0)
        note = f" ({r['load_error']})" if r.get("load_error") else ""
        print(f"{m:20} passed {r.get('passed', 0):5} of {r.get('run', 0):5} run, "
              f"{r.get('failures', 0)} failures, {r.get('errors', 0)} errors, {r.get('skipped', 0)} skipped; "
              f"ratchet {want}; {r['seconds']} s{note}", flush=True)
        if r.get("passed", 0) < want:
            worse.append(m)
    if a.action == "update":
        for m, r in results.items():
            n = r.get("passed", 0)
            if a.lower or n > ratchet.get(m, 0):
                ratchet[m] = n
        with open(RATCHET, "w", encoding="utf-8") as fh:
            fh.write("# CPython 3.11 regression-test modules: tests passing on Glassbox (tools/regrtest.py).\n")
            for m in sorted(ratchet):
                fh.write(f"{m} {ratchet[m]}\n")
        print(f"regrtest: ratchet updated ({sum(ratchet.values())} tests in {len(ratchet)} modules)")
        return 0
    total = sum(r.get("passed", 0) for r in results.values())
    print(f"regrtest: {total} tests pass in {len(results)} modules; {len(worse)} modules below the ratchet"
          + (": " + ", ".join(worse) if worse else ""))
    return 1 if worse else 0


sys.exit(main())
