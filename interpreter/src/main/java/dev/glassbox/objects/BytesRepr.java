package dev.glassbox.objects;

/**
 * Text forms of byte strings: {@code repr} (PyBytes_Repr in Objects/bytesobject.c) and
 * {@code hex}/{@code fromhex} (Python/pystrhex.c and bytes_fromhex).
 */
final class BytesRepr {
    private BytesRepr() {}

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    /**
     * The bytes literal for b[0, n): single quotes unless the value holds a single quote and no
     * double quote; backslash, the quote, \t \n \r escaped; other bytes outside 0x20..0x7e as
     * \xhh. {@code open}/{@code close} wrap it ("b'" and "'" for bytes).
     */
    static String repr(byte[] b, int n, String open, String close) {
        return repr(b, n, open, close, false);
    }

    /** {@code alwaysEscapeSingle}: bytearray_repr escapes a single quote even inside double quotes. */
    static String repr(byte[] b, int n, String open, String close, boolean alwaysEscapeSingle) {
        boolean single = false, dbl = false;
        for (int i = 0; i < n; i++) {
            if (b[i] == '\'') single = true;
            else if (b[i] == '"') dbl = true;
        }
        char quote = single && !dbl ? '"' : '\'';
        StringBuilder s = new StringBuilder(n + 3 + open.length());
        s.append(open, 0, open.length() - 1).append(quote);
        for (int i = 0; i < n; i++) {
            int c = b[i] & 0xff;
            if (c == quote || c == '\\' || c == '\'' && alwaysEscapeSingle) s.append('\\').append((char) c);
            else if (c == '\t') s.append("\\t");
            else if (c == '\n') s.append("\\n");
            else if (c == '\r') s.append("\\r");
            else if (c < ' ' || c >= 0x7f) s.append("\\x").append(HEX[c >> 4]).append(HEX[c & 15]);
            else s.append((char) c);
        }
        s.append(quote).append(close, 1, close.length());
        return s.toString();
    }

    /** repr(bytes) */
    static PyStr bytesRepr(BytesLike b) {
        return PyStr.of(repr(b.storage(), b.size(), "b'", "'"));
    }

    /** repr(bytearray): the class name around the bytes literal. */
    static PyStr byteArrayRepr(BytesLike b) {
        String name = b.type.name;
        if (b.size() == 0) return PyStr.of(name + "(b'')");
        return PyStr.of(repr(b.storage(), b.size(), name + "(b'", "')", true));
    }

    /**
     * _Py_strhex_impl: two hex digits per byte; with a separator, groups of |bytesPerSep|
     * bytes counted from the right (positive) or the left (negative).
     */
    static String hex(byte[] b, int n, PyObject sepArg, long bytesPerSep) {
        char sep = 0;
        if (sepArg != null) {
            String sepText;
            if (sepArg instanceof PyStr s) sepText = s.value;
            else if (sepArg instanceof BytesLike bl) sepText = new String(bl.toBytes(), java.nio.charset.StandardCharsets.ISO_8859_1);
            else if (sepArg.type.special(SpecialMethod.__len__) == null) {
                throw Errors.typeError("object of type '%s' has no len()", sepArg.type.qualname);
            } else throw Errors.typeError("sep must be str or bytes.");
            if (sepText.codePointCount(0, sepText.length()) != 1) throw Errors.valueError("sep must be length 1.");
            sep = sepText.charAt(0);
            if (sep > 127) throw Errors.valueError("sep must be ASCII.");
        }
        StringBuilder s = new StringBuilder(n * 3);
        if (sep == 0 || bytesPerSep == 0 || n == 0) {
            for (int i = 0; i < n; i++) s.append(HEX[(b[i] >> 4) & 15]).append(HEX[b[i] & 15]);
            return s.toString();
        }
        long group = Math.abs(bytesPerSep);
        for (int i = 0; i < n; i++) {
            // Separator before byte i when a group boundary falls there.
            if (i > 0) {
                boolean boundary = bytesPerSep > 0 ? (n - i) % group == 0 : i % group == 0;
                if (boundary) s.append(sep);
            }
            s.append(HEX[(b[i] >> 4) & 15]).append(HEX[b[i] & 15]);
        }
        return s.toString();
    }

    /** bytes.fromhex: pairs of hex digits, ASCII whitespace allowed between pairs. */
    static byte[] fromhex(String s) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(s.length() / 2);
        int n = s.length(), i = 0;
        while (i < n) {
            char c = s.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == 0x0b || c == 0x0c) {
                i++;
                continue;
            }
            int hi = digit(c);
            if (hi < 0) throw bad(i);
            if (i + 1 >= n) throw bad(i + 1);
            int lo = digit(s.charAt(i + 1));
            if (lo < 0) throw bad(i + 1);
            out.write(hi << 4 | lo);
            i += 2;
        }
        return out.toByteArray();
    }

    private static PyException bad(int pos) {
        return Errors.valueError("non-hexadecimal number found in fromhex() arg at position %d", pos);
    }

    private static int digit(char c) {
        if (c >= '0' && c <= '9') return c - '0';
        if (c >= 'a' && c <= 'f') return c - 'a' + 10;
        if (c >= 'A' && c <= 'F') return c - 'A' + 10;
        return -1;
    }
}
