# _json (scanstring, make_scanner, make_encoder, encode_basestring(_ascii)) under CPython's
# json: decoding every value kind and error position, hooks, encoding options, circular
# references, default(), key kinds, and the C encoder's own messages.
import json, _json, json.decoder, json.scanner, json.encoder
from collections import OrderedDict

def show(f, *a, **k):
    try:
        r = f(*a, **k)
    except Exception as e:
        r = "%s: %s" % (type(e).__name__, e)
    print(repr(r))

print(json.scanner.make_scanner is _json.make_scanner, json.decoder.scanstring is _json.scanstring,
      json.encoder.c_make_encoder is _json.make_encoder, json.encoder.encode_basestring_ascii is _json.encode_basestring_ascii)
docs = ['{"a": [1, 2.5, -3e2, true, false, null], "b": {"c": "d"}}', '[]', '{}', ' [ 1 , 2 ] ', '"\\u00e9\\n\\t\\"\\\\\\/\\b\\f\\r"',
        '"\\ud83d\\ude00 and \\ud83d alone \\ude00"', '-0', '0.5', '1E5', '1e-2', '123456789012345678901234567890', '-12.5e+3',
        'NaN', 'Infinity', '-Infinity', '[1e400, -1e400]', '{"k": 1, "k": 2}', '"caf\u00e9 \U0001f600"', '[[[[]]]]', '{"a":{"b":{"c":[{}]}}}',
        '"tab\tinside"', '0', '-1', '1.0', '[true,false,null]']
for d in docs:
    show(json.loads, d)
bad = ['', ' ', '[', '[1,', '[1 2]', '{"a" 1}', '{"a": }', '{a: 1}', '{"a": 1,}', '[1,]', '"abc', '"\\x"', '"\\u12"', '"\\u12zz"',
       '"ctrl\x01"', 'nul', 'tru', '-', '01', '1.', '.5', '[1] x', '{"a": 1 "b": 2}', '-Inf', '"\\', '{"a":1', '[-]', '{"', ':', '"\\u"', '1e', '1e+']
for d in bad:
    try:
        json.loads(d)
        print("no error", repr(d))
    except json.JSONDecodeError as e:
        print(repr(d), "->", e.msg, e.pos, e.lineno, e.colno)
print(json.loads('"ctrl\x01"', strict=False), json.loads('{"a": 1.5}', parse_float=str), json.loads('[7]', parse_int=float),
      json.loads('[NaN]', parse_constant=lambda c: "const:" + c), json.loads('{"a": 1}', object_hook=lambda d: sorted(d.items())),
      json.loads('{"b": 1, "a": 2}', object_pairs_hook=OrderedDict), json.loads('{"b": 1}', object_pairs_hook=list, object_hook=dict))
print(_json.scanstring('"abc" tail', 1), _json.scanstring('x"a\\nb"', 2), _json.scanstring('"\x01"', 1, False))
show(_json.scanstring, '"abc', 1)
show(_json.scanstring, b'"abc"', 1)
show(_json.scanstring, '"abc"', 10)
show(_json.scanstring, '"abc"', -1)
show(_json.scanstring, '"abc"')
show(_json.scanstring, '"abc"', "1")
dec = json.JSONDecoder()
sc = dec.scan_once
print(type(sc).__name__, sc.strict, sc.object_hook, sc.parse_float, sc.parse_int is int, sc.parse_constant.__name__ if hasattr(sc.parse_constant, "__name__") else sc.parse_constant)
print(sc('[1, 2] rest', 0), sc('x 42', 2), dec.raw_decode('{"a": 1} tail'), dec.raw_decode('  [3]', 2))
show(sc, '   ', 1)
show(sc, 'abc', 5)
show(sc, 'abc', -1)
show(sc, b'abc', 0)
show(sc, string='[1]', idx=0)
show(sc, '[1]')
show(sc, '[1]', 0, 1)
show(_json.make_scanner)
class Ctx:
    strict = False; object_hook = None; object_pairs_hook = None; parse_float = float; parse_int = int
    parse_constant = staticmethod(lambda s: s.lower())
s2 = _json.make_scanner(Ctx())
print(s2('[NaN, "a\x02"]', 0), s2.strict)
show(_json.make_scanner, object())
# encoding
for o in [None, True, False, 0, -5, 2**80, 1.5, 1e16, 1e-7, 0.1, -0.0, float("inf"), float("-inf"), float("nan"), "", "a\"b\\c\n\x01\x1f\x7f",
          "caf\u00e9", "\U0001f600", [], {}, (), [1, [2, [3]]], (1, 2), {"a": 1, "b": [None]}, {1: "int", 2.5: "float", True: "t", None: "n"}]:
    print(json.dumps(o), json.dumps(o, ensure_ascii=False), json.dumps(o, separators=(",", ":")))
print(json.dumps("\ud800"), repr(json.dumps("\udc00x", ensure_ascii=False)))
print(json.dumps({"b": 1, "a": 2, "c": {"z": 1, "y": 2}}, sort_keys=True), json.dumps({"x": [1, 2]}, indent=2), json.dumps([1, {"a": 2}], indent="\t"))
show(json.dumps, [float("nan")], allow_nan=False)
show(json.dumps, {float("inf"): 1}, allow_nan=False)
show(json.dumps, {(1, 2): 3})
print(json.dumps({(1, 2): 3, "ok": 1}, skipkeys=True))
show(json.dumps, {1: 1, "a": 2}, sort_keys=True)
show(json.dumps, object())
show(json.dumps, {"k": {1, 2}})
l = [1]; l.append(l)
show(json.dumps, l)
d = {}; d["self"] = d
show(json.dumps, d)
show(json.dumps, l, check_circular=False)
class Pt:
    def __init__(self, x, y): self.x, self.y = x, y
print(json.dumps([Pt(1, 2), Pt(3, [Pt(4, 5)])], default=lambda o: {"x": o.x, "y": o.y}))
class Loop: pass
show(json.dumps, Loop(), default=lambda o: o)
import enum
class Color(enum.IntEnum):
    RED = 1
class F(float):
    def __repr__(self): return "F!"
class I(int):
    def __repr__(self): return "I!"
class S(str):
    pass
class D(dict):
    def items(self): return [("fake", 1)]
print(json.dumps([Color.RED, F(2.5), I(3), S("s")]), json.dumps({Color.RED: 1, I(4): 2}), json.dumps(D(real=0)), json.dumps(OrderedDict([("z", 1), ("a", 2)])))
print(_json.encode_basestring_ascii("h\u00e9llo \U0001f600 \"q\""), _json.encode_basestring("h\u00e9llo\n\"q\""))
show(_json.encode_basestring_ascii, b"x")
show(_json.encode_basestring, 5)
enc = _json.make_encoder(None, lambda o: str(o), _json.encode_basestring_ascii, None, ":", ",", True, False, True)
print(enc({"b": [1, 2.0, None], "a": "\u00e9"}, 0), enc.sort_keys, enc.skipkeys, enc.key_separator, enc.markers, enc.indent)
enc2 = _json.make_encoder({}, repr, lambda s: "<" + s + ">", None, "=", ";", False, True, True)
print(enc2({"k": ["v", 1], 2: {3}, (1,): 0}, 0))
enc3 = _json.make_encoder(None, repr, lambda s: 5, None, ":", ",", False, False, True)
show(enc3, ["x"], 0)
show(_json.make_encoder, [], None, None, None, ":", ",", False, False, True)
show(_json.make_encoder, None, None, None, None, 1, ",", False, False, True)
show(_json.make_encoder, None, None, None)
show(enc, [1])
print(type(enc).__name__, type(enc).__module__)
deep = "[" * 5000 + "]" * 5000
show(json.loads, deep)
deep_list = []
cur = deep_list
for _ in range(5000):
    nxt = []; cur.append(nxt); cur = nxt
show(json.dumps, deep_list)
print(json.loads(json.dumps({"round": [1, 2.25, "trip", None, {"n": -1}]})))
import io
buf = io.StringIO(); json.dump({"to": "file"}, buf); print(buf.getvalue(), json.load(io.StringIO('{"from": "file"}')))
