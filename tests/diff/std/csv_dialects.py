# _csv under CPython's csv: the reader's state machine (quotes, escapes, multi-line fields,
# strict mode, QUOTE_NONNUMERIC, field size limit), the writer's quoting rules, dialect
# construction and validation, the registry, DictReader/DictWriter and Sniffer.
import csv, _csv, io

def show(f, *a, **k):
    try:
        r = f(*a, **k)
    except Exception as e:
        r = "%s: %s" % (type(e).__name__, e)
    print(repr(r))

def rows(text, **kw):
    try:
        return list(csv.reader(io.StringIO(text, newline=""), **kw))
    except Exception as e:
        return "%s: %s" % (type(e).__name__, e)

samples = ['a,b,c\r\n1,2,3\r\n', 'a,"b,c",d\n', '"quoted ""inner"" text",x\n', 'multi,"line\nfield",end\r\n', '', '\n\n', 'a,,b,\n',
           ' a, b ,c \n', '"unterminated', 'a,"b"c,d\n', '"a"b,c\n', 'x\ry\n', 'trailing,\n', ',\n', '""\n', '"",""\n', 'a;b;c\n',
           'no newline at end', 'a,b\nc,d\n\ne,f', 'tab\tsep\n', '"a\r\nb",c\r\n', 'é,ü,"日本"\n', 'a\\,b,c\n', '"a\\"b",c\n']
for s in samples:
    print(repr(s), rows(s), rows(s, skipinitialspace=True), rows(s, escapechar="\\"), rows(s, strict=True), rows(s, delimiter=";"))
print(rows('a,b\n', quoting=csv.QUOTE_NONE), rows('"a",b\n', quoting=csv.QUOTE_NONE), rows('1,"x",2.5\n', quoting=csv.QUOTE_NONNUMERIC))
print(rows('1,abc\n', quoting=csv.QUOTE_NONNUMERIC), rows("'a,b',c\n", quotechar="'"), rows('a|b\n', delimiter="|", quotechar=None))
print(rows('"a"x"\n', doublequote=False), rows('"a\\"b"\n', doublequote=False, escapechar="\\"), rows('a\\\nb\n', escapechar="\\"))
r = csv.reader(["a,b", "c,\"d", "e\"", "f"])
print(next(r), r.line_num, next(r), r.line_num, next(r), r.line_num, type(r).__name__, r.dialect.delimiter)
show(next, r)
show(lambda: list(csv.reader([b"bytes"])))
show(lambda: list(csv.reader(5)))
show(lambda: list(csv.reader(["a"], "nope")))
old = csv.field_size_limit(10)
show(lambda: list(csv.reader(["0123456789x"])))
print(list(csv.reader(["0123456789"])), csv.field_size_limit(old), csv.field_size_limit())
show(csv.field_size_limit, "1")
show(csv.field_size_limit, 1, 2)
# writer
def out(rowlist, **kw):
    s = io.StringIO()
    w = csv.writer(s, **kw)
    try:
        for row in rowlist:
            w.writerow(row)
    except csv.Error as e:
        return "Error: %s" % e
    return s.getvalue()
data = [["a", "b,c", 'say "hi"', "multi\nline", "", None, 1, 2.5, True, "x\ry", " lead", "trail "]]
for kw in [{}, dict(quoting=csv.QUOTE_ALL), dict(quoting=csv.QUOTE_NONNUMERIC), dict(quoting=csv.QUOTE_MINIMAL, lineterminator="\n"),
           dict(delimiter=";"), dict(quotechar="'"), dict(doublequote=False, escapechar="\\"), dict(quoting=csv.QUOTE_NONE, escapechar="\\"),
           dict(lineterminator="!"), dict(delimiter=" ", skipinitialspace=True)]:
    print(kw, repr(out(data, **kw)))
print(repr(out([[]])), repr(out([[""]])), repr(out([["", ""]])), repr(out([[None]])), repr(out([["a"]], lineterminator="\r")), repr(out([["a\u00e9\U0001f600"]])))
print(repr(out([["a,b"]], quoting=csv.QUOTE_NONE)), repr(out([['a"b']], doublequote=False)), repr(out([[""]], quoting=csv.QUOTE_NONE)),
      repr(out([["", "x"]], delimiter=" ", skipinitialspace=True, quoting=csv.QUOTE_NONE, escapechar="\\")), repr(out([["a!b"]], lineterminator="!")))
s = io.StringIO(); w = csv.writer(s); print(w.writerow(["ret"]), w.writerows([["r1"], ("r2", 2), iter(["r3"])]), repr(s.getvalue()), type(w).__name__, w.dialect.lineterminator)
show(w.writerow, 5)
show(w.writerow, None)
show(w.writerows, 5)
show(csv.writer, 5)
show(csv.writer, object())
class W:
    def __init__(self): self.parts = []
    def write(self, s): self.parts.append(s); return len(s)
ww = W(); cw = csv.writer(ww); print(cw.writerow([1, 2]), ww.parts)
# dialects
d = _csv.Dialect()
print(d.delimiter, repr(d.quotechar), d.escapechar, repr(d.lineterminator), d.quoting, d.doublequote, d.skipinitialspace, d.strict, type(d).__name__)
d2 = _csv.Dialect(delimiter=";", quotechar=None, strict=1, skipinitialspace=[])
print(d2.delimiter, d2.quotechar, d2.quoting, d2.strict, d2.skipinitialspace, _csv.Dialect(d2) is d2, _csv.Dialect(d2, delimiter=",").delimiter)
print(_csv.Dialect("excel").delimiter, _csv.Dialect(csv.excel_tab).delimiter, _csv.Dialect(quotechar=None, quoting=csv.QUOTE_NONE).quoting)
for kw in [dict(x=1), dict(delimiter=1), dict(delimiter="ab"), dict(delimiter=None), dict(quotechar=1), dict(quotechar=""), dict(quoting=9), dict(quoting="1"),
           dict(quoting=1.0), dict(quoting=True), dict(quoting=2**40), dict(quotechar=None, quoting=0), dict(lineterminator=None), dict(lineterminator=5), dict(escapechar=5),
           dict(escapechar="ab"), dict(dialect="nope")]:
    try:
        _csv.Dialect(**kw)
        print(kw, "ok")
    except Exception as e:
        print(kw, type(e).__name__, e)
show(_csv.Dialect, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10)
show(_csv.Dialect, ",", delimiter=",")
show(lambda: _csv.Dialect().__reduce_ex__(2))
show(lambda: setattr(d, "delimiter", ";"))
class MyDialect(csv.Dialect):
    delimiter = ":"; quotechar = "'"; escapechar = None; doublequote = True; skipinitialspace = False; lineterminator = "\n"; quoting = csv.QUOTE_MINIMAL
print(rows("a:'b:c'\n", dialect=MyDialect), repr(out([["x:y"]], dialect=MyDialect)))
class Broken(csv.Dialect):
    delimiter = "::"
show(Broken)
csv.register_dialect("mine", delimiter="|", quoting=csv.QUOTE_ALL)
print(sorted(csv.list_dialects()), csv.get_dialect("mine").delimiter, repr(out([["a", 1]], dialect="mine")), rows("a|b\n", dialect="mine"))
csv.register_dialect("cls", MyDialect); print(csv.get_dialect("cls").delimiter, type(csv.get_dialect("cls")).__name__)
csv.unregister_dialect("mine"); show(csv.get_dialect, "mine"); show(csv.unregister_dialect, "mine")
show(csv.register_dialect, 5)
show(csv.register_dialect)
show(_csv.reader)
show(_csv.reader, [], "excel", 3)
show(_csv.Reader)
show(_csv.Writer)
print(_csv.QUOTE_MINIMAL, _csv.QUOTE_ALL, _csv.QUOTE_NONNUMERIC, _csv.QUOTE_NONE, _csv.__version__, _csv.Error, issubclass(csv.Error, Exception), _csv.Error.__module__)
print(sorted(n for n in dir(_csv) if not n.startswith("__")))
# csv.py on top
f = io.StringIO("name,age\nada,36\nbob,\n")
print([dict(r) for r in csv.DictReader(f)])
f = io.StringIO("x;y\n1;2;3\n4\n")
print([dict(r) for r in csv.DictReader(f, delimiter=";", restkey="rest", restval="?")])
s = io.StringIO(); dw = csv.DictWriter(s, ["a", "b"], extrasaction="ignore"); dw.writeheader(); dw.writerow({"a": 1, "b": "x,y", "c": 3}); dw.writerows([{"a": 2}]); print(repr(s.getvalue()))
show(csv.DictWriter(io.StringIO(), ["a"]).writerow, {"z": 1})
sn = csv.Sniffer()
dia = sn.sniff("a;b;c\n1;2;3\n4;5;6\n")
print(dia.delimiter, sn.has_header("name,age\nada,36\nbob,41\n"), sn.sniff('"a","b"\n"c","d"\n').quotechar)
