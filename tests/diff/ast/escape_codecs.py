# The unicode_escape and raw_unicode_escape codecs (ast.unparse escapes string literals with them).
import codecs
for s in ["a\\b\t\n\r\x00\x7f\xe9\u1234\U0001f600'\"", ""]:
    print(s.encode('unicode_escape'), s.encode('raw_unicode_escape'))
for b in [rb"\x41\u00e9\U0001F600\N{BULLET}\101\n\\\'\"\a\b", rb"plain", rb"\u12", rb"\x4", rb"\N{NOPE}", rb"ab\\", rb"\U00110000"]:
    for err in ("strict", "replace", "ignore", "backslashreplace"):
        try:
            print(err, repr(b.decode('unicode_escape', err)))
        except UnicodeDecodeError as e:
            print(err, 'UnicodeDecodeError', e)
for b in [rb"\u00e9 \\u00e9 \\\u00e9 \x41", rb"\u12", rb"\U00110000"]:
    try:
        print(repr(b.decode('raw_unicode_escape')))
    except UnicodeDecodeError as e:
        print('UnicodeDecodeError', e)
print(codecs.unicode_escape_decode(rb"ab\x4", "strict", False), codecs.unicode_escape_decode(b"ab\\", "strict", False))
print(codecs.unicode_escape_decode(rb"ab\x4", "strict", True) if False else codecs.unicode_escape_decode(b"x"))
