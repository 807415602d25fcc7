#!/usr/bin/env python3
"""Writes the expected data for the Unicode database tests, from CPython 3.11 itself.

Run from the repository root: python3 tools/unicode/gen_unicode_checks.py

1. interpreter/src/test/resources/unicode/properties.txt: for each property, one line
   'name crc crc ...' with a CRC-32 per block of 4096 code points (272 blocks) over the
   text of the property's value (always ASCII) for each code point followed by '\\n'. Values:
   booleans '1'/'0'; category as 'Lu'; decimal/digit as an int (-1 when none); numeric as
   repr(float) or '-'; case mappings as the result's code points in hex joined by ' '.
   UnicodeDatabaseTest recomputes every CRC from the Java side, so a mismatch names the
   property and the block.
2. interpreter/src/test/resources/unicode/case_strings.txt.gz: random strings over letters
   whose case rules are special (final sigma, ß, İ, ŉ, ǅ, ligatures, Georgian, combining
   marks, case-ignorable punctuation) with CPython's lower/upper/title/capitalize/swapcase/
   casefold and the str.isxxx answers, all as hex code points.
3. interpreter/src/test/resources/unicode/lookups.txt.gz: unicodedata.lookup() of every
   29th name (and all below U+1000), case variants and malformed names.
4. interpreter/src/test/resources/unicode/normalize.txt.gz: 3,000 random strings of letters,
   combining marks, jamo and compatibility characters with their NFC, NFD, NFKC, NFKD.
"""
import _sre
import gzip
import os
import random
import unicodedata
import zlib

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
OUT = os.path.join(ROOT, 'interpreter/src/test/resources/unicode')


def hexes(s):
    return ' '.join('%x' % ord(ch) for ch in s)


def b(v):
    return '1' if v else '0'


PROPS = [
    ('category', unicodedata.category),
    ('isalpha', lambda c: b(c.isalpha())),
    ('isdecimal', lambda c: b(c.isdecimal())),
    ('isdigit', lambda c: b(c.isdigit())),
    ('isnumeric', lambda c: b(c.isnumeric())),
    ('isalnum', lambda c: b(c.isalnum())),
    ('isspace', lambda c: b(c.isspace())),
    ('isprintable', lambda c: b(c.isprintable())),
    ('islower', lambda c: b(c.islower())),
    ('isupper', lambda c: b(c.isupper())),
    ('istitle', lambda c: b(c.istitle())),
    ('isidentifier', lambda c: b(c.isidentifier())),
    ('idcontinue', lambda c: b(('a' + c).isidentifier())),
    ('linebreak', lambda c: b(len(('a' + c + 'b').splitlines()) == 2)),
    ('decimal', lambda c: str(unicodedata.decimal(c, -1))),
    ('digit', lambda c: str(unicodedata.digit(c, -1))),
    ('numeric', lambda c: repr(unicodedata.numeric(c)) if unicodedata.numeric(c, None) is not None else '-'),
    ('lower', lambda c: hexes(c.lower())),
    ('upper', lambda c: hexes(c.upper())),
    ('title', lambda c: hexes(c.title())),
    ('capitalize', lambda c: hexes(c.capitalize())),
    ('swapcase', lambda c: hexes(c.swapcase())),
    ('casefold', lambda c: hexes(c.casefold())),
    ('name', lambda c: unicodedata.name(c, '-')),
    ('bidirectional', unicodedata.bidirectional),
    ('combining', lambda c: str(unicodedata.combining(c))),
    ('east_asian_width', unicodedata.east_asian_width),
    ('mirrored', lambda c: str(unicodedata.mirrored(c))),
    ('decomposition', unicodedata.decomposition),
    ('NFC', lambda c: hexes(unicodedata.normalize('NFC', c))),
    ('NFD', lambda c: hexes(unicodedata.normalize('NFD', c))),
    ('NFKC', lambda c: hexes(unicodedata.normalize('NFKC', c))),
    ('NFKD', lambda c: hexes(unicodedata.normalize('NFKD', c))),
    ('sre_tolower', lambda c: '%x' % _sre.unicode_tolower(ord(c))),
    ('sre_iscased', lambda c: b(_sre.unicode_iscased(ord(c)))),
    ('first_upper', lambda c: '%x' % ord(c.upper()[0])),
    ('first_title', lambda c: '%x' % ord(c.title()[0])),
]


def properties():
    lines = []
    for name, f in PROPS:
        crcs = []
        for block in range(0x110000 // 4096):
            crc = 0
            for cp in range(block * 4096, (block + 1) * 4096):
                crc = zlib.crc32((f(chr(cp)) + '\n').encode('ascii'), crc)
            crcs.append('%08x' % crc)
        lines.append(name + ' ' + ' '.join(crcs))
    with open(os.path.join(OUT, 'properties.txt'), 'w') as out:
        out.write('\n'.join(lines) + '\n')


ALPHABET = ('aAbBzZ \u03a3\u03c3\u03c2\u0391\u03b1\u0301\u0345\u00df\u0130\u0131i\u0307\u0149\u01c5\u01c4'
            '\u01c6\ufb01\ufb03\u10d0\u1c90\u13a0\uab70\'.:\u00b7\u2019\u00ad1\u0661\u00b2\u00bd_-\t'
            '\u1e9e\u0587\u1f80\u1f88\u1fb3\u1fbc\U00010400\U00010428\u2160\u2170\u24b6\u24d0'
            '\u02b0\u0300\u200b\u3000\u00e9\u00c9')


def case_strings():
    rng = random.Random(14)
    rows = []
    samples = ['', 'hello world', "they're bill's friends", 'ὈΔΥΣΣΕΎΣ', 'ΑΣ ΑΣΑ Σ', 'aΣ\u0301b',
               'aΣ\u0301', 'ǅungla', 'ŉ', 'ﬁre ﬂy', 'İstanbul', 'straße', 'ᾈ', 'ᾀ', 'ABC123abc',
               '\U00010400\U00010428', 'a.Σ', "a'Σ'", 'Σ', ' Σ', 'AΣ\u00ad', '1Σ']
    for _ in range(2000):
        samples.append(''.join(rng.choice(ALPHABET) for _ in range(rng.randint(1, 12))))
    # Random code points (no surrogates: a Java String cannot keep an adjacent pair apart),
    # half of them from the BMP's letter-rich first 0x3000.
    def rand_cp():
        while True:
            cp = rng.randrange(0x3000) if rng.random() < 0.5 else rng.randrange(0x110000)
            if not 0xD800 <= cp < 0xE000:
                return chr(cp)
    for _ in range(1000):
        samples.append(''.join(rand_cp() for _ in range(rng.randint(1, 8))))
    for _ in range(300):  # ASCII only (the fast paths)
        samples.append(''.join(chr(rng.randrange(128)) for _ in range(rng.randint(0, 12))))
    for s in samples:
        preds = ''.join(b(v) for v in (s.isalpha(), s.isdecimal(), s.isdigit(), s.isnumeric(),
                                        s.isalnum(), s.isspace(), s.isprintable(), s.islower(),
                                        s.isupper(), s.istitle(), s.isidentifier()))
        cols = [s, s.lower(), s.upper(), s.title(), s.capitalize(), s.swapcase(), s.casefold()]
        rows.append('\t'.join([hexes(x) for x in cols] + [preds]))
    data = ('\n'.join(rows) + '\n').encode('ascii')
    with open(os.path.join(OUT, 'case_strings.txt.gz'), 'wb') as out:
        out.write(gzip.compress(data, 9, mtime=0))


NORM_ALPHABET = ('aeouAEOU\u0300\u0301\u0302\u0303\u0308\u0323\u0327\u031b\u0345\u05b0\u05b8\u0591'
                 '\u1100\u1161\u11a8\u11a7\uac00\uac01\u1e0a\u1e0c\u0044\u0307\u212b\u2126\u00c5'
                 '\ufb01\u2460\u00bd\u3300\uff21\u1f00\u0391\u03b9\u0342\u0313\u0f73\u0f71\u0f72'
                 '\u1b05\u1b35\u0915\u093c\u09c7\u09be\u00a8\u0020\u2002\u1d400\ufdfa\u0e33'
                 '\U0001d15e\U0001d165\U0001d16e\u0655\u0627\u0653\u3099\u304b\u309a\uff76\uff9e')


def normalizations():
    """normalize.txt.gz: random strings and their NFC, NFD, NFKC, NFKD, as hex code points."""
    rng = random.Random(16)
    rows = []
    # Also strings of precomposed letters, Hangul and compatibility characters, some of which
    # are already normalized (the quick-check path).
    stable_alphabet = 'a\u00e9\u00c5\u1e0a\uac00\uac01\u4e00\u00bd\ufb01\u212b\u1100\u1161\u11a8\u0cbf\u0cd5\u09c7\u09be'
    samples = [''.join(rng.choice(NORM_ALPHABET) for _ in range(rng.randint(1, 10))) for _ in range(2000)]
    samples += [''.join(rng.choice(stable_alphabet) for _ in range(rng.randint(1, 6))) for _ in range(1000)]
    for s in samples:
        cols = [s] + [unicodedata.normalize(f, s) for f in ('NFC', 'NFD', 'NFKC', 'NFKD')]
        rows.append('\t'.join(hexes(x) for x in cols))
    with open(os.path.join(OUT, 'normalize.txt.gz'), 'wb') as out:
        out.write(gzip.compress(('\n'.join(rows) + '\n').encode('ascii'), 9, mtime=0))


def lookups():
    """lookups.txt.gz: 'name<TAB>hex code points' or 'name<TAB>!KeyError message' lines; the
    names include every alias and named sequence of the Unicode data files (Debian's
    unicode-data package), whether or not this CPython knows them."""
    rng = random.Random(15)
    names = []
    for cp in range(0x110000):
        n = unicodedata.name(chr(cp), None)
        if n is not None and (cp % 29 == 0 or cp < 0x1000):
            names.append(n)
    extra = [n.lower() for n in rng.sample(names, 500)] + [n.title() for n in rng.sample(names, 200)]
    extra += ['', 'X' * 300, 'LATIN SMALL LETTER AX', 'CJK UNIFIED IDEOGRAPH-4E0', 'cjk unified ideograph-4e00',
              'CJK UNIFIED IDEOGRAPH-4e00', 'CJK UNIFIED IDEOGRAPH-04E00', 'CJK UNIFIED IDEOGRAPH-9FFF',
              'CJK UNIFIED IDEOGRAPH-A000', 'HANGUL SYLLABLE GA', 'hangul syllable ga', 'HANGUL SYLLABLE',
              'HANGUL SYLLABLE GGAG', 'HANGUL SYLLABLE GAX', 'HANGUL SYLLABLE A', 'HANGUL SYLLABLE YI',
              'NUSHU CHARACTER-1B170', 'nushu character-1b170', 'NUSHU CHARACTER-01B170',
              'cjk compatibility ideograph-f900', 'CJK COMPATIBILITY IDEOGRAPH-0F900',
              'KHITAN SMALL SCRIPT CHARACTER-18B00', 'CJK COMPATIBILITY IDEOGRAPH-FA6E', 'TANGUT IDEOGRAPH-17000', 'LATIN  SMALL LETTER A', ' LATIN SMALL LETTER A']
    ucd = os.environ.get('UCD_DIR', '/usr/share/unicode')  # Debian's unicode-data package
    with open(os.path.join(ucd, 'NameAliases.txt'), encoding='utf-8') as f:
        aliases = [line.split(';')[1] for line in f if line.strip() and not line.startswith('#')]
    with open(os.path.join(ucd, 'NamedSequences.txt'), encoding='utf-8') as f:
        seqs = [line.split(';')[0] for line in f if line.strip() and not line.startswith('#')]
    extra += aliases + seqs + [a.lower() for a in aliases[::7]] + [q.lower() for q in seqs[::5]]
    rows = []
    for n in names + extra:
        try:
            r = ' '.join('%x' % ord(ch) for ch in unicodedata.lookup(n))
        except KeyError as e:
            r = '!KeyError: ' + str(e)
        rows.append(n + '\t' + r)
    with open(os.path.join(OUT, 'lookups.txt.gz'), 'wb') as out:
        out.write(gzip.compress(('\n'.join(rows) + '\n').encode('ascii'), 9, mtime=0))


if __name__ == '__main__':
    assert unicodedata.unidata_version == '14.0.0'
    os.makedirs(OUT, exist_ok=True)
    case_strings()
    lookups()
    normalizations()
    properties()
