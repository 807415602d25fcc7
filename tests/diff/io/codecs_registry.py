# _codecs: lookup through the encodings package, incremental decoding, error handlers.
import codecs
print(codecs.lookup("UTF-8").name, codecs.lookup("latin1").name, codecs.lookup("cp1252").name if False else "")
print(codecs.encode("héllo", "utf-8"), codecs.decode(b"h\xc3\xa9", "utf-8"), "x".encode("rot13") if False else "")
d = codecs.getincrementaldecoder("utf-8")()
print(repr(d.decode(b"\xc3")), repr(d.decode(b"\xa9!")))
print(codecs.utf_8_decode(b"ab\xc3", "strict", False), codecs.latin_1_encode("é"))
print("é".encode("ascii", "backslashreplace"), "é".encode("ascii", "xmlcharrefreplace"), b"a\xffb".decode("utf-8", "replace"))
print(codecs.lookup_error("strict"), codecs.decode("abc", "rot13"))
try: codecs.lookup("nope-enc")
except LookupError as e: print(e)
