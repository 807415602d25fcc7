package dev.glassbox.objects.unicode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.glassbox.objects.numbers.FloatRepr;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import java.util.zip.CRC32;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

/**
 * UnicodeDatabase, StrClassify and CaseOps against CPython 3.11 for every code point
 * 0..0x10FFFF (per-property CRC-32s per block of 4096, unicode/properties.txt) and against
 * CPython's results on ~2,000 strings with context-dependent casing (unicode/case_strings.txt.gz)
 * ~10,000 unicodedata.lookup() calls (aliases and named sequences included) (unicode/lookups.txt.gz) and the four normalization forms of
 * 3,000 strings (unicode/normalize.txt.gz).
 * Both files are written by tools/unicode/gen_unicode_checks.py.
 */
class UnicodeDatabaseTest {

    static List<String> load(String name) throws IOException {
        List<String> lines = new ArrayList<>();
        try (InputStream in = UnicodeDatabaseTest.class.getResourceAsStream("/unicode/" + name);
             BufferedReader r = new BufferedReader(new InputStreamReader(
                     name.endsWith(".gz") ? new GZIPInputStream(in) : in, StandardCharsets.US_ASCII))) {
            for (String line; (line = r.readLine()) != null; ) lines.add(line);
        }
        return lines;
    }

    static String str(int cp) {
        return new String(Character.toChars(cp));
    }

    static String hexes(String s) {
        StringBuilder sb = new StringBuilder();
        s.codePoints().forEach(cp -> {
            if (sb.length() > 0) sb.append(' ');
            sb.append(Integer.toHexString(cp));
        });
        return sb.toString();
    }

    static String b(boolean v) {
        return v ? "1" : "0";
    }

    /** The Java side of each property in properties.txt, as the same text per code point. */
    static Map<String, IntFunction<String>> properties() {
        Map<String, IntFunction<String>> p = new LinkedHashMap<>();
        p.put("category", UnicodeDatabase::category);
        p.put("isalpha", cp -> b(StrClassify.isAlpha(str(cp)) && UnicodeDatabase.isAlpha(cp)));
        p.put("isdecimal", cp -> b(StrClassify.isDecimal(str(cp)) && UnicodeDatabase.isDecimal(cp)));
        p.put("isdigit", cp -> b(StrClassify.isDigit(str(cp)) && UnicodeDatabase.isDigit(cp)));
        p.put("isnumeric", cp -> b(StrClassify.isNumeric(str(cp)) && UnicodeDatabase.isNumeric(cp)));
        p.put("isalnum", cp -> b(StrClassify.isAlnum(str(cp)) && UnicodeDatabase.isAlnum(cp)));
        p.put("isspace", cp -> b(StrClassify.isSpace(str(cp)) && UnicodeDatabase.isSpace(cp)));
        p.put("isprintable", cp -> b(StrClassify.isPrintable(str(cp)) && UnicodeDatabase.isPrintable(cp)));
        p.put("islower", cp -> b(StrClassify.isLower(str(cp))));
        p.put("isupper", cp -> b(StrClassify.isUpper(str(cp))));
        p.put("istitle", cp -> b(StrClassify.isTitle(str(cp))));
        p.put("isidentifier", cp -> b(StrClassify.isIdentifier(str(cp))));
        p.put("idcontinue", cp -> b(StrClassify.isIdentifier("a" + str(cp))));
        p.put("linebreak", cp -> b(UnicodeDatabase.isLinebreak(cp)));
        p.put("decimal", cp -> Integer.toString(UnicodeDatabase.decimal(cp)));
        p.put("digit", cp -> Integer.toString(UnicodeDatabase.digit(cp)));
        p.put("numeric", cp -> {
            double v = UnicodeDatabase.numeric(cp);
            return Double.isNaN(v) ? "-" : FloatRepr.repr(v);
        });
        p.put("lower", cp -> hexes(CaseOps.lower(str(cp))));
        p.put("upper", cp -> hexes(CaseOps.upper(str(cp))));
        p.put("title", cp -> hexes(CaseOps.title(str(cp))));
        p.put("capitalize", cp -> hexes(CaseOps.capitalize(str(cp))));
        p.put("swapcase", cp -> hexes(CaseOps.swapcase(str(cp))));
        p.put("casefold", cp -> hexes(CaseOps.casefold(str(cp))));
        p.put("name", cp -> {
            String n = UnicodeNames.name(cp);
            return n == null ? "-" : n;
        });
        p.put("bidirectional", UnicodeDatabase::bidirectional);
        p.put("combining", cp -> Integer.toString(UnicodeDatabase.combining(cp)));
        p.put("east_asian_width", UnicodeDatabase::eastAsianWidth);
        p.put("mirrored", cp -> UnicodeDatabase.mirrored(cp) ? "1" : "0");
        p.put("decomposition", UnicodeNormalizer::decomposition);
        for (String form : new String[] {"NFC", "NFD", "NFKC", "NFKD"}) {
            p.put(form, cp -> hexes(UnicodeNormalizer.normalize(form, str(cp))));
        }
        p.put("sre_tolower", cp -> Integer.toHexString(UnicodeDatabase.toLowercase(cp)));
        p.put("sre_iscased", cp -> b(UnicodeDatabase.isSreCased(cp)));
        p.put("first_upper", cp -> Integer.toHexString(UnicodeDatabase.toUppercase(cp)));
        p.put("first_title", cp -> Integer.toHexString(UnicodeDatabase.toTitlecase(cp)));
        return p;
    }

    @Test
    void everyCodePointMatchesCPython() throws IOException {
        Map<String, IntFunction<String>> props = properties();
        List<String> lines = load("properties.txt");
        assertEquals(props.size(), lines.size());
        List<String> mismatches = new ArrayList<>();
        for (String line : lines) {
            String[] f = line.split(" ");
            IntFunction<String> fn = props.get(f[0]);
            assertTrue(fn != null, "unknown property " + f[0]);
            assertEquals(0x110000 / 4096 + 1, f.length);
            CRC32 crc = new CRC32();
            for (int block = 0; block < 0x110000 / 4096; block++) {
                crc.reset();
                for (int cp = block * 4096; cp < (block + 1) * 4096; cp++) {
                    crc.update((fn.apply(cp) + "\n").getBytes(StandardCharsets.ISO_8859_1));
                }
                String got = String.format("%08x", crc.getValue());
                if (!got.equals(f[block + 1])) {
                    mismatches.add(f[0] + " U+" + Integer.toHexString(block * 4096) + "..U+"
                            + Integer.toHexString(block * 4096 + 4095));
                }
            }
        }
        assertEquals(List.of(), mismatches);
    }

    static String fromHexes(String s) {
        StringBuilder sb = new StringBuilder();
        if (s.isEmpty()) return "";
        for (String h : s.split(" ")) sb.appendCodePoint(Integer.parseInt(h, 16));
        return sb.toString();
    }

    @Test
    void stringCaseOperationsMatchCPython() throws IOException {
        List<String> lines = load("case_strings.txt.gz");
        assertTrue(lines.size() > 1000);
        int failures = 0;
        StringBuilder report = new StringBuilder();
        for (String line : lines) {
            String[] f = line.split("\t", -1);
            String s = fromHexes(f[0]);
            String[] got = {hexes(CaseOps.lower(s)), hexes(CaseOps.upper(s)), hexes(CaseOps.title(s)),
                hexes(CaseOps.capitalize(s)), hexes(CaseOps.swapcase(s)), hexes(CaseOps.casefold(s))};
            String preds = b(StrClassify.isAlpha(s)) + b(StrClassify.isDecimal(s)) + b(StrClassify.isDigit(s))
                    + b(StrClassify.isNumeric(s)) + b(StrClassify.isAlnum(s)) + b(StrClassify.isSpace(s))
                    + b(StrClassify.isPrintable(s)) + b(StrClassify.isLower(s)) + b(StrClassify.isUpper(s))
                    + b(StrClassify.isTitle(s)) + b(StrClassify.isIdentifier(s));
            boolean ok = preds.equals(f[7]);
            for (int i = 0; i < 6; i++) ok &= got[i].equals(f[i + 1]);
            if (!ok && failures++ < 20) {
                report.append(line).append("\n  got ").append(String.join("\t", got)).append('\t').append(preds).append('\n');
            }
        }
        assertEquals(0, failures, report.toString());
    }

    @Test
    void normalizationMatchesCPython() throws IOException {
        List<String> lines = load("normalize.txt.gz");
        String[] forms = {"NFC", "NFD", "NFKC", "NFKD"};
        int failures = 0;
        StringBuilder report = new StringBuilder();
        for (String line : lines) {
            String[] f = line.split("\t", -1);
            String s = fromHexes(f[0]);
            for (int i = 0; i < 4; i++) {
                String got = hexes(UnicodeNormalizer.normalize(forms[i], s));
                boolean normalized = UnicodeNormalizer.isNormalized(forms[i], s);
                if ((!got.equals(f[i + 1]) || normalized != f[i + 1].equals(f[0])) && failures++ < 20) {
                    report.append(forms[i]).append(' ').append(line).append(" -> ").append(got).append('\n');
                }
            }
        }
        assertEquals(0, failures, report.toString());
    }

    @Test
    void lookupMatchesCPython() throws IOException {
        List<String> lines = load("lookups.txt.gz");
        int failures = 0;
        StringBuilder report = new StringBuilder();
        for (String line : lines) {
            int tab = line.lastIndexOf('\t');
            String name = line.substring(0, tab), want = line.substring(tab + 1);
            int cp = UnicodeNames.lookup(name);
            int[] seq = cp == -1 ? UnicodeNames.namedSequence(name) : null;
            String got = cp >= 0 ? Integer.toHexString(cp)
                    : cp == UnicodeNames.TOO_LONG ? "!KeyError: 'name too long'"
                    : seq != null ? hexes(new String(seq, 0, seq.length))
                    : "!KeyError: \"undefined character name '" + name + "'\"";
            if (!got.equals(want) && failures++ < 20) report.append(line).append(" -> ").append(got).append('\n');
        }
        assertEquals(0, failures, report.toString());
    }

    @Test
    void loadsQuicklyAndKnowsItsVersion() {
        assertEquals("14.0.0", UnicodeDatabase.UNIDATA_VERSION);
        System.out.printf("UnicodeDatabase loaded in %.1f ms%n", UnicodeDatabase.LOAD_MILLIS);
        assertTrue(UnicodeDatabase.LOAD_MILLIS < 2000, "load took " + UnicodeDatabase.LOAD_MILLIS + " ms");
    }

    @Test
    void reprAndAsciiOfStrings() {
        assertEquals("'abc'", StrRepr.repr("abc"));
        assertEquals("\"it's\"", StrRepr.repr("it's"));
        assertEquals("'\\'\"'", StrRepr.repr("'\""));
        assertEquals("'\\t\\n\\r\\x00\\x7f\\\\'", StrRepr.repr("\t\n\r\0\u007f\\"));
        assertEquals("'é\\u200b\\x85\\U000e0001'", StrRepr.repr("é\u200b\u0085\udb40\udc01"));
        assertEquals("'\\xe9\\u20ac\\U0001f600'", StrRepr.ascii("é€\ud83d\ude00"));
    }
}
