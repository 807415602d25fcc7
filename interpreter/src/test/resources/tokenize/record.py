"""Records CPython's answers for the tokenizer tests. Run from this folder with CPython 3.11:
    python3 record.py
errors/: each line of error-cases.txt is a Python literal of a source; writes errors/NNN.py
(the source as UTF-8) and errors/NNN.expected: the SyntaxError compile() raises, tab-separated
(class, msg, lineno, offset, end_lineno, end_offset, repr(text)), or TOKENS when the tokenizer
accepts it (compile succeeds or the error is the parser's, not the tokenizer's).
repr-cases.txt: code points and the repr() of their str (for PyRepr).
samples/: for each samples/*.py writes *.tokens (python3 -m tokenize), *.exact (-e), *.stdin
(python3 -m tokenize < FILE) and
*.ctokens (the C tokenizer's stream: type, repr(string), start, end with byte columns) and
*.run (the last line python3 FILE prints when it cannot compile it, else OK)."""
import glob, os, subprocess, sys, tokenize

TOKENIZER_MESSAGES = ("unterminated", "invalid", "leading zeros", "unexpected character after line",
                      "unexpected EOF", "unindent does not match", "inconsistent use of tabs",
                      "too many levels of indentation", "unmatched", "closing parenthesis",
                      "was never closed", "too many nested parentheses", "source code cannot contain")

HOOK = """import sys
def hook(t, e, tb):
    if isinstance(e, SyntaxError):
        print("\\t".join(map(str, (t.__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset, repr(e.text)))))
    else:
        print("RUNS")
sys.excepthook = hook
"""

def run_as_script(path):
    """The SyntaxError `python3 FILE` meets, tab-separated like .expected, or TOKENS."""
    import tempfile
    with tempfile.TemporaryDirectory() as d:
        with open(os.path.join(d, "sitecustomize.py"), "w") as f:
            f.write(HOOK)
        r = subprocess.run([sys.executable, path], capture_output=True, text=True, timeout=20,
                           env=dict(os.environ, PYTHONPATH=d))
    line = (r.stdout.splitlines() or ["RUNS"])[0]
    msg = line.split("\t")[1] if "\t" in line else ""
    if line == "RUNS" or msg.startswith("invalid syntax") or not any(m in msg for m in TOKENIZER_MESSAGES):
        return "TOKENS"
    return line

def record_errors():
    for old in glob.glob("errors/*"):
        os.remove(old)
    n = 0
    for line in open("error-cases.txt", encoding="utf-8"):
        line = line.rstrip("\n")
        if not line or line.startswith("#"):
            continue
        src = eval(line)
        n += 1
        base = "errors/%03d" % n
        with open(base + ".py", "w", encoding="utf-8", newline="") as f:
            f.write(src)
        try:
            compile(src, "f.py", "exec")
            out = "TOKENS"
        except SyntaxError as e:
            if e.msg.startswith("invalid syntax") or not any(m in e.msg for m in TOKENIZER_MESSAGES):
                out = "TOKENS"
            else:
                out = "\t".join(map(str, (type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno,
                                          e.end_offset, repr(e.text))))
        with open(base + ".expected", "w", encoding="utf-8") as f:
            f.write(out + "\n")
        with open(base + ".file", "w", encoding="utf-8") as f:
            f.write(run_as_script(base + ".py") + "\n")

def record_encodings():
    """encoding-cases.txt: bytes literals; encoding-cases.expected: what compile(bytes) says."""
    out = []
    for line in open("encoding-cases.txt", encoding="utf-8"):
        line = line.rstrip("\n")
        if not line or line.startswith("#"):
            continue
        try:
            compile(eval(line), "f.py", "exec")
            out.append("OK")
        except SyntaxError as e:
            out.append("\t".join(map(str, (type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno,
                                           e.end_offset, repr(e.text)))))
    with open("encoding-cases.expected", "w", encoding="utf-8") as f:
        f.write("".join(l + "\n" for l in out))

def record_reprs():
    """repr-cases.txt: code points (hex, space-separated) TAB repr() of that str."""
    import random
    rng = random.Random(5)
    cases = [[cp] for cp in range(0, 0x3000, 7)]
    cases += [[rng.randrange(0x3000, 0x110000)] for _ in range(3000)]
    cases += [[cp] for cp in (0x20, 0x7f, 0x80, 0x9f, 0xa0, 0xad, 0x85, 0x2028, 0x2029, 0x200b, 0xfeff,
                              0xe000, 0xf8ff, 0xfffe, 0x1f600, 0x10ffff, 0xe0001, 0x870, 0x61d, 0xd800,
                              0xdc80, 0xdfff)]
    cases += [[ord(c) for c in s] for s in ("", "'", '"', "'\"", "a'b", 'a"b', "\\", "\t\n\r\x00\x1b",
                                             "caf\u00e9", "\udcff x")]
    with open("repr-cases.txt", "w", encoding="utf-8") as f:
        for cps in cases:
            f.write("%s\t%s\n" % (" ".join("%x" % c for c in cps), repr("".join(map(chr, cps)))))

def record_samples():
    for p in sorted(glob.glob("samples/*.py")):
        for flag, ext in (([], ".tokens"), (["-e"], ".exact")):
            r = subprocess.run([sys.executable, "-m", "tokenize", *flag, p], capture_output=True)
            with open(p[:-3] + ext, "wb") as f:
                f.write(r.stdout)
                if r.returncode:
                    f.write(b"EXIT %d\n" % r.returncode + r.stderr.splitlines()[0] + b"\n")
        # The same through stdin (no ENCODING, streamed, text-mode stdin).
        with open(p, "rb") as f:
            r = subprocess.run([sys.executable, "-m", "tokenize"], stdin=f, capture_output=True)
        with open(p[:-3] + ".stdin", "wb") as f:
            f.write(r.stdout)
            if r.returncode:
                f.write(b"EXIT %d\n" % r.returncode + r.stderr.splitlines()[0] + b"\n")
        # How `python3 FILE` reads it (the script-file path): the SyntaxError line, or OK.
        r = subprocess.run([sys.executable, p], capture_output=True, text=True, errors="replace", cwd=".")
        last = (r.stderr.strip().splitlines() or ["OK"])[-1].replace(os.path.abspath(p), p)
        with open(p[:-3] + ".run", "w", encoding="utf-8") as f:
            f.write((last if last.startswith(("SyntaxError", "IndentationError", "TabError")) else "OK") + "\n")
        lines = []
        try:
            text = open(p, "rb").read().decode("utf-8")
            for t in tokenize._generate_tokens_from_c_tokenizer(text):
                lines.append("%d %r %d,%d %d,%d" % (t.type, t.string, *t.start, *t.end))
            # The iterator stops quietly where pegen would report E_EOF, E_DEDENT or E_TABSPACE.
            compile(text, "f.py", "exec")
        except (SyntaxError, UnicodeDecodeError, ValueError) as e:
            if not isinstance(e, SyntaxError) or (not e.msg.startswith("invalid syntax")
                                                  and any(m in e.msg for m in TOKENIZER_MESSAGES)):
                lines.append("ERROR %s" % type(e).__name__)
        with open(p[:-3] + ".ctokens", "w", encoding="utf-8") as f:
            f.write("".join(l + "\n" for l in lines))

if __name__ == "__main__":
    record_errors()
    record_encodings()
    record_reprs()
    record_samples()
