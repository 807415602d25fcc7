# regex: regular-expression workloads over generated text (the re module on _sre).
# Word counting with findall, a match(pos)-driven tokenizer, sub with templates and
# callables, split, searches with backtracking (alternation, lazy repeats, back references,
# lookarounds), case-insensitive Unicode matching and bytes. Prints one checksum line.
#
# Usage: python regex.py [SIZE] [-v] [-r N]   SIZE = amount of generated text, in hundreds of
# lines; -v prints each workload's time; -r N runs the workloads N times (the last run's
# times show the steady state of a JIT-compiled runtime)
import re
import sys
import time

DEFAULT_SIZE = 40

SYLLABLES = ['ka', 'lo', 'mi', 'ne', 'ru', 'sa', 'ti', 'vo', 'zu', 'pe', 'da', 'gi', 'ho', 'ja', 'ku',
             'le', 'mo', 'ni', 'po', 'qua', '\u00e9', 'st\u00f6']
PUNCT = ['', '', '', ',', '.', ';', '!', '?', ' 42', ' 3.14', ' x@y.org']


class Lcg(object):
    def __init__(self, seed):
        self.s = seed

    def next(self, n):
        self.s = (self.s * 1103515245 + 12345) & 0x7fffffff
        return (self.s >> 8) % n


def make_text(rng, nlines):
    lines = []
    for _ in range(nlines):
        words = []
        for _ in range(12):
            w = ''.join(SYLLABLES[min(rng.next(22), rng.next(22))] for _ in range(1 + rng.next(3)))
            if rng.next(8) == 0:
                w = w.capitalize()
            words.append(w + PUNCT[rng.next(len(PUNCT))])
        lines.append(' '.join(words))
    return lines


TOKEN = re.compile(r"\s*(?:(?P<num>\d+(?:\.\d*)?)|(?P<name>[^\W\d]\w*)|(?P<op>\S))")


def wordcount(lines):
    counts = {}
    word = re.compile(r"\w+")
    for line in lines:
        for w in word.findall(line.lower()):
            counts[w] = counts.get(w, 0) + 1
    return len(counts) * 7 + max(counts.values())


def tokenize(lines):
    kinds = {"num": 0, "name": 0, "op": 0}
    for line in lines:
        pos, n = 0, len(line)
        while pos < n:
            m = TOKEN.match(line, pos)
            if m is None:
                break
            kinds[m.lastgroup] += 1
            pos = m.end()
    return kinds["num"] * 3 + kinds["name"] * 5 + kinds["op"]


def substitute(lines):
    text = "\n".join(lines)
    a = re.sub(r"(\w+)@(\w+)\.org", r"<\2 at \1>", text)
    b = re.sub(r"\d+(?:\.\d+)?", lambda m: str(len(m.group())), a)
    c, n = re.subn(r"(?i)\b(ka|lo)(\w*)", r"\2\1", b)
    return len(c) + n


def splitting(lines):
    total = 0
    sep = re.compile(r"[,;.!?]\s*|\s+")
    for line in lines:
        total += len(sep.split(line))
    return total


def backtracking(lines):
    text = " ".join(lines)
    hits = 0
    hits += len(re.findall(r"\b(\w+)\s+\1\b", text))
    hits += len(re.findall(r"(?:ka|lo|mi)+?(?=ne|ru)", text))
    hits += len(re.findall(r"(?<![\w.])\d+(?:\.\d+)?(?![\w.])", text))
    hits += len(re.findall(r"\b[A-Z]\w*(?:\s+\w+){0,2}?[.!?]", text))
    hits += sum(1 for _ in re.finditer(r"(?:(?:a|e|i|o|u)[^aeiou\s]){2,}", text))
    hits += len(re.findall(r"(?i)st\u00d6\w*|\u00c9+", text))
    return hits


def bytes_work(lines):
    data = "\n".join(lines).encode("utf-8")
    return len(re.findall(rb"[a-z]+", data)) + len(re.split(rb"\s+", data)) + len(re.findall(rb"(?m)^\w", data))


def main():
    args = sys.argv[1:]
    verbose = "-v" in args
    runs = int(args[args.index("-r") + 1]) if "-r" in args else 1
    nums = [a for a in args if a.isdigit() and (args.index(a) == 0 or args[args.index(a) - 1] != "-r")]
    size = int(nums[0]) if nums else DEFAULT_SIZE
    rng = Lcg(7)
    lines = make_text(rng, size * 100)
    for run in range(runs):
        sig = 0
        total = 0.0
        for name, f in [("wordcount", wordcount), ("tokenize", tokenize), ("substitute", substitute),
                        ("split", splitting), ("backtracking", backtracking), ("bytes", bytes_work)]:
            t0 = time.perf_counter()
            r = f(lines)
            dt = time.perf_counter() - t0
            total += dt
            if verbose:
                print("  %-12s %.3f s" % (name, dt))
            sig = (sig * 131 + r) % 1000000007
        if verbose:
            print("  run %d: %.3f s" % (run + 1, total))
    print("regex size=%d sig=%d" % (size, sig))


if __name__ == '__main__':
    main()
