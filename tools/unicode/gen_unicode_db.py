#!/usr/bin/env python3
"""Writes the runtime's Unicode character database from CPython's own unicodedata.

Run with CPython 3.11 (Unicode 14.0.0) from the repository root:

    python3 tools/unicode/gen_unicode_db.py

Output: interpreter/src/main/resources/dev/glassbox/objects/unicode/ucd.bin.gz, read by
dev.glassbox.objects.unicode.UnicodeDatabase, and names.txt.gz next to it (character names,
read lazily by UnicodeNames) and decomp.txt.gz (decompositions, read lazily by
UnicodeNormalizer). Every property is taken from what CPython does
with one code point (str methods on chr(cp)), so the table is CPython's behaviour by
construction. Layout (big-endian, then gzip):

    magic 'GBUD', int version(3), UTF version string (short length + ASCII)
    int nRecords; per record: byte category, int flags, byte decimal, byte digit,
        short numericIndex, int lower, int upper, int title, int fold, byte bidirectional,
        byte combining class, byte east asian width
    int nNumeric; double values
    int nSpecial; per entry: byte length, int code points   (multi-character case mappings)
    int shift; int len1; short index1[len1]; int len2; short index2[len2]

A case mapping int m is a single code point cp + (m >> 1) when m is even, else special
entry m >> 1. record(cp) = records[index2[(index1[cp >> shift] << shift) + (cp & mask)]].
"""
import gzip
import os
import struct
import sys
import unicodedata

assert unicodedata.unidata_version == '14.0.0', unicodedata.unidata_version

CATEGORIES = ['Cn', 'Lu', 'Ll', 'Lt', 'Lm', 'Lo', 'Mn', 'Mc', 'Me', 'Nd', 'Nl', 'No',
              'Pc', 'Pd', 'Ps', 'Pe', 'Pi', 'Pf', 'Po', 'Sm', 'Sc', 'Sk', 'So',
              'Zs', 'Zl', 'Zp', 'Cc', 'Cf', 'Cs', 'Co']
FLAGS = ['ALPHA', 'DECIMAL', 'DIGIT', 'NUMERIC', 'SPACE', 'PRINTABLE', 'LOWER', 'UPPER',
         'TITLE', 'CASED', 'CASE_IGNORABLE', 'XID_START', 'XID_CONTINUE', 'LINEBREAK', 'MIRRORED',
         'NFD_STABLE', 'NFKD_STABLE', 'NFC_STABLE', 'NFKC_STABLE']


def composition_seconds():
    """Code points that canonical composition can join to a preceding character: second
    halves of two-character canonical decompositions that NFC recomposes, and the Hangul
    vowel and trailing jamo."""
    seconds = set(range(0x1161, 0x1176)) | set(range(0x11A8, 0x11C3))
    for cp in range(0x110000):
        c = chr(cp)
        d = unicodedata.decomposition(c)
        if d and not d.startswith('<') and len(d.split()) == 2 and unicodedata.normalize('NFC', c) == c:
            seconds.add(int(d.split()[1], 16))
    return seconds


SECONDS = composition_seconds()
BIDI = ['', 'L', 'LRE', 'LRO', 'R', 'AL', 'RLE', 'RLO', 'PDF', 'EN', 'ES', 'ET', 'AN', 'CS', 'NSM',
        'BN', 'B', 'S', 'WS', 'ON', 'LRI', 'RLI', 'FSI', 'PDI']
EAST_ASIAN_WIDTH = ['F', 'H', 'W', 'Na', 'A', 'N']
SHIFT = 7


def flags_of(c):
    cased = (c + 'a').title()[-1] == 'a'
    if cased:
        ignorable = ('A\u03a3' + c).lower()[1] == '\u03c2'
    else:
        ignorable = ('A' + c + '\u03a3').lower()[-1] == '\u03c2'
    values = {
        'ALPHA': c.isalpha(), 'DECIMAL': c.isdecimal(), 'DIGIT': c.isdigit(),
        'NUMERIC': c.isnumeric(), 'SPACE': c.isspace(), 'PRINTABLE': c.isprintable(),
        'LOWER': c.islower(), 'UPPER': c.isupper(),
        'TITLE': c.istitle() and not c.isupper(),
        'CASED': cased, 'CASE_IGNORABLE': ignorable,
        'XID_START': c.isidentifier(), 'XID_CONTINUE': ('a' + c).isidentifier(),
        'LINEBREAK': len(('a' + c + 'b').splitlines()) == 2,
        'MIRRORED': unicodedata.mirrored(c) == 1,
    }
    # A character is stable under a form when normalizing it alone changes nothing, it is a
    # starter, and (for the composing forms) nothing can compose onto it from the left: a
    # string of stable characters is already normalized, without loading the decompositions.
    starter = unicodedata.combining(c) == 0 and ord(c) not in SECONDS
    for form, decomposed in (('NFD', 'NFD'), ('NFKD', 'NFKD'), ('NFC', 'NFD'), ('NFKC', 'NFKD')):
        first = unicodedata.normalize(decomposed, c)[0]
        values[form + '_STABLE'] = (starter and unicodedata.normalize(form, c) == c
                                    and ord(first) not in SECONDS)
    f = 0
    for i, name in enumerate(FLAGS):
        if values[name]:
            f |= 1 << i
    return f


ALGORITHMIC_PREFIXES = ['CJK UNIFIED IDEOGRAPH-', 'CJK COMPATIBILITY IDEOGRAPH-',
                        'KHITAN SMALL SCRIPT CHARACTER-', 'NUSHU CHARACTER-']


def write_names(path):
    """names.txt.gz: 'R start end PREFIX' lines for names PREFIX + '%04X' % cp over a range,
    then 'cp;NAME' lines (hex code point) for every other named code point. Hangul syllable
    names are computed by the Java side and left out."""
    lines = []
    ranges = {}
    for cp in range(0x110000):
        name = unicodedata.name(chr(cp), None)
        if name is None or 0xAC00 <= cp <= 0xD7A3:
            continue
        for prefix in ALGORITHMIC_PREFIXES:
            if name == prefix + '%04X' % cp:
                r = ranges.setdefault(prefix, [])
                if r and r[-1][1] == cp - 1:
                    r[-1][1] = cp
                else:
                    r.append([cp, cp])
                break
        else:
            lines.append('%x;%s' % (cp, name))
    head = ['R %x %x %s' % (a, b, prefix) for prefix in ALGORITHMIC_PREFIXES for a, b in ranges[prefix]]
    extra = aliases_and_sequences()
    with open(path, 'wb') as f:
        f.write(gzip.compress(('\n'.join(head + lines + extra) + '\n').encode('ascii'), 9, mtime=0))
    return len(lines)


# Debian's unicode-data package (apt-get install unicode-data) puts the Unicode data files here.
UCD_DIR = os.environ.get('UCD_DIR', '/usr/share/unicode')


def aliases_and_sequences():
    """'A cp;ALIAS' and 'S cp cp ...;NAME' lines: the name aliases and named sequences that
    python3's unicodedata.lookup accepts. Python cannot list them, so they are read from the
    Unicode data files (any version >= 14.0) and each one is kept only if this CPython's
    lookup() agrees, which drops anything newer than its Unicode 14.0."""
    out = []
    with open(os.path.join(UCD_DIR, 'NameAliases.txt'), encoding='utf-8') as f:
        for line in f:
            line = line.split('#')[0].strip()
            if not line:
                continue
            cp, alias, _kind = line.split(';')
            try:
                ok = unicodedata.lookup(alias) == chr(int(cp, 16))
            except KeyError:
                ok = False
            if ok:
                out.append('A %x;%s' % (int(cp, 16), alias))
    with open(os.path.join(UCD_DIR, 'NamedSequences.txt'), encoding='utf-8') as f:
        for line in f:
            line = line.split('#')[0].strip()
            if not line:
                continue
            name, cps = line.split(';')
            seq = ''.join(chr(int(c, 16)) for c in cps.split())
            try:
                ok = unicodedata.lookup(name) == seq
            except KeyError:
                ok = False
            if ok:
                out.append('S %s;%s' % (' '.join('%x' % ord(c) for c in seq), name))
    return out


def write_decompositions(path):
    """decomp.txt.gz: 'cp;decomposition' (hex code point, unicodedata.decomposition text) for
    every code point that has one (Hangul syllables are algorithmic and have none here), and
    'X cp' for each code point with a canonical decomposition that NFC does not recompose
    (Full_Composition_Exclusion)."""
    lines = []
    for cp in range(0x110000):
        c = chr(cp)
        d = unicodedata.decomposition(c)
        if not d:
            continue
        lines.append('%x;%s' % (cp, d))
        if not d.startswith('<') and unicodedata.normalize('NFC', c) != c:
            lines.append('X %x' % cp)
    with open(path, 'wb') as f:
        f.write(gzip.compress(('\n'.join(lines) + '\n').encode('ascii'), 9, mtime=0))
    return len(lines)


def main():
    root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    out = os.path.join(root, 'interpreter/src/main/resources/dev/glassbox/objects/unicode/ucd.bin.gz')
    numerics = {}
    specials = {}
    records = {}
    per_cp = []

    def mapping(cp, s):
        cps = [ord(ch) for ch in s]
        if len(cps) == 1:
            return (cps[0] - cp) << 1
        key = tuple(cps)
        if key not in specials:
            specials[key] = len(specials)
        return (specials[key] << 1) | 1

    for cp in range(0x110000):
        c = chr(cp)
        num = unicodedata.numeric(c, None)
        if num is None:
            ni = 0xFFFF
        else:
            ni = numerics.setdefault(num, len(numerics))
        rec = (CATEGORIES.index(unicodedata.category(c)), flags_of(c),
               unicodedata.decimal(c, -1), unicodedata.digit(c, -1), ni,
               mapping(cp, c.lower()), mapping(cp, c.upper()), mapping(cp, c.title()),
               mapping(cp, c.casefold()), BIDI.index(unicodedata.bidirectional(c)),
               unicodedata.combining(c), EAST_ASIAN_WIDTH.index(unicodedata.east_asian_width(c)))
        per_cp.append(records.setdefault(rec, len(records)))

    # Two-level table: identical blocks of 2^SHIFT code points are stored once.
    size = 1 << SHIFT
    blocks = {}
    index1 = []
    index2 = []
    for start in range(0, 0x110000, size):
        block = tuple(per_cp[start:start + size])
        if block not in blocks:
            blocks[block] = len(blocks)
            index2.extend(block)
        index1.append(blocks[block])

    body = bytearray()
    body += b'GBUD' + struct.pack('>i', 3)
    ver = unicodedata.unidata_version.encode('ascii')
    body += struct.pack('>h', len(ver)) + ver
    body += struct.pack('>i', len(records))
    for rec in sorted(records, key=records.get):
        cat, fl, dec, dig, ni, lo, up, ti, fo, bidi, ccc, eaw = rec
        body += struct.pack('>bIbbHiiiiBBB', cat, fl, dec, dig, ni, lo, up, ti, fo, bidi, ccc, eaw)
    body += struct.pack('>i', len(numerics))
    for v in sorted(numerics, key=numerics.get):
        body += struct.pack('>d', v)
    body += struct.pack('>i', len(specials))
    for key in sorted(specials, key=specials.get):
        body += struct.pack('>b', len(key)) + b''.join(struct.pack('>i', x) for x in key)
    body += struct.pack('>ii', SHIFT, len(index1))
    body += b''.join(struct.pack('>H', x) for x in index1)
    body += struct.pack('>i', len(index2))
    body += b''.join(struct.pack('>H', x) for x in index2)
    os.makedirs(os.path.dirname(out), exist_ok=True)
    with open(out, 'wb') as f:
        f.write(gzip.compress(bytes(body), 9, mtime=0))
    ndecomp = write_decompositions(os.path.join(os.path.dirname(out), 'decomp.txt.gz'))
    print('decomposition lines %d' % ndecomp, file=sys.stderr)
    nnames = write_names(os.path.join(os.path.dirname(out), 'names.txt.gz'))
    print('names %d, names.txt.gz %d bytes' % (nnames, os.path.getsize(os.path.join(os.path.dirname(out), 'names.txt.gz'))), file=sys.stderr)
    print('records %d, numerics %d, specials %d, blocks %d, raw %d bytes, written %s'
          % (len(records), len(numerics), len(specials), len(blocks), len(body), os.path.getsize(out)),
          file=sys.stderr)


if __name__ == '__main__':
    main()
