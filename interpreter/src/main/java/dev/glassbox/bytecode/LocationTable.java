package dev.glassbox.bytecode;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * The 3.11 location table ({@code co_linetable}), as described in CPython's
 * Objects/locations.md: encoding (compile.c {@code write_location_info_entry}) and decoding
 * ({@code co_positions()}, {@code co_lines()} in Objects/codeobject.c).
 *
 * <p>Each entry covers 1..8 code units; its first byte is {@code 1 CCCC LLL} (code, length-1).
 * Codes 0-9 are the short form (same line, start column < 80, width < 16), 10-12 the one-line
 * form (line delta 0..2, columns < 128), 13 no columns, 14 the long form, 15 no location.
 * Line numbers are deltas from the previous entry's start line ({@code co_firstlineno} at the
 * start). Absent values are -1 in this class ({@code None} in Python).
 */
public final class LocationTable {
    private LocationTable() {}

    public static final int CODE_SHORT0 = 0, CODE_ONE_LINE0 = 10, CODE_NO_COLUMNS = 13,
            CODE_LONG = 14, CODE_NONE = 15;

    /** A source span; -1 for each absent part. */
    public record Position(int line, int endLine, int col, int endCol) {
        public static final Position NONE = new Position(-1, -1, -1, -1);
    }

    /** One decoded entry: code units [start, end) (in bytes, like co_lines) and their span. */
    public record Entry(int start, int end, Position pos) {}

    // ---- encoding ----

    /** Builds a location table entry by entry (compile.c assemble_emit_location). */
    public static final class Writer {
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();
        private int prevLine;

        public Writer(int firstLineno) { this.prevLine = firstLineno; }

        /** Appends one instruction of {@code units} code units located at {@code p}. */
        public void add(Position p, int units) {
            while (units > 8) {
                entry(p, 8);
                units -= 8;
            }
            if (units > 0) entry(p, units);
        }

        private void entry(Position p, int len) {
            if (p.line < 0) {
                header(CODE_NONE, len);
                return;
            }
            int lineDelta = p.line - prevLine;
            int colDelta = p.endCol - p.col;
            if (p.col < 0 || p.endCol < 0) {
                if (p.endLine == p.line || p.endLine < 0) {
                    header(CODE_NO_COLUMNS, len);
                    svarint(lineDelta);
                } else {
                    longForm(p, lineDelta, len);
                }
            } else if (p.endLine == p.line) {
                if (lineDelta == 0 && p.col < 80 && colDelta >= 0 && colDelta < 16) {
                    header(CODE_SHORT0 + p.col / 8, len);
                    out.write(((p.col % 8) << 4) | colDelta);
                } else if (lineDelta >= 0 && lineDelta < 3 && p.col < 128 && p.endCol < 128) {
                    header(CODE_ONE_LINE0 + lineDelta, len);
                    out.write(p.col);
                    out.write(p.endCol);
                } else {
                    longForm(p, lineDelta, len);
                }
            } else {
                longForm(p, lineDelta, len);
            }
            prevLine = p.line;
        }

        private void longForm(Position p, int lineDelta, int len) {
            header(CODE_LONG, len);
            svarint(lineDelta);
            varint(p.endLine - p.line);
            varint(p.col + 1);
            varint(p.endCol + 1);
        }

        private void header(int code, int len) { out.write(0x80 | (code << 3) | (len - 1)); }

        private void varint(int v) {
            while (v >= 64) {
                out.write(0x40 | (v & 63));
                v >>>= 6;
            }
            out.write(v);
        }

        private void svarint(int v) { varint(v < 0 ? ((-v) << 1) | 1 : v << 1); }

        public byte[] toByteArray() { return out.toByteArray(); }
    }

    // ---- decoding ----

    /** Every entry of the table, in order (CPython's advance_with_locations). */
    public static List<Entry> decode(byte[] table, int firstLineno) {
        List<Entry> entries = new ArrayList<>();
        int[] pos = {0};
        int line = firstLineno;
        int offset = 0;
        while (pos[0] < table.length) {
            int first = table[pos[0]++] & 0xff;
            int code = (first >> 3) & 15;
            int end = offset + ((first & 7) + 1) * 2;
            Position p;
            switch (code) {
                case CODE_NONE -> p = Position.NONE;
                case CODE_LONG -> {
                    line += readSvarint(table, pos);
                    int endLine = line + readVarint(table, pos);
                    int col = readVarint(table, pos) - 1;
                    int endCol = readVarint(table, pos) - 1;
                    p = new Position(line, endLine, col, endCol);
                }
                case CODE_NO_COLUMNS -> {
                    line += readSvarint(table, pos);
                    p = new Position(line, line, -1, -1);
                }
                case 10, 11, 12 -> {
                    line += code - 10;
                    int col = table[pos[0]++] & 0xff;
                    int endCol = table[pos[0]++] & 0xff;
                    p = new Position(line, line, col, endCol);
                }
                default -> {
                    int second = table[pos[0]++] & 0xff;
                    int col = code << 3 | (second >> 4);
                    p = new Position(line, line, col, col + (second & 15));
                }
            }
            entries.add(new Entry(offset, end, p));
            offset = end;
        }
        return entries;
    }

    /** {@code co_positions()}: one position per code unit. */
    public static List<Position> positions(byte[] table, int firstLineno) {
        List<Position> out = new ArrayList<>();
        for (Entry e : decode(table, firstLineno)) {
            for (int i = e.start; i < e.end; i += 2) out.add(e.pos);
        }
        return out;
    }

    /** A {@code co_lines()} triple; {@code line} is -1 for None. */
    public record LineRange(int start, int end, int line) {}

    /** {@code co_lines()}: one range per table entry, unmerged (3.11's lineiter_next). */
    public static List<LineRange> lines(byte[] table, int firstLineno) {
        List<LineRange> out = new ArrayList<>();
        for (Entry e : decode(table, firstLineno)) out.add(new LineRange(e.start, e.end, e.pos.line));
        return out;
    }

    /** {@code dis.findlinestarts}: (offset, line) where a new line starts. */
    public static List<int[]> lineStarts(byte[] table, int firstLineno) {
        List<int[]> out = new ArrayList<>();
        int last = Integer.MIN_VALUE;
        for (LineRange r : lines(table, firstLineno)) {
            if (r.line >= 0 && r.line != last) {
                last = r.line;
                out.add(new int[] {r.start, r.line});
            }
        }
        return out;
    }

    private static int readVarint(byte[] t, int[] pos) {
        int b = t[pos[0]++] & 0xff;
        int val = b & 63;
        int shift = 0;
        while ((b & 64) != 0) {
            b = t[pos[0]++] & 0xff;
            shift += 6;
            val |= (b & 63) << shift;
        }
        return val;
    }

    private static int readSvarint(byte[] t, int[] pos) {
        int u = readVarint(t, pos);
        return (u & 1) != 0 ? -(u >>> 1) : (u >>> 1);
    }
}
