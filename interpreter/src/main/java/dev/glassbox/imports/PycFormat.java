package dev.glassbox.imports;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The bytecode cache's format ({@code __pycache__/NAME.glassbox-311.pyc}): CPython's pyc layout
 * (a 4-byte magic number, 4 bytes of flags, the source's mtime and size or its hash, then the
 * marshalled code object) with the runtime's own magic number. The number is derived from the
 * build of the runtime, so a file written by another build (whose compiler may differ) is stale
 * and gets rewritten, as CPython changes its magic whenever its bytecode changes.
 */
public final class PycFormat {
    private PycFormat() {}

    public static final String CACHE_TAG = "glassbox-311";

    /** The 16-bit magic value: 0x4000..0x7fff, away from CPython's 3000-range numbers. */
    public static final int MAGIC_VALUE = computeMagic();

    /** MAGIC_NUMBER: the value little-endian, then CR LF (as CPython's, so text-mode corruption shows). */
    public static byte[] magic() {
        return new byte[] {(byte) MAGIC_VALUE, (byte) (MAGIC_VALUE >> 8), '\r', '\n'};
    }

    private static int computeMagic() {
        long stamp = 0;
        try {
            var src = PycFormat.class.getProtectionDomain().getCodeSource();
            Path where = src == null ? null : Path.of(src.getLocation().toURI());
            if (where != null && Files.isRegularFile(where)) {
                stamp = Files.getLastModifiedTime(where).toMillis() * 31 + Files.size(where);
            } else if (where != null) {
                Path compiler = where.resolve("dev/glassbox/compile/CodeGenerator.class");
                Path vm = where.resolve("dev/glassbox/vm/Interpreter.class");
                if (Files.isRegularFile(compiler)) stamp = Files.getLastModifiedTime(compiler).toMillis();
                if (Files.isRegularFile(vm)) stamp = stamp * 31 + Files.getLastModifiedTime(vm).toMillis();
            }
        } catch (Exception e) {
            stamp = 0;
        }
        long h = stamp ^ (stamp >>> 17) ^ (stamp >>> 35);
        return 0x4000 | (int) (h & 0x3fff);
    }

    /** A timestamp-validated header: magic, flags 0, mtime and size (each 32 bits, little-endian). */
    static byte[] header(long mtime, long size) {
        byte[] h = new byte[16];
        System.arraycopy(magic(), 0, h, 0, 4);
        put32(h, 8, mtime);
        put32(h, 12, size);
        return h;
    }

    private static void put32(byte[] b, int at, long v) {
        for (int i = 0; i < 4; i++) b[at + i] = (byte) (v >>> (8 * i));
    }
}
