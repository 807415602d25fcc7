"""Runs one CPython regression-test module under the runtime that executes this file and
prints one JSON line with its outcome counts.

    bin/glassbox tools/regrtest/run_module.py test.test_int [SKIPS_FILE]

SKIPS_FILE lists tests that are not run, one per line: `test.test_x.Class.test_name  reason`
(CPython implementation details, or tests that would hang). They count as skipped."""
import json
import sys
import unittest


def load_skips(path, module):
    skips = {}
    if path:
        with open(path, encoding="utf-8") as fh:
            for line in fh:
                line = line.strip()
                if not line or line.startswith("#"):
                    continue
                name, _, reason = line.partition(" ")
                if name.startswith(module + "."):
                    skips[name] = reason.strip() or "skipped"
    return skips


def flatten(suite):
    for t in suite:
        if isinstance(t, unittest.TestSuite):
            yield from flatten(t)
        else:
            yield t


def main():
    module = sys.argv[1]
    skips = load_skips(sys.argv[2] if len(sys.argv) > 2 else None, module)
    counts = {"module": module, "run": 0, "passed": 0, "failures": 0, "errors": 0, "skipped": 0,
              "expected_failures": 0, "unexpected_successes": 0, "load_error": None}
    try:
        suite = unittest.defaultTestLoader.loadTestsFromName(module)
    except BaseException as e:  # the module itself does not import
        counts["load_error"] = f"{type(e).__name__}: {e}"[:300]
        print(json.dumps(counts))
        return
    tests = []
    for t in flatten(suite):
        tid = t.id()
        if tid in skips:
            counts["skipped"] += 1
            continue
        tests.append(t)
    result = unittest.TestResult()
    unittest.TestSuite(tests).run(result)
    counts["run"] = result.testsRun
    counts["failures"] = len(result.failures)
    counts["errors"] = len(result.errors)
    counts["skipped"] += len(result.skipped)
    counts["expected_failures"] = len(result.expectedFailures)
    counts["unexpected_successes"] = len(result.unexpectedSuccesses)
    counts["passed"] = (result.testsRun - len(result.failures) - len(result.errors) - len(result.skipped)
                        - len(result.expectedFailures) - len(result.unexpectedSuccesses))
    if "-v" in sys.argv:
        for test, tb in result.failures + result.errors:
            print(f"FAIL {test.id()}: {tb.strip().splitlines()[-1][:200]}", file=sys.stderr)
    sys.stdout.flush()
    print(json.dumps(counts))


main()
