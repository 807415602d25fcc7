# The charmap codec of _codecs: charmap_build (EncodingMap or dict), charmap_decode/encode with
# tables, EncodingMaps, dicts and other mappings, error handlers, and the code-page codecs over them.
import codecs
m = codecs.charmap_build('\x00ab\ufffec')
print(type(m).__name__, m.size())
print(codecs.charmap_decode(b'\x00\x01\x04', 'strict', '\x00ab\ufffec'))
for data in [b'\x03', b'\x05']:
  try: codecs.charmap_decode(data, 'strict', '\x00ab\ufffec')
  except Exception as e: print(repr(e))
print(codecs.charmap_decode(b'\x03\x05a', 'replace', '\x00ab\ufffec'))
print(codecs.charmap_encode('abc', 'strict', m))
try: codecs.charmap_encode('abxc', 'strict', m)
except Exception as e: print(repr(e))
print(codecs.charmap_encode('abxyc', 'replace', {ord(c):ord(c) for c in '?abc'}), codecs.charmap_encode('abxyc', 'xmlcharrefreplace', {ord(c):ord(c) for c in '&#;0123456789abcx'}))
try: print(codecs.charmap_encode('abxyc', 'replace', m))
except Exception as e: print(repr(e))
print(codecs.charmap_decode(b'\xe9'), codecs.charmap_encode('\xe9'))
print(codecs.charmap_decode(b'\x00\x01', 'strict', {0: 'xy', 1: 66}))
for mp in [{0: 3.5}, {0: 0x110000}, {}, {0: None}, [65]]:
  try: print(codecs.charmap_decode(b'\x00', 'strict', mp))
  except Exception as e: print(repr(e))
for mp in [{97: 'x'}, {97: 300}, {97: b'xy'}, {}, {97: None}]:
  try: print(codecs.charmap_encode('a', 'strict', mp))
  except Exception as e: print(repr(e))
print('é€'.encode('cp1252'), b'\x80\x81'.decode('cp1252', 'replace'), codecs.lookup('cp1252').name)
print(b'\x9c'.decode('cp437'), 'œ'.encode('cp1252'), codecs.decode(b'abc', 'cp037'))
import encodings.cp1252 as c, encodings.koi8_r as k
print(type(c.encoding_table).__name__, c.encoding_table.size(), k.encoding_table.size())
print(codecs.charmap_build('a\ufffeb\ufffe'), codecs.charmap_build(''.join(map(chr, range(256)))).size())
for t in ['', b'x']:
  try: codecs.charmap_build(t)
  except Exception as e: print(repr(e))
print('привет'.encode('koi8_r'), codecs.decode('привет'.encode('koi8_r'), 'koi8_r'))
print(codecs.encode('abc€', 'cp1252', 'strict'), codecs.decode(b'\x81', 'cp1252', 'backslashreplace'))
