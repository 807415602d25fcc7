package dev.glassbox.objects;

import dev.glassbox.objects.numbers.FloatFormat;
import dev.glassbox.objects.numbers.IntFormat;
import dev.glassbox.objects.numbers.IntText;
import dev.glassbox.objects.numbers.NumberError;
import dev.glassbox.objects.numbers.PercentFormat;
import dev.glassbox.objects.numbers.StrFormat;

import java.math.BigInteger;

/**
 * The str methods' one door into {@code dev.glassbox.objects.numbers} (format specs and the
 * value side of %-formatting, Python/formatter_unicode.c and unicodeobject.c's formatlong and
 * formatfloat): each call turns that package's {@link NumberError} into the Python exception.
 */
final class StrNumbers {
    private StrNumbers() {}

    static PyException convert(NumberError e) {
        // By name, so that kinds added later still compile here.
        PyType t = switch (e.kind().name()) {
            case "OVERFLOW_ERROR" -> ExceptionTypes.OverflowError;
            case "TYPE_ERROR" -> ExceptionTypes.TypeError;
            case "ZERO_DIVISION_ERROR" -> ExceptionTypes.ZeroDivisionError;
            case "MEMORY_ERROR" -> ExceptionTypes.MemoryError;
            default -> ExceptionTypes.ValueError;
        };
        if (e.getMessage() == null || e.getMessage().isEmpty()) return Errors.raise(t);
        return Errors.raise(t, "%s", e.getMessage());
    }

    /** format(str, spec). */
    static String formatStr(String value, String spec) {
        try {
            return StrFormat.format(value, spec);
        } catch (NumberError e) {
            throw convert(e);
        }
    }

    /** format(int, spec) for an exact int. */
    static String formatInt(PyInt i, String spec) {
        try {
            return i.isBig() ? IntFormat.format(i.big, spec) : IntFormat.format(i.value, spec);
        } catch (NumberError e) {
            throw convert(e);
        }
    }

    /** format(float, spec) for an exact float. */
    static String formatFloat(double x, String spec) {
        try {
            return FloatFormat.format(x, spec);
        } catch (NumberError e) {
            throw convert(e);
        }
    }

    static String percentStr(String text, int flags, long width, long prec, char conv) {
        try {
            return PercentFormat.formatStr(text, flags, width, prec, conv);
        } catch (NumberError e) {
            throw convert(e);
        }
    }

    static String percentInt(BigInteger v, int flags, long width, long prec, char conv) {
        try {
            return PercentFormat.formatInt(v, flags, width, prec, conv, IntText.maxStrDigits);
        } catch (NumberError e) {
            throw convert(e);
        }
    }

    static String percentFloat(double x, int flags, long width, long prec, char conv) {
        try {
            return PercentFormat.formatFloat(x, flags, width, prec, conv);
        } catch (NumberError e) {
            throw convert(e);
        }
    }

    static String percentChar(long cp, int flags, long width) {
        try {
            return PercentFormat.formatChar(cp, flags, width);
        } catch (NumberError e) {
            throw convert(e);
        }
    }
}
