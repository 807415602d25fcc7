# Glassbox's _sre over java.util.regex: re._parser's tree is translated to a Java regular
# expression; Pattern and Match are CPython's, written over _java_compile/_java_match.
# Runs in _sre's namespace.

MAXREPEAT = 4294967295


def ascii_iscased(ch):
    return ch < 128 and chr(ch).isalpha()


def unicode_iscased(ch):
    c = chr(ch)
    return c != c.lower() or c != c.upper()


def ascii_tolower(ch):
    return ch + 32 if 65 <= ch <= 90 else ch


def unicode_tolower(ch):
    low = chr(ch).lower()
    return ord(low) if len(low) == 1 else ch


def getcodesize():
    return 4


# ---------------------------------------------------------------- translation

def _lit(c):
    if c < 128 and (48 <= c <= 57 or 65 <= c <= 90 or 97 <= c <= 122):
        return chr(c)
    return "\\x{%x}" % c


_CATEGORIES = {"CATEGORY_DIGIT": "\\d", "CATEGORY_NOT_DIGIT": "\\D", "CATEGORY_SPACE": "\\s",
               "CATEGORY_NOT_SPACE": "\\S", "CATEGORY_WORD": "\\w", "CATEGORY_NOT_WORD": "\\W",
               "CATEGORY_LINEBREAK": "\\n", "CATEGORY_NOT_LINEBREAK": "[^\\n]"}
_AT = {"AT_BEGINNING": "^", "AT_BEGINNING_LINE": "(?m:^)", "AT_BEGINNING_STRING": "\\A", "AT_END": "$",
       "AT_END_LINE": "(?m:$)", "AT_END_STRING": "\\z", "AT_BOUNDARY": "\\b", "AT_NON_BOUNDARY": "\\B"}


def _cls(items):
    out = []
    neg = False
    for op, av in items:
        name = str(op)
        if name == "NEGATE":
            neg = True
        elif name == "LITERAL":
            out.append(_lit(av))
        elif name == "RANGE":
            out.append(_lit(av[0]) + "-" + _lit(av[1]))
        elif name == "CATEGORY":
            cat = _CATEGORIES[str(av)]
            out.append("\\n" if cat == "\\n" else "[^\\n]" if cat.startswith("[") else cat)
        else:
            raise NotImplementedError("character set item %s" % name)
    if not out:
        return "[^\\x{0}-\\x{10ffff}]" if not neg else "[\\x{0}-\\x{10ffff}]"
    return "[" + ("^" if neg else "") + "".join(out) + "]"


_INLINE = ((2, "i"), (8, "m"), (16, "s"), (64, "x"))


def _tr(p):
    out = []
    for op, av in p:
        name = str(op)
        if name == "LITERAL":
            out.append(_lit(av))
        elif name == "NOT_LITERAL":
            out.append("[^" + _lit(av) + "]")
        elif name == "ANY":
            out.append(".")
        elif name == "IN":
            out.append(_cls(av))
        elif name == "BRANCH":
            out.append("(?:" + "|".join(_tr(s) for s in av[1]) + ")")
        elif name == "SUBPATTERN":
            group, add, rem, sub = av
            inner = _tr(sub)
            on = "".join(f for bit, f in _INLINE if add & bit and f != "x")
            off = "".join(f for bit, f in _INLINE if rem & bit and f != "x")
            if on or off:
                inner = "(?" + on + ("-" + off if off else "") + ":" + inner + ")"
            out.append(("(" if group is not None else "(?:") + inner + ")")
        elif name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
            lo, hi, sub = av
            if hi == MAXREPEAT:
                q = "*" if lo == 0 else "+" if lo == 1 else "{%d,}" % lo
            elif lo == 0 and hi == 1:
                q = "?"
            elif lo == hi:
                q = "{%d}" % lo
            else:
                q = "{%d,%d}" % (lo, hi)
            if name == "MIN_REPEAT":
                q += "?"
            elif name == "POSSESSIVE_REPEAT":
                q += "+"
            out.append("(?:" + _tr(sub) + ")" + q)
        elif name == "AT":
            out.append(_AT[str(av)])
        elif name in ("GROUPREF", "GROUPREF_IGNORE", "GROUPREF_UNI_IGNORE", "GROUPREF_LOC_IGNORE"):
            out.append("(?:\\%d)" % av)
        elif name == "ASSERT":
            direction, sub = av
            out.append(("(?=" if direction == 1 else "(?<=") + _tr(sub) + ")")
        elif name == "ASSERT_NOT":
            direction, sub = av
            out.append(("(?!" if direction == 1 else "(?<!") + _tr(sub) + ")")
        elif name == "ATOMIC_GROUP":
            out.append("(?>" + _tr(av) + ")")
        elif name == "CATEGORY":
            out.append(_CATEGORIES[str(av)])
        else:
            raise NotImplementedError("this regular expression is not supported by the runtime's matcher yet (%s)" % name)
    return "".join(out)


# ---------------------------------------------------------------- Pattern

_FLAG_NAMES = ((1, "re.TEMPLATE"), (2, "re.IGNORECASE"), (4, "re.LOCALE"), (8, "re.MULTILINE"), (16, "re.DOTALL"),
               (32, "re.UNICODE"), (64, "re.VERBOSE"), (128, "re.DEBUG"), (256, "re.ASCII"))


def _bounds(string, pos, endpos):
    """state_init: both ends clamped into the string."""
    n = len(string)
    if endpos is None or endpos > n:
        endpos = n
    elif endpos < 0:
        endpos = 0
    return min(max(pos, 0), n), endpos


class Pattern:
    __slots__ = ("pattern", "flags", "groups", "_groupindex", "_indexgroup", "_rx", "__weakref__")

    def __init__(self, *args, **kwargs):
        raise TypeError("cannot create 're.Pattern' instances")

    @property
    def groupindex(self):
        import types
        return types.MappingProxyType(self._groupindex)

    def __repr__(self):
        flags = self.flags
        if isinstance(self.pattern, str) and flags & (4 | 32 | 256) == 32:
            flags &= ~32
        names = []
        for bit, name in _FLAG_NAMES:
            if flags & bit:
                names.append(name)
                flags &= ~bit
        if flags:
            names.append(hex(flags))
        text = repr(self.pattern)
        if len(text) > 200:
            text = text[:200]
        if names:
            return "re.compile(%s, %s)" % (text, "|".join(names))
        return "re.compile(%s)" % text

    def __eq__(self, other):
        if not isinstance(other, Pattern):
            return NotImplemented
        return self.pattern == other.pattern and self.flags == other.flags and type(self.pattern) is type(other.pattern)

    def __hash__(self):
        return hash((self.pattern, self.flags))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __reduce__(self):
        import re
        return re._compile, (self.pattern, self.flags)

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)

    def _check(self, string):
        if isinstance(self.pattern, str):
            if not isinstance(string, str):
                raise TypeError("cannot use a string pattern on a bytes-like object")
        elif isinstance(string, str):
            raise TypeError("cannot use a bytes pattern on a string-like object")

    def _run(self, string, pos, endpos, mode):
        self._check(string)
        pos, endpos = _bounds(string, pos, endpos)
        spans = _java_match(self._rx, string, pos, endpos, mode)
        if spans is None:
            return None
        return _make_match(self, string, pos, endpos, spans)

    def match(self, string, pos=0, endpos=None):
        return self._run(string, pos, endpos, 0)

    def search(self, string, pos=0, endpos=None):
        return self._run(string, pos, endpos, 1)

    def fullmatch(self, string, pos=0, endpos=None):
        return self._run(string, pos, endpos, 2)

    def _iter(self, string, pos=0, endpos=None):
        self._check(string)
        pos, endpos = _bounds(string, pos, endpos)
        must_advance = False
        while pos <= endpos:
            spans = _java_match(self._rx, string, pos, endpos, 1)
            if spans is None:
                return
            if must_advance and spans[0] == pos and spans[1] == pos:
                # An empty match right after the previous match: search on from the next position.
                if pos >= endpos:
                    return
                spans = _java_match(self._rx, string, pos + 1, endpos, 1)
                if spans is None:
                    return
            m = _make_match(self, string, pos, endpos, spans)
            yield m
            pos = spans[1]
            # After an empty match the next one may not be empty at the same place (3.7+ rules).
            must_advance = spans[0] == spans[1]

    def finditer(self, string, pos=0, endpos=None):
        return iter(list(self._iter(string, pos, endpos)))

    def findall(self, string, pos=0, endpos=None):
        out = []
        for m in self._iter(string, pos, endpos):
            if self.groups == 0:
                out.append(m.group())
            elif self.groups == 1:
                out.append(m.group(1) if m.group(1) is not None else string[:0])
            else:
                out.append(tuple(g if g is not None else string[:0] for g in m.groups()))
        return out

    def _subx(self, repl, string, count, subn):
        if callable(repl):
            filter = repl
            literal = None
        else:
            import re
            t = re._subx(self, repl)
            if callable(t):
                filter, literal = t, None
            else:
                filter, literal = None, t
        pieces = []
        last = 0
        n = 0
        for m in self._iter(string):
            if count and n >= count:
                break
            pieces.append(string[last:m.start()])
            r = literal if filter is None else filter(m)
            if r is not None:
                if not isinstance(r, (str, bytes, bytearray)):
                    raise TypeError("expected str instance, %s found" % type(r).__name__)
                pieces.append(r)
            last = m.end()
            n += 1
        pieces.append(string[last:])
        result = string[:0].join(pieces)
        return (result, n) if subn else result

    def sub(self, repl, string, count=0):
        return self._subx(repl, string, count, False)

    def subn(self, repl, string, count=0):
        return self._subx(repl, string, count, True)

    def split(self, string, maxsplit=0):
        out = []
        last = 0
        n = 0
        for m in self._iter(string):
            if maxsplit and n >= maxsplit:
                break
            out.append(string[last:m.start()])
            out.extend(m.groups())
            last = m.end()
            n += 1
        out.append(string[last:])
        return out

    def scanner(self, string, pos=0, endpos=None):
        return _Scanner(self, string, pos, endpos)


class _Scanner:
    def __init__(self, pattern, string, pos, endpos):
        self.pattern = pattern
        self._string = string
        self._pos = pos
        self._endpos = len(string) if endpos is None else endpos
        self._done = False

    def _next(self, mode):
        if self._done or self._pos > self._endpos:
            return None
        m = self.pattern._run(self._string, self._pos, self._endpos, mode)
        if m is None:
            self._done = True
            return None
        self._pos = m.end() if m.end() > m.start() else m.end() + 1
        return m

    def match(self):
        return self._next(0)

    def search(self):
        return self._next(1)


# ---------------------------------------------------------------- Match

class Match:
    __slots__ = ("re", "string", "pos", "endpos", "_spans")

    def __init__(self, *args, **kwargs):
        raise TypeError("cannot create 're.Match' instances")

    def _index(self, g):
        if isinstance(g, int) or hasattr(type(g), "__index__") and not isinstance(g, (str, bytes)):
            try:
                i = g.__index__()
            except Exception:
                raise IndexError("no such group")
            if 0 <= i <= self.re.groups:
                return i
            raise IndexError("no such group")
        if isinstance(g, (str, bytes)):
            i = self.re._groupindex.get(g)
            if i is not None:
                return i
        raise IndexError("no such group")

    def _get(self, i, default=None):
        a, b = self._spans[2 * i], self._spans[2 * i + 1]
        if a < 0:
            return default
        return self.string[a:b]

    def group(self, *args):
        if not args:
            return self._get(0)
        if len(args) == 1:
            return self._get(self._index(args[0]))
        return tuple(self._get(self._index(g)) for g in args)

    def __getitem__(self, g):
        return self._get(self._index(g))

    def groups(self, default=None):
        return tuple(self._get(i, default) for i in range(1, self.re.groups + 1))

    def groupdict(self, default=None):
        return {name: self._get(i, default) for name, i in self.re._groupindex.items()}

    def start(self, group=0):
        return self._spans[2 * self._index(group)]

    def end(self, group=0):
        return self._spans[2 * self._index(group) + 1]

    def span(self, group=0):
        i = self._index(group)
        return (self._spans[2 * i], self._spans[2 * i + 1])

    @property
    def regs(self):
        return tuple((self._spans[2 * i], self._spans[2 * i + 1]) for i in range(self.re.groups + 1))

    @property
    def lastindex(self):
        best = None
        for i in range(1, self.re.groups + 1):
            a, b = self._spans[2 * i], self._spans[2 * i + 1]
            if a < 0:
                continue
            if best is None or b > best[1] or (b == best[1] and a < best[0]):
                best = (a, b, i)
        return None if best is None else best[2]

    @property
    def lastgroup(self):
        i = self.lastindex
        if i is None:
            return None
        name = self.re._indexgroup[i] if i < len(self.re._indexgroup) else None
        return name

    def expand(self, template):
        import re
        return re._expand(self.re, self, template)

    def __repr__(self):
        return "<re.Match object; span=(%d, %d), match=%r>" % (self._spans[0], self._spans[1], self.group(0))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __bool__(self):
        return True

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)


def _make_match(pattern, string, pos, endpos, spans):
    m = object.__new__(Match)
    m.re = pattern
    m.string = string
    m.pos = pos
    m.endpos = endpos
    m._spans = spans
    return m


def compile(pattern, flags, code, groups, groupindex, indexgroup):
    from re import _parser
    tree = _parser.parse(pattern, flags)
    regex = _tr(tree)
    is_bytes = not isinstance(pattern, str)
    p = object.__new__(Pattern)
    p.pattern = pattern
    p.flags = flags
    p.groups = groups
    p._groupindex = dict(groupindex)
    p._indexgroup = indexgroup
    p._rx = _java_compile(regex, flags, is_bytes)
    return p


def template(pattern, template):
    return (pattern, template)


for _cls_ in (Pattern, Match):
    _cls_.__module__ = "re"
del _cls_
