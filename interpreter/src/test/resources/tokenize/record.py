"""Records CPython's answers for the tokenizer tests. Run from this folder with CPython 3.11:
    python3 record.py
errors/: each line of error-cases.txt is a Python literal of a source; writes errors/NNN.py
(the source as UTF-8) and errors/NNN.expected: the SyntaxError compile() raises, tab-separated
(class, msg, lineno, offset, end_lineno, end_offset, repr(text)), or TOKENS when the tokenizer
accepts it (compile succeeds or the error is the parser's, not the tokenizer's).
samples/: for each samples/*.py writes *.tokens (python3 -m tokenize), *.exact (-e) and
*.ctokens (the C tokenizer's stream: type, repr(string), start, end with byte columns)."""
import glob, os, subprocess, sys, tokenize

TOKENIZER_MESSAGES = ("unterminated", "invalid", "leading zeros", "unexpected character after line",
                      "unexpected EOF", "unindent does not match", "inconsistent use of tabs",
                      "too many levels of indentation", "unmatched", "closing parenthesis",
                      "was never closed", "too many nested parentheses", "source code cannot contain")

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

def record_samples():
    for p in sorted(glob.glob("samples/*.py")):
        for flag, ext in (([], ".tokens"), (["-e"], ".exact")):
            r = subprocess.run([sys.executable, "-m", "tokenize", *flag, p], capture_output=True)
            with open(p[:-3] + ext, "wb") as f:
                f.write(r.stdout)
                if r.returncode:
                    f.write(b"EXIT %d\n" % r.returncode + r.stderr.splitlines()[0] + b"\n")
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
    record_samples()
