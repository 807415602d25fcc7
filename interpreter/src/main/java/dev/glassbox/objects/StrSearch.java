package dev.glassbox.objects;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The searching and splitting algorithms behind str's methods (Objects/stringlib/find.h,
 * count.h, split.h, partition.h and unicodeobject.c's replace, tailmatch, do_strip): the
 * {@code start}/{@code end} arguments adjusted as {@code ADJUST_INDICES} does, results in code
 * points. Matching runs on the Java (UTF-16) text: a needle made of whole code points can only
 * match at code-point boundaries, so only the indices need converting.
 */
final class StrSearch {
    private StrSearch() {}

    /** The [start, end) window of find/count/startswith in code points, adjusted to len; start may exceed len. */
    static long[] window(PyObject startArg, PyObject endArg, int len) {
        long start = startArg == null ? 0 : PySlice.sliceIndex(startArg, 0);
        long end = endArg == null ? Long.MAX_VALUE : PySlice.sliceIndex(endArg, Long.MAX_VALUE);
        if (end > len) {
            end = len;
        } else if (end < 0) {
            end += len;
            if (end < 0) end = 0;
        }
        if (start < 0) {
            start += len;
            if (start < 0) start = 0;
        }
        return new long[] {start, end};
    }

    static int cpLength(String s) {
        return s.codePointCount(0, s.length());
    }

    /** str.find / rfind: code-point index of sub within [start, end), or -1. */
    static long find(PyStr s, String sub, PyObject startArg, PyObject endArg, boolean reverse) {
        long[] w = window(startArg, endArg, s.length());
        long start = w[0], end = w[1];
        if (end - start < cpLength(sub)) return -1;
        int cs = s.charIndex((int) start), ce = s.charIndex((int) end);
        String v = s.value;
        int r;
        if (!reverse) {
            r = v.indexOf(sub, cs);
            if (r < 0 || r + sub.length() > ce) return -1;
        } else {
            r = v.lastIndexOf(sub, ce - sub.length());
            if (r < cs) return -1;
        }
        return s.codePointIndex(r);
    }

    /** str.count: non-overlapping occurrences within [start, end). */
    static long count(PyStr s, String sub, PyObject startArg, PyObject endArg) {
        long[] w = window(startArg, endArg, s.length());
        long start = w[0], end = w[1];
        if (end - start < cpLength(sub)) return 0;
        if (sub.isEmpty()) return end - start + 1;
        int cs = s.charIndex((int) start), ce = s.charIndex((int) end);
        String v = s.value;
        long n = 0;
        for (int i = v.indexOf(sub, cs); i >= 0 && i + sub.length() <= ce; i = v.indexOf(sub, i + sub.length())) n++;
        return n;
    }

    /** tailmatch: whether sub is at the start (or end) of the window [start, end). */
    static boolean tailMatch(PyStr s, String sub, PyObject startArg, PyObject endArg, boolean atEnd) {
        long[] w = window(startArg, endArg, s.length());
        long start = w[0], end = w[1];
        end -= cpLength(sub);
        if (end < start) return false;
        if (sub.isEmpty()) return true;
        int at = s.charIndex((int) (atEnd ? end : start));
        return s.value.startsWith(sub, at);
    }

    /** str.replace: at most count replacements (all when count < 0). */
    static String replace(String v, String old, String repl, long count) {
        if (count == 0) return v;
        if (old.isEmpty()) {
            // Insert repl before every code point and at the end, count times at most.
            StringBuilder b = new StringBuilder(v.length() + repl.length() * 4);
            long left = count < 0 ? Long.MAX_VALUE : count;
            int i = 0;
            while (true) {
                if (left > 0) {
                    b.append(repl);
                    left--;
                }
                if (i >= v.length()) break;
                int cp = v.codePointAt(i);
                int n = Character.charCount(cp);
                b.append(v, i, i + n);
                i += n;
                if (left == 0) {
                    b.append(v, i, v.length());
                    break;
                }
            }
            return b.toString();
        }
        int j = v.indexOf(old);
        if (j < 0) return v;
        StringBuilder b = new StringBuilder(v.length());
        int i = 0;
        long left = count < 0 ? Long.MAX_VALUE : count;
        while (j >= 0 && left > 0) {
            b.append(v, i, j).append(repl);
            i = j + old.length();
            left--;
            j = v.indexOf(old, i);
        }
        return b.append(v, i, v.length()).toString();
    }

    // ------------------------------------------------------------------ split

    private static PyStr piece(String v, int from, int to) {
        return PyStr.of(v.substring(from, to));
    }

    /** split_whitespace: runs of whitespace separate; leading/trailing whitespace ignored. */
    static List<PyObject> splitWhitespace(String v, long maxsplit) {
        List<PyObject> out = new ArrayList<>();
        int n = v.length();
        int i = 0;
        // Whitespace is all in the BMP, so UTF-16 units can be tested one by one.
        while (maxsplit-- > 0) {
            while (i < n && StrChars.isSpace(v.charAt(i))) i++;
            if (i == n) break;
            int j = i++;
            while (i < n && !StrChars.isSpace(v.charAt(i))) i++;
            out.add(piece(v, j, i));
        }
        if (i < n) {
            // maxsplit reached: the rest after the whitespace is one piece.
            while (i < n && StrChars.isSpace(v.charAt(i))) i++;
            if (i != n) out.add(piece(v, i, n));
        }
        return out;
    }

    static List<PyObject> rsplitWhitespace(String v, long maxsplit) {
        List<PyObject> out = new ArrayList<>();
        int i = v.length() - 1;
        while (maxsplit-- > 0) {
            while (i >= 0 && StrChars.isSpace(v.charAt(i))) i--;
            if (i < 0) break;
            int j = i--;
            while (i >= 0 && !StrChars.isSpace(v.charAt(i))) i--;
            out.add(piece(v, i + 1, j + 1));
        }
        if (i >= 0) {
            while (i >= 0 && StrChars.isSpace(v.charAt(i))) i--;
            if (i >= 0) out.add(piece(v, 0, i + 1));
        }
        Collections.reverse(out);
        return out;
    }

    static List<PyObject> split(String v, String sep, long maxsplit) {
        List<PyObject> out = new ArrayList<>();
        int i = 0;
        while (maxsplit-- > 0) {
            int j = v.indexOf(sep, i);
            if (j < 0) break;
            out.add(piece(v, i, j));
            i = j + sep.length();
        }
        out.add(piece(v, i, v.length()));
        return out;
    }

    static List<PyObject> rsplit(String v, String sep, long maxsplit) {
        List<PyObject> out = new ArrayList<>();
        int i = v.length();
        while (maxsplit-- > 0) {
            int j = i - sep.length() < 0 ? -1 : v.lastIndexOf(sep, i - sep.length());
            if (j < 0) break;
            out.add(piece(v, j + sep.length(), i));
            i = j;
        }
        out.add(piece(v, 0, i));
        Collections.reverse(out);
        return out;
    }

    /** splitlines: \n, \r, \r\n and the other Unicode line boundaries end a line. */
    static List<PyObject> splitLines(String v, boolean keepends) {
        List<PyObject> out = new ArrayList<>();
        int n = v.length();
        int i = 0;
        while (i < n) {
            int j = i;
            // Line boundaries are all in the BMP.
            while (i < n && !StrChars.isLinebreak(v.charAt(i))) i++;
            int eol = i;
            if (i < n) {
                if (v.charAt(i) == '\r' && i + 1 < n && v.charAt(i + 1) == '\n') i += 2;
                else i++;
                if (keepends) eol = i;
            }
            out.add(piece(v, j, eol));
        }
        return out;
    }

    // ------------------------------------------------------------------ strip

    /** do_strip / do_argstrip: which ends (1 left, 2 right, 3 both), whitespace when chars is null. */
    static String strip(String v, String chars, int which) {
        if (chars == null) {
            // Whitespace is all in the BMP and no surrogate is whitespace: test UTF-16 units.
            int i = 0, j = v.length();
            if ((which & 1) != 0) while (i < j && StrChars.isSpace(v.charAt(i))) i++;
            if ((which & 2) != 0) while (j > i && StrChars.isSpace(v.charAt(j - 1))) j--;
            return i == 0 && j == v.length() ? v : v.substring(i, j);
        }
        int[] cps = v.codePoints().toArray();
        int[] set = chars.codePoints().toArray();
        int i = 0, j = cps.length;
        if ((which & 1) != 0) while (i < j && stripped(cps[i], set)) i++;
        if ((which & 2) != 0) while (j > i && stripped(cps[j - 1], set)) j--;
        if (i == 0 && j == cps.length) return v;
        return new String(cps, i, j - i);
    }

    private static boolean stripped(int cp, int[] set) {
        for (int c : set) if (c == cp) return true;
        return false;
    }
}
