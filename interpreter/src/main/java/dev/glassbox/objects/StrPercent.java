package dev.glassbox.objects;

import dev.glassbox.objects.numbers.PercentFormat;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * printf-style formatting, {@code format % values}: CPython's {@code PyUnicode_Format} with
 * {@code unicode_format_arg_parse} and {@code unicode_format_arg_format}
 * (Objects/unicodeobject.c). This class walks the format, takes arguments (a tuple, one
 * object, or a mapping for {@code %(key)s}) and converts them; the layout of each value
 * (sign, prefix, padding) is {@link PercentFormat}'s.
 */
final class StrPercent {
    private final String fmt;
    private int pos;
    private PyObject args;
    private int argIndex, argLength;
    private final PyObject dict;

    private StrPercent(String fmt, PyObject values) {
        this.fmt = fmt;
        this.args = values;
        if (values instanceof PyTuple t) {
            argLength = t.size();
            argIndex = 0;
        } else {
            // A single object: argIndex -2 < argLength -1 lets exactly one fetch succeed.
            argLength = -1;
            argIndex = -2;
        }
        // PyMapping_Check: anything with __getitem__ except tuples and strs (so lists count).
        boolean mapping = values.type.special(SpecialMethod.__getitem__) != null
                && !(values instanceof PyTuple) && !(values instanceof PyStr);
        this.dict = mapping ? values : null;
    }

    static String format(String fmt, PyObject values) {
        return new StrPercent(fmt, values).run();
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
            if (pct < 0) {
                out.append(fmt, pos, n);
                break;
            }
            out.append(fmt, pos, pct);
            pos = pct + 1;
            one(out);
        }
        if (argIndex < argLength && dict == null) {
            throw Errors.typeError("not all arguments converted during string formatting");
        }
        return out.toString();
    }

    private int peek() {
        return pos < fmt.length() ? fmt.codePointAt(pos) : -1;
    }

    /** One conversion, after its '%'. */
    private void one(StringBuilder out) {
        int n = fmt.length();
        if (peek() == '%') {
            // Only "%%" itself is a literal percent; '%' after flags or a width is a conversion
            // character like any unknown one (it takes an argument, then is refused).
            pos++;
            out.append('%');
            return;
        }
        if (peek() == '(') {
            if (dict == null) throw Errors.typeError("format requires a mapping");
            pos++;
            int depth = 1, keyStart = pos;
            while (pos < n && depth > 0) {
                char c = fmt.charAt(pos);
                if (c == ')') depth--;
                else if (c == '(') depth++;
                pos++;
            }
            if (depth > 0) throw Errors.valueError("incomplete format key");
            PyObject key = PyStr.of(fmt.substring(keyStart, pos - 1));
            args = Abstract.getItem(dict, key);
            argLength = -1;
            argIndex = -2;
        }
        int flags = 0;
        loop:
        while (pos < n) {
            switch (fmt.charAt(pos)) {
                case '-' -> flags |= PercentFormat.LJUST;
                case '+' -> flags |= PercentFormat.SIGN;
                case ' ' -> flags |= PercentFormat.BLANK;
                case '#' -> flags |= PercentFormat.ALT;
                case '0' -> flags |= PercentFormat.ZERO;
                default -> { break loop; }
            }
            pos++;
        }
        long width = -1;
        if (peek() == '*') {
            pos++;
            PyObject w = nextArg();
            if (!(w instanceof PyInt wi)) throw Errors.typeError("* wants int");
            width = wi.asInt();
            if (width < 0) {
                flags |= PercentFormat.LJUST;
                width = -width;
            }
        } else if (peek() >= '0' && peek() <= '9') {
            width = digits("width too big");
        }
        long prec = -1;
        if (peek() == '.') {
            pos++;
            prec = 0;
            if (peek() == '*') {
                pos++;
                PyObject p = nextArg();
                if (!(p instanceof PyInt pi)) throw Errors.typeError("* wants int");
                prec = pi.asInt();
                if (prec < 0) prec = 0;
            } else if (peek() >= '0' && peek() <= '9') {
                prec = digits("precision too big");
            }
        }
        // Length modifiers are accepted and ignored, as in C.
        if (pos < n && (fmt.charAt(pos) == 'h' || fmt.charAt(pos) == 'l' || fmt.charAt(pos) == 'L')) pos++;
        if (pos >= n) throw Errors.valueError("incomplete format");
        int conv = fmt.codePointAt(pos);
        int convIndex = fmt.codePointCount(0, pos);
        pos += Character.charCount(conv);
        PyObject v = nextArg();
        switch (conv) {
            case 's', 'r', 'a' -> {
                String text;
                if (conv == 's') text = Abstract.str(v).value;
                else if (conv == 'r') text = Abstract.repr(v).value;
                else text = StrRepr.asciiEscape(Abstract.repr(v).value);
                out.append(StrNumbers.percentStr(text, flags, width, prec, (char) conv));
            }
            case 'i', 'd', 'u', 'o', 'x', 'X' -> {
                char c = conv == 'i' || conv == 'u' ? 'd' : (char) conv;
                out.append(StrNumbers.percentInt(integer(v, (char) conv), flags, width, prec, c));
            }
            case 'e', 'E', 'f', 'F', 'g', 'G' ->
                out.append(StrNumbers.percentFloat(Abstract.asDouble(v), flags, width, prec, (char) conv));
            case 'c' -> out.append(formatChar(v, flags, width));
            default -> throw Errors.valueError("unsupported format character '%c' (0x%x) at index %d",
                    conv >= 32 && conv < 127 ? (char) conv : '?', conv, convIndex);
        }
    }

    private long digits(String tooBig) {
        long acc = 0;
        while (peek() >= '0' && peek() <= '9') {
            int d = fmt.charAt(pos++) - '0';
            if (acc > (Integer.MAX_VALUE - d) / 10) throw Errors.valueError("%s", tooBig);
            acc = acc * 10 + d;
        }
        return acc;
    }

    /** mainformatlong's argument checks: an int, or a number turned into one. */
    private static BigInteger integer(PyObject v, char conv) {
        if (v instanceof PyInt i) return i.toBig();
        boolean isNumber = v.type.special(SpecialMethod.__index__) != null
                || v.type.special(SpecialMethod.__int__) != null
                || v.type.special(SpecialMethod.__float__) != null
                || v instanceof PyFloat;
        boolean needIndex = conv == 'o' || conv == 'x' || conv == 'X';
        if (!isNumber) {
            throw Errors.typeError("%%%c format: %s is required, not %s", conv,
                    needIndex ? "an integer" : "a real number", v.type.qualname);
        }
        if (needIndex) {
            if (v.type.special(SpecialMethod.__index__) == null) {
                throw Errors.typeError("%%%c format: an integer is required, not %s", conv, v.type.qualname);
            }
            return Abstract.index(v).toBig();
        }
        // PyNumber_Long: __int__, __index__, or truncation of a float.
        if (v instanceof PyFloat f && v.type.special(SpecialMethod.__int__) == null) return truncate(f.value);
        if (v.type.special(SpecialMethod.__int__) != null) {
            PyObject r = Abstract.callSpecial(v.type.special(SpecialMethod.__int__), v);
            if (!(r instanceof PyInt ri)) throw Errors.typeError("__int__ returned non-int (type %s)", r.type.name);
            return ri.toBig();
        }
        if (v.type.special(SpecialMethod.__index__) != null) return Abstract.index(v).toBig();
        return truncate(Abstract.asDouble(v));
    }

    private static BigInteger truncate(double d) {
        if (Double.isNaN(d)) throw Errors.valueError("cannot convert float NaN to integer");
        if (Double.isInfinite(d)) throw Errors.overflowError("cannot convert float infinity to integer");
        return new BigDecimal(d).toBigInteger();
    }

    /** formatchar: a one-character str or an int code point. */
    private static String formatChar(PyObject v, int flags, long width) {
        if (v instanceof PyStr s) {
            if (s.length() != 1) throw Errors.typeError("%c requires int or char");
            return StrNumbers.percentStr(s.value, flags, width, -1, 'c');
        }
        if (!(v instanceof PyInt) && v.type.special(SpecialMethod.__index__) == null) {
            throw Errors.typeError("%c requires int or char");
        }
        PyInt i = Abstract.index(v);
        long cp = i.isBig() ? -1 : i.value;
        return StrNumbers.percentChar(cp, flags, width);
    }
}
