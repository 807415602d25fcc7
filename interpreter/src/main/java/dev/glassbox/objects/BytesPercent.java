package dev.glassbox.objects;

import java.nio.charset.StandardCharsets;

/**
 * printf-style formatting of bytes, {@code b"..." % values} (PEP 461; {@code _PyBytes_FormatEx}
 * in Objects/bytesobject.c). The format is walked as Latin-1 text so each byte is one char.
 * {@code %s}/{@code %b} take a buffer or {@code __bytes__}, {@code %r}/{@code %a} the ASCII
 * repr, {@code %c} an int or one byte; the numeric conversions are formatted exactly as str's
 * (the same code in CPython), by handing the single conversion to {@link StrPercent}.
 */
final class BytesPercent {
    private final String fmt;
    private int pos;
    private PyObject args;
    private int argIndex, argLength;
    private final PyObject dict;

    private BytesPercent(String fmt, PyObject values) {
        this.fmt = fmt;
        this.args = values;
        if (values instanceof PyTuple t) {
            argLength = t.size();
        } else {
            argLength = -1;
            argIndex = -2;
        }
        boolean mapping = values.type.special(SpecialMethod.__getitem__) != null && !(values instanceof PyTuple)
                && !(values instanceof BytesLike) && !(values instanceof PyStr);
        this.dict = mapping ? values : null;
    }

    static byte[] format(byte[] fmt, int n, PyObject values) {
        String f = new String(fmt, 0, n, StandardCharsets.ISO_8859_1);
        return new BytesPercent(f, values).run().getBytes(StandardCharsets.ISO_8859_1);
    }

    private PyObject nextArg() {
        if (argIndex < argLength) {
            int i = argIndex++;
            return argLength < 0 ? args : ((PyTuple) args).get(i);
        }
        throw Errors.typeError("not enough arguments for format string");
    }

    private String run() {
        StringBuilder out = new StringBuilder(fmt.length() + 16);
        int n = fmt.length();
        while (pos < n) {
            int pct = fmt.indexOf('%', pos);
            if (pct < 0) { out.append(fmt, pos, n); break; }
            out.append(fmt, pos, pct);
            pos = pct + 1;
            one(out);
        }
        if (argIndex < argLength && dict == null) {
            throw Errors.typeError("not all arguments converted during bytes formatting");
        }
        return out.toString();
    }

    private char peek() {
        return pos < fmt.length() ? fmt.charAt(pos) : 0;
    }

    private void one(StringBuilder out) {
        int n = fmt.length();
        if (peek() == '%') { pos++; out.append('%'); return; }
        if (peek() == '(') {
            if (dict == null) throw Errors.typeError("format requires a mapping");
            pos++;
            int depth = 1, keyStart = pos;
            while (pos < n && depth > 0) {
                char c = fmt.charAt(pos);
                if (c == ')') depth--; else if (c == '(') depth++;
                pos++;
            }
            if (depth > 0) throw Errors.valueError("incomplete format key");
            args = Abstract.getItem(dict, PyBytes.wrap(fmt.substring(keyStart, pos - 1).getBytes(StandardCharsets.ISO_8859_1)));
            argLength = -1;
            argIndex = -2;
        }
        int specStart = pos;
        StringBuilder spec = new StringBuilder("%");
        boolean left = false;
        while ("-+ #0".indexOf(peek()) >= 0 && peek() != 0) {
            if (peek() == '-') left = true;
            spec.append(fmt.charAt(pos++));
        }
        long width = -1, prec = -1;
        if (peek() == '*') {
            pos++;
            PyObject w = nextArg();
            if (!(w instanceof PyInt wi)) throw Errors.typeError("* wants int");
            width = wi.asInt();
            if (width < 0) { left = true; width = -width; spec.append('-'); }
            spec.append(width);
        } else {
            int s = pos;
            while (peek() >= '0' && peek() <= '9') pos++;
            if (pos > s) { width = Long.parseLong(fmt.substring(s, pos)); spec.append(width); }
        }
        if (peek() == '.') {
            pos++;
            prec = 0;
            if (peek() == '*') {
                pos++;
                PyObject p = nextArg();
                if (!(p instanceof PyInt pi)) throw Errors.typeError("* wants int");
                prec = Math.max(0, pi.asInt());
            } else {
                int s = pos;
                while (peek() >= '0' && peek() <= '9') pos++;
                if (pos > s) prec = Long.parseLong(fmt.substring(s, pos));
            }
            spec.append('.').append(prec);
        }
        if (peek() == 'h' || peek() == 'l' || peek() == 'L') pos++;
        if (pos >= n) throw Errors.valueError("incomplete format");
        char conv = fmt.charAt(pos++);
        PyObject v = nextArg();
        String text;
        switch (conv) {
            case 's', 'b' -> {
                byte[] b = BytesOps.buffer(v);
                if (b == null) {
                    PyObject f = v.type.special(SpecialMethod.__bytes__);
                    if (f != null) {
                        PyObject r = Abstract.callSpecial(f, v);
                        if (!(r instanceof PyBytes rb)) {
                            throw Errors.typeError("__bytes__ returned non-bytes (type %s)", r.type.qualname);
                        }
                        b = rb.value;
                    }
                }
                if (b == null) {
                    throw Errors.typeError("%%b requires a bytes-like object, or an object that implements __bytes__, not '%s'",
                            v.type.qualname);
                }
                text = new String(b, StandardCharsets.ISO_8859_1);
                if (prec >= 0 && prec < text.length()) text = text.substring(0, (int) prec);
            }
            case 'r', 'a' -> {
                text = StrRepr.asciiEscape(Abstract.repr(v).value);
                if (prec >= 0 && prec < text.length()) text = text.substring(0, (int) prec);
            }
            case 'c' -> {
                if (v instanceof BytesLike bl && (v instanceof PyBytes || v instanceof PyByteArray)) {
                    if (bl.size() != 1) throw Errors.typeError("%c requires an integer in range(256) or a single byte");
                    text = String.valueOf((char) bl.at(0));
                } else if (PyListMethods.isIndex(v)) {
                    PyInt i = Abstract.index(v);
                    if (i.isBig() || i.value < 0 || i.value > 255) throw Errors.overflowError("%c arg not in range(256)");
                    text = String.valueOf((char) i.value);
                } else {
                    throw Errors.typeError("%c requires an integer in range(256) or a single byte");
                }
            }
            case 'd', 'i', 'u', 'o', 'x', 'X', 'e', 'E', 'f', 'F', 'g', 'G' -> {
                out.append(StrPercent.format(spec.toString() + conv, PyTuple.of(v)));
                return;
            }
            default -> throw Errors.valueError("unsupported format character '%c' (0x%x) at index %d",
                    conv >= 32 && conv < 127 ? conv : '?', (int) conv, pos - 1);
        }
        if (width > text.length()) {
            String padding = " ".repeat((int) (width - text.length()));
            text = left ? text + padding : padding + text;
        }
        out.append(text);
    }
}
