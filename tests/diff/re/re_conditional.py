# Conditional groups (?(id)yes|no) by number and name, with and without the no-branch,
# after groups that did or did not take part, inside repeats; and their errors.
import re

for pat, s in [
    (r"(a)?(?(1)b|c)", "ab c"), (r"(?P<n>a)?(?(n)b|c)", "c"), (r"(a)?(?(1)b)", "xab"),
    (r"(<)?(\w+)(?(1)>|$)", "<user> user <user"), (r"^(\()?\d+(?(1)\))$", "(12)"), (r"^(\()?\d+(?(1)\))$", "(12"),
    (r"(?:(a)|b)(?(1)x|y)", "ax by ay bx"), (r"((a)|b)+(?(2)c|d)", "abc abd bad"), (r"(a)*(?(1)b|c)", "aab c"),
    (r"(?P<q>['\"])?\w+(?(q)(?P=q))", "'a' \"b\" c 'd"), (r"(x)?(?(1)|y)z", "xz yz z"),
    (r"(?:(?P<a>1)|2)(?(a)(?P<b>3)|4)(?(b)5|6)", "135 246 136"),
]:
    p = re.compile(pat)
    print(repr(pat), repr(s), [(m.span(), m.groups()) for m in p.finditer(s)], p.fullmatch(s) is not None)

for pat in [r"(?(1)a|b)", r"(a)(?(2)a|b)", r"(?(x)a|b)", r"(?P<x>a)(?(x)b|c|d)", r"(?(1a)x)", r"(a)(?()x)",
            r"(a)(?(0)x)", r"(a)(?(-1)x)", r"(?(1)a|b)(a)", r"(a)(?(1)b", r"(?P<1x>a)"]:
    try:
        p = re.compile(pat)
        print(pat, "ok", p.groups, p.match("ab"))
    except re.error as e:
        print(pat, "error:", e, e.pos)
