package dev.glassbox.modules.std;

import dev.glassbox.memory.Heap;
import dev.glassbox.objects.Errors;
import dev.glassbox.objects.Exposed;
import dev.glassbox.objects.PyBool;
import dev.glassbox.objects.PyBytes;
import dev.glassbox.objects.PyObject;
import dev.glassbox.objects.PyType;

import java.io.ByteArrayOutputStream;

/**
 * zlib's compressor and decompressor objects (zlibmodule.c compobject): {@code zlib.Compress}
 * over {@link ZlibDeflate} and {@code zlib.Decompress} over {@link ZlibInflate}, with
 * save_unconsumed_input's bookkeeping of {@code unused_data} and {@code unconsumed_tail}
 * (including its quirk of copying the leftover into unconsumed_tail at the end of the stream
 * when the tail was not empty), and the end-of-stream states after flush().
 */
public final class ZlibObjects {
    private ZlibObjects() {}

    @Exposed.Type(name = "Compress", module = "zlib", baseType = false, basicSize = 168)
    public static final class Compress extends PyObject {
        public static final PyType TYPE = PyType.fromClass(Compress.class);
        private ZlibDeflate z;

        public Compress(PyType t) {
            super(t);
        }

        @Exposed.StaticMethod(name = "__new__", sig = "($type, *args, **kwargs)")
        public static PyObject __new__(PyObject cls, PyObject args, PyObject kwargs) {
            throw Errors.typeError("cannot create '%s' instances", "zlib.Compress");
        }

        Compress(ZlibDeflate z) {
            super(TYPE);
            this.z = z;
        }

        @Exposed.Method(sig = "($self, data, /)", doc = "Returns a bytes object containing compressed data.\n\n"
                + "  data\n    Binary data to be compressed.\n\nAfter calling this function, some of the input data may still\n"
                + "be stored in internal buffers for later processing.\nCall the flush() method to clear these buffers.")
        public PyObject compress(PyObject data) {
            byte[] in = Args.buffer(data);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            if (!z.compress(in, out)) throw ZlibModule.zlibError(ZlibInflate.Z_STREAM_ERROR, z.msg, "while compressing data");
            return PyBytes.wrap(out.toByteArray());
        }

        @Exposed.Method(sig = "($self, mode=zlib.Z_FINISH, /)", doc = "Return a bytes object containing any remaining compressed data.\n\n"
                + "  mode\n    One of the constants Z_SYNC_FLUSH, Z_FULL_FLUSH, Z_FINISH.\n"
                + "    If mode == Z_FINISH, the compressor object can no longer be\n"
                + "    used after calling the flush() method.  Otherwise, more data\n    can still be compressed.")
        public PyObject flush(PyObject modeObj) {
            int mode = modeObj == null ? ZlibDeflate.Z_FINISH : Args.cInt(modeObj);
            if (mode == ZlibDeflate.Z_NO_FLUSH) return PyBytes.wrap(new byte[0]);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            if (!z.flush(mode, out)) throw ZlibModule.zlibError(ZlibInflate.Z_STREAM_ERROR, z.msg, "while flushing");
            if (mode == ZlibDeflate.Z_FINISH) z.end();
            return PyBytes.wrap(out.toByteArray());
        }

        @Exposed.Method(doc = "Return a copy of the compression object.")
        public PyObject copy() {
            if (z.ended()) throw Errors.valueError("Inconsistent stream state");
            return new Compress(z.copy());
        }

        @Exposed.Method(name = "__copy__")
        public PyObject copy_() {
            return copy();
        }

        @Exposed.Method(name = "__deepcopy__", sig = "($self, memo, /)")
        public PyObject deepcopy(PyObject memo) {
            return copy();
        }
    }

    @Exposed.Type(name = "Decompress", module = "zlib", baseType = false, basicSize = 168)
    public static final class Decompress extends PyObject {
        public static final PyType TYPE = PyType.fromClass(Decompress.class);
        private ZlibInflate z;
        private int wbits;
        private PyObject zdict, unusedData, unconsumedTail;
        private boolean eof;
        /** The input consumed so far, replayed by copy() (zlib's inflateCopy has no Java equivalent). */
        private final ByteArrayOutputStream history = new ByteArrayOutputStream();

        public Decompress(PyType t) {
            super(t);
        }

        @Exposed.StaticMethod(name = "__new__", sig = "($type, *args, **kwargs)")
        public static PyObject __new__(PyObject cls, PyObject args, PyObject kwargs) {
            throw Errors.typeError("cannot create '%s' instances", "zlib.Decompress");
        }

        Decompress(ZlibInflate z, int wbits, PyObject zdict) {
            super(TYPE);
            this.z = z;
            this.wbits = wbits;
            this.zdict = Heap.replace(null, zdict);
            unusedData = Heap.replace(null, PyBytes.EMPTY);
            unconsumedTail = Heap.replace(null, PyBytes.EMPTY);
        }

        @Override
        public void traverse(Visitor v) {
            if (unusedData != null) v.visit(unusedData);
            if (unconsumedTail != null) v.visit(unconsumedTail);
            if (zdict != null) v.visit(zdict);
            super.traverse(v);
        }

        @Override
        public void release(Releaser r) {
            PyObject a = unusedData, b = unconsumedTail, c = zdict;
            unusedData = unconsumedTail = zdict = null;
            if (a != null) r.release(a);
            if (b != null) r.release(b);
            if (c != null) r.release(c);
            super.release(r);
        }

        private static int size(PyObject b) {
            return Args.buffer(b).length;
        }

        /** save_unconsumed_input after consuming {@code used} bytes of {@code in} with result {@code err}. */
        private void save(byte[] in, int used, int err) {
            int left = in.length - used;
            boolean remains = left > 0;
            if (err == ZlibInflate.Z_STREAM_END && left > 0) {
                byte[] old = Args.buffer(unusedData);
                byte[] n = java.util.Arrays.copyOf(old, old.length + left);
                System.arraycopy(in, used, n, old.length, left);
                unusedData = Heap.replace(unusedData, PyBytes.wrap(n));
                remains = false;
            }
            if (remains || size(unconsumedTail) > 0) {
                unconsumedTail = Heap.replace(unconsumedTail, PyBytes.wrap(java.util.Arrays.copyOfRange(in, used, in.length)));
            }
        }

        /** Runs inflate over {@code in}, giving the preset dictionary when asked; returns {result, bytes used}. */
        private int[] run(byte[] in, ByteArrayOutputStream out, long maxOut, String when) {
            int used = 0, r;
            try {
                while (true) {
                    r = z.inflate(in, used, in.length - used, out, maxOut < 0 ? -1 : maxOut - out.size());
                    history.write(in, used, z.consumed);
                    used += z.consumed;
                    if (r == ZlibInflate.Z_NEED_DICT && zdict != null) {
                        try {
                            z.setDictionary(Args.buffer(zdict));
                        } catch (ZlibInflate.ZError e) {
                            throw ZlibModule.zlibError(e, "while setting zdict");
                        }
                        continue;
                    }
                    break;
                }
            } catch (ZlibInflate.ZError e) {
                if (when == null) return new int[] {e.code, used};
                throw ZlibModule.zlibError(e, when);
            }
            return new int[] {r, used};
        }

        @Exposed.Method(sig = "($self, data, /, max_length=0)", doc = "Return a bytes object containing the decompressed version of the data.\n\n"
                + "  data\n    The binary data to decompress.\n  max_length\n    The maximum allowable length of the decompressed data.\n"
                + "    Unconsumed input data will be stored in\n    the unconsumed_tail attribute.\n\n"
                + "After calling this function, some of the input data may still be stored in\n"
                + "internal buffers for later processing.\nCall the flush() method to clear these buffers.")
        public PyObject decompress(PyObject data, PyObject maxObj) {
            byte[] in = Args.buffer(data);
            long max = maxObj == null ? 0 : Args.ssize(maxObj);
            if (max < 0) throw Errors.valueError("max_length must be non-negative");
            if (z.ended()) throw ZlibModule.zlibError(ZlibInflate.Z_STREAM_ERROR, null, "while decompressing data");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            int[] r = run(in, out, max == 0 ? -1 : max, "while decompressing data");
            save(in, r[1], r[0]);
            if (r[0] == ZlibInflate.Z_STREAM_END) eof = true;
            else if (r[0] == ZlibInflate.Z_NEED_DICT) throw ZlibModule.zlibError(r[0], null, "while decompressing data");
            return PyBytes.wrap(out.toByteArray());
        }

        @Exposed.Method(sig = "($self, length=zlib.DEF_BUF_SIZE, /)", doc = "Return a bytes object containing any remaining decompressed data.\n\n"
                + "  length\n    the initial size of the output buffer.")
        public PyObject flush(PyObject lengthObj) {
            long length = lengthObj == null ? ZlibModule.DEF_BUF_SIZE : Args.ssize(lengthObj);
            if (length <= 0) throw Errors.valueError("length must be greater than zero");
            byte[] in = Args.buffer(unconsumedTail);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            // flush() reports no inflate errors: it returns what was decompressed
            int[] r = z.ended() ? new int[] {ZlibInflate.Z_STREAM_ERROR, 0} : run(in, out, -1, null);
            save(in, r[1], r[0]);
            if (r[0] == ZlibInflate.Z_STREAM_END) {
                eof = true;
                z.end();
            }
            return PyBytes.wrap(out.toByteArray());
        }

        @Exposed.Method(doc = "Return a copy of the decompression object.")
        public PyObject copy() {
            if (z.ended()) throw Errors.valueError("Inconsistent stream state");
            ZlibInflate c;
            try {
                byte[] dict = zdict == null ? null : Args.buffer(zdict);
                c = ZlibInflate.replay(wbits, dict, wbits < 0 && dict != null, history.toByteArray());
            } catch (ZlibInflate.ZError e) {
                throw Errors.valueError("Inconsistent stream state");
            }
            Decompress d = new Decompress(c, wbits, zdict);
            d.history.writeBytes(history.toByteArray());
            d.unusedData = Heap.replace(d.unusedData, unusedData);
            d.unconsumedTail = Heap.replace(d.unconsumedTail, unconsumedTail);
            d.eof = eof;
            return d;
        }

        @Exposed.Method(name = "__copy__")
        public PyObject copy_() {
            return copy();
        }

        @Exposed.Method(name = "__deepcopy__", sig = "($self, memo, /)")
        public PyObject deepcopy(PyObject memo) {
            return copy();
        }

        @Exposed.Getter(name = "unused_data") public PyObject getUnusedData() { return unusedData; }
        @Exposed.Getter(name = "unconsumed_tail") public PyObject getUnconsumedTail() { return unconsumedTail; }
        @Exposed.Getter(name = "eof") public PyObject getEof() { return PyBool.of(eof); }
    }
}
