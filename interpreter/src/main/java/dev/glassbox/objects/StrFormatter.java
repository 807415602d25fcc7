package dev.glassbox.objects;

/**
 * {@code str.format} and {@code str.format_map}: the algorithm of CPython's
 * Objects/stringlib/unicode_format.h — literal text with {@code {{ }}} escapes, replacement
 * fields {@code {name.attr[key]!conv:spec}}, automatic or manual numbering (never both),
 * format specs that may contain nested fields (two levels), and each value rendered by its
 * type's {@code __format__} (exact str, int and float directly, as CPython's render_field).
 * Positions are code-point indices into the format string.
 */
final class StrFormatter {
    private static final int AUTO_INIT = 0, AUTO = 1, MANUAL = 2;

    private final PyTuple args;       // null for format_map
    private final PyObject kwargs;    // a dict, a mapping (format_map) or null
    private int autoState = AUTO_INIT;
    private int autoNumber;

    private StrFormatter(PyTuple args, PyObject kwargs) {
        this.args = args;
        this.kwargs = kwargs;
    }

    static String format(String fmt, PyTuple args, PyObject kwargs) {
        if (kwargs instanceof PyDict d && d.size() == 0 && args != null) kwargs = null;
        StrFormatter f = new StrFormatter(args, kwargs);
        int[] cps = fmt.codePoints().toArray();
        return f.build(cps, 0, cps.length, 2);
    }

    private static String text(int[] s, int from, int to) {
        return new String(s, from, to - from);
    }

    /** build_string: PEP 3101 allows two levels (a spec may hold fields, theirs may not). */
    private String build(int[] s, int start, int end, int depth) {
        if (depth <= 0) throw Errors.valueError("Max string recursion exceeded");
        StringBuilder out = new StringBuilder(end - start + 16);
        int pos = start;
        while (pos < end) {
            // Literal text up to a brace.
            int litStart = pos;
            int c = 0;
            boolean markup = false;
            while (pos < end) {
                c = s[pos++];
                if (c == '{' || c == '}') {
                    markup = true;
                    break;
                }
            }
            boolean atEnd = pos >= end;
            int litEnd = pos;
            if (c == '}' && markup && (atEnd || s[pos] != '}')) {
                throw Errors.valueError("Single '}' encountered in format string");
            }
            if (atEnd && c == '{' && markup) throw Errors.valueError("Single '{' encountered in format string");
            if (markup) {
                if (s[pos] == c) {
                    // An escaped brace: literal up to and including one brace.
                    pos++;
                    markup = false;
                } else {
                    litEnd--;
                }
            }
            for (int i = litStart; i < litEnd; i++) out.appendCodePoint(s[i]);
            if (!markup) continue;
            pos = field(s, pos, end, out, depth);
        }
        return out.toString();
    }

    /** parse_field + output_markup: the field starting after '{' at pos; returns the position after its '}'. */
    private int field(int[] s, int pos, int end, StringBuilder out, int depth) {
        int nameStart = pos;
        int c = 0;
        boolean terminated = false;
        while (pos < end) {
            c = s[pos++];
            if (c == '{') throw Errors.valueError("unexpected '{' in field name");
            if (c == '[') {
                while (pos < end && s[pos] != ']') pos++;
                continue;
            }
            if (c == '}' || c == ':' || c == '!') {
                terminated = true;
                break;
            }
        }
        int nameEnd = terminated ? pos - 1 : pos;
        int conversion = 0;
        int specStart = -1, specEnd = -1;
        boolean specNested = false;
        if (terminated && (c == '!' || c == ':')) {
            boolean done = false;
            if (c == '!') {
                if (pos >= end) throw Errors.valueError("end of string while looking for conversion specifier");
                conversion = s[pos++];
                if (pos < end) {
                    int d = s[pos++];
                    if (d == '}') done = true;
                    else if (d != ':') throw Errors.valueError("expected ':' after conversion specifier");
                }
            }
            if (!done) {
                specStart = pos;
                int count = 1;
                boolean closed = false;
                while (pos < end) {
                    int d = s[pos++];
                    if (d == '{') {
                        specNested = true;
                        count++;
                    } else if (d == '}') {
                        if (--count == 0) {
                            specEnd = pos - 1;
                            closed = true;
                            break;
                        }
                    }
                }
                if (!closed) throw Errors.valueError("unmatched '{' in format spec");
            }
        } else if (!terminated || c != '}') {
            throw Errors.valueError("expected '}' before end of string");
        }
        PyObject obj = fieldObject(s, nameStart, nameEnd);
        if (conversion != 0) obj = convert(obj, conversion);
        String spec;
        if (specStart < 0) spec = "";
        else if (specNested) spec = build(s, specStart, specEnd, depth - 1);
        else spec = text(s, specStart, specEnd);
        out.append(render(obj, spec));
        return pos;
    }

    /** get_integer: a non-negative decimal (any Unicode digits), or -1 when not all digits. */
    private static long integer(int[] s, int from, int to) {
        if (from >= to) return -1;
        long acc = 0;
        for (int i = from; i < to; i++) {
            int d = StrChars.decimal(s[i]);
            if (d < 0) return -1;
            if (acc > (Long.MAX_VALUE - d) / 10) throw Errors.valueError("Too many decimal digits in format string");
            acc = acc * 10 + d;
        }
        return acc;
    }

    /** get_field_object: the first name (index or key), then .attr and [key] steps. */
    private PyObject fieldObject(int[] s, int start, int end) {
        int i = start;
        while (i < end && s[i] != '.' && s[i] != '[') i++;
        long index = integer(s, start, i);
        boolean empty = i == start;
        boolean numeric = empty || index != -1;
        if (numeric) {
            if (autoState == AUTO_INIT) autoState = empty ? AUTO : MANUAL;
            if (autoState == MANUAL && empty) {
                throw Errors.valueError("cannot switch from manual field specification to automatic field numbering");
            }
            if (autoState == AUTO && !empty) {
                throw Errors.valueError("cannot switch from automatic field numbering to manual field specification");
            }
            if (empty) index = autoNumber++;
        }
        PyObject obj;
        if (index == -1) {
            PyStr key = PyStr.of(text(s, start, i));
            if (kwargs == null) throw Errors.keyError(key);
            obj = Abstract.getItem(kwargs, key);
        } else {
            if (args == null) throw Errors.valueError("Format string contains positional fields");
            if (index >= args.size()) {
                throw Errors.indexError("Replacement index %d out of range for positional args tuple", index);
            }
            obj = args.get((int) index);
        }
        // The rest: '.name' or '[key]' steps.
        while (i < end) {
            int c = s[i++];
            int nameStart = i;
            boolean attribute;
            if (c == '.') {
                attribute = true;
                while (i < end && s[i] != '.' && s[i] != '[') i++;
            } else if (c == '[') {
                attribute = false;
                while (i < end && s[i] != ']') i++;
                if (i >= end) throw Errors.valueError("Missing ']' in format string");
                i++;
            } else {
                throw Errors.valueError("Only '.' or '[' may follow ']' in format field specifier");
            }
            int nameEnd = attribute ? i : i - 1;
            if (nameStart == nameEnd) throw Errors.valueError("Empty attribute in format string");
            if (attribute) {
                obj = Abstract.getAttr(obj, PyStr.of(text(s, nameStart, nameEnd)));
            } else {
                long k = integer(s, nameStart, nameEnd);
                PyObject key = k == -1 ? PyStr.of(text(s, nameStart, nameEnd)) : PyInt.of(k);
                obj = Abstract.getItem(obj, key);
            }
        }
        return obj;
    }

    /** do_conversion: !r, !s, !a. */
    private static PyObject convert(PyObject obj, int conversion) {
        switch (conversion) {
            case 'r': return Abstract.repr(obj);
            case 's': return Abstract.str(obj);
            case 'a': return PyStr.of(StrRepr.asciiEscape(Abstract.repr(obj).value));
            default:
                if (conversion > 32 && conversion < 127) {
                    throw Errors.valueError("Unknown conversion specifier %c", (char) conversion);
                }
                throw Errors.valueError("Unknown conversion specifier \\x%x", conversion);
        }
    }

    /** render_field: exact str/int/float formatted directly, anything else by format(obj, spec). */
    static String render(PyObject obj, String spec) {
        if (obj.type == PyStr.TYPE) return StrNumbers.formatStr(((PyStr) obj).value, spec);
        if (obj.type == PyInt.TYPE) return StrNumbers.formatInt((PyInt) obj, spec);
        if (obj.type == PyFloat.TYPE) return StrNumbers.formatFloat(((PyFloat) obj).value, spec);
        return format(obj, spec);
    }

    /** PyObject_Format: type(obj).__format__(obj, spec), which must return a str. */
    static String format(PyObject obj, String spec) {
        PyObject f = obj.type.special(SpecialMethod.__format__);
        if (f == null) throw Errors.typeError("Type %s doesn't define __format__", obj.type.qualname);
        PyObject r = Abstract.callSpecial(f, obj, PyStr.of(spec));
        if (!(r instanceof PyStr rs)) {
            throw Errors.typeError("__format__ must return a str, not %s", r.type.name);
        }
        return rs.value;
    }
}
