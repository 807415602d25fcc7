package dev.glassbox.parse;

import dev.glassbox.ast.ConstantValue;

import java.math.BigInteger;

/**
 * The value of a NUMBER token ({@code parsenumber} in {@code Parser/pegen.c}): int (decimal,
 * 0x, 0o, 0b, with underscores), float, or imaginary. The tokenizer has already checked the
 * spelling, so this only converts. Java's {@link Double#parseDouble} rounds correctly, as
 * CPython's {@code PyOS_string_to_double} does.
 */
final class Numbers {
    private Numbers() {}

    static Object parse(String s) {
        String t = s.indexOf('_') >= 0 ? s.replace("_", "") : s;
        char last = t.charAt(t.length() - 1);
        if (last == 'j' || last == 'J') {
            return new ConstantValue.Imaginary(Double.parseDouble(t.substring(0, t.length() - 1)));
        }
        if (t.length() > 1 && t.charAt(0) == '0') {
            char k = t.charAt(1);
            if (k == 'x' || k == 'X') return integer(t.substring(2), 16);
            if (k == 'o' || k == 'O') return integer(t.substring(2), 8);
            if (k == 'b' || k == 'B') return integer(t.substring(2), 2);
        }
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == '.' || c == 'e' || c == 'E') return Double.parseDouble(t);
        }
        return integer(t, 10);
    }

    private static Object integer(String digits, int radix) {
        if (digits.length() <= (radix == 10 ? 18 : radix == 16 ? 15 : radix == 8 ? 20 : 62)) {
            return Long.parseLong(digits, radix);
        }
        return ConstantValue.integer(new BigInteger(digits, radix));
    }
}
