# Records incremental.txt: the stateful decoders (codecs.*_decode with final=False/True), as
# incremental decoders and TextIOWrapper use them. Run from objects/bytes: python3 recorders/record_incremental.py > incremental.txt
import codecs
inputs = [b"", b"abc", b"\xc3", b"a\xc3", b"a\xc3\xa9", b"\xe2\x82", b"\xf0\x9f\x90", b"\xf0\x9f\x90\x8d", b"\xe2\x28",
          b"\xff", b"a\x00b", b"a\x00\x00", b"\x00\xd8", b"\x00\xd8\x00", b"\x00\xd8\x00\xdc", b"a\x00\x00\x00b",
          b"\xef\xbb\xbfx", b"\xef\xbb", b"\x00\xdc\x41"]
funcs = {"utf-8": codecs.utf_8_decode, "utf-16-le": codecs.utf_16_le_decode, "utf-16-be": codecs.utf_16_be_decode,
         "utf-32-le": codecs.utf_32_le_decode, "utf-32-be": codecs.utf_32_be_decode}
for name, f in funcs.items():
    for b in inputs:
        for errors in ("strict", "replace"):
            for final in (False, True):
                try:
                    text, used = f(b, errors, final)
                    result = "%r %d" % (text, used)
                except Exception as e:
                    result = "%s: %s" % (type(e).__name__, e)
                print("%s|%s|%s|%s|%s" % (name, errors, final, b.hex(), result))
