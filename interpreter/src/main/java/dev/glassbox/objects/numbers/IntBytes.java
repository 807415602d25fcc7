package dev.glassbox.objects.numbers;

import java.math.BigInteger;

/**
 * {@code int.to_bytes} and {@code int.from_bytes}: CPython's {@code int_to_bytes_impl},
 * {@code _PyLong_AsByteArray} and {@code _PyLong_FromByteArray} (Objects/longobject.c).
 * The byteorder string ("little"/"big"; else ValueError "byteorder must be either 'little' or
 * 'big'") is checked by the caller, which passes a boolean.
 */
public final class IntBytes {
    private IntBytes() {}

    /**
     * v.to_bytes(length, byteorder, signed=signed). ValueError "length argument must be
     * non-negative"; OverflowError "can't convert negative int to unsigned" and
     * "int too big to convert".
     */
    public static byte[] toBytes(BigInteger v, long length, boolean littleEndian, boolean signed) {
        if (length < 0) throw NumberError.value("length argument must be non-negative");
        if (v.signum() < 0 && !signed) throw NumberError.overflow("can't convert negative int to unsigned");
        // bitLength counts the bits without a sign (of ~v for negative v), as CPython's loop does.
        long bits = v.bitLength();
        boolean fits = signed ? (length == 0 ? bits == 0 : bits <= 8 * length - 1) : bits <= 8 * length;
        if (!fits) throw NumberError.overflow("int too big to convert");
        if (length > Integer.MAX_VALUE - 8) throw NumberError.memory();
        byte[] out = new byte[(int) length];
        byte[] minimal = v.toByteArray(); // big-endian two's complement, at least one byte
        byte fill = (byte) (v.signum() < 0 ? 0xFF : 0);
        int n = out.length;
        for (int i = 0; i < n; i++) {
            int src = minimal.length - 1 - i; // i-th least significant byte
            byte b = src >= 0 ? minimal[src] : fill;
            out[littleEndian ? i : n - 1 - i] = b;
        }
        return out;
    }

    /** int.from_bytes(bytes, byteorder, signed=signed). */
    public static BigInteger fromBytes(byte[] bytes, boolean littleEndian, boolean signed) {
        if (bytes.length == 0) return BigInteger.ZERO;
        byte[] big = bytes;
        if (littleEndian) {
            big = new byte[bytes.length];
            for (int i = 0; i < bytes.length; i++) big[i] = bytes[bytes.length - 1 - i];
        }
        return signed ? new BigInteger(big) : new BigInteger(1, big);
    }
}
