package dev.glassbox.modules.io;

import dev.glassbox.memory.Heap;
import dev.glassbox.modules.WarningsModule;
import dev.glassbox.objects.Abstract;
import dev.glassbox.objects.Errors;
import dev.glassbox.objects.ExceptionTypes;
import dev.glassbox.objects.Exposed;
import dev.glassbox.objects.ModuleBuilder;
import dev.glassbox.objects.PyBool;
import dev.glassbox.objects.PyBytes;
import dev.glassbox.objects.PyDict;
import dev.glassbox.objects.PyException;
import dev.glassbox.objects.PyFloat;
import dev.glassbox.objects.PyInt;
import dev.glassbox.objects.PyModule;
import dev.glassbox.objects.PyNone;
import dev.glassbox.objects.PyObject;
import dev.glassbox.objects.PyStr;
import dev.glassbox.objects.PyType;

/**
 * {@code _io} (Modules/_io/_iomodule.c): open(), the stream classes of this package, and
 * io.UnsupportedOperation. Lib/io.py builds the public ABCs on these types.
 */
@Exposed.Module(name = "_io", doc = "The io module provides the Python interfaces to stream handling. The\n"
        + "builtin open function is defined in this module.\n\n"
        + "At the top of the I/O hierarchy is the abstract base class IOBase. It\n"
        + "defines the basic interface to a stream. Note, however, that there is no\n"
        + "separation between reading and writing to streams; implementations are\n"
        + "allowed to raise an OSError if they do not support a given operation.\n\n"
        + "Extending IOBase is RawIOBase which deals simply with the reading and\n"
        + "writing of raw bytes to a stream. FileIO subclasses RawIOBase to provide\n"
        + "an interface to OS files.\n\n"
        + "BufferedIOBase deals with buffering on a raw byte stream (RawIOBase). Its\n"
        + "subclasses, BufferedWriter, BufferedReader, and BufferedRWPair buffer\n"
        + "streams that are readable, writable, and both respectively.\n"
        + "BufferedRandom provides a buffered interface to random access\n"
        + "streams. BytesIO is a simple stream of in-memory bytes.\n\n"
        + "Another IOBase subclass, TextIOBase, deals with the encoding and decoding\n"
        + "of streams into text. TextIOWrapper, which extends it, is a buffered text\n"
        + "interface to a buffered raw stream (`BufferedIOBase`). Finally, StringIO\n"
        + "is an in-memory stream for text.\n\n"
        + "Argument names are not part of the specification, and only the arguments\n"
        + "of open() are intended to be used as keyword arguments.\n\n"
        + "data:\n\n"
        + "DEFAULT_BUFFER_SIZE\n\n"
        + "   An int containing the default buffer size used by the module's buffered\n"
        + "   I/O classes. open() uses the file's blksize (as obtained by os.stat) if\n"
        + "   possible.\n")
public final class IoModule {
    private IoModule() {}

    public static PyModule create() {
        PyModule m = ModuleBuilder.build(IoModule.class);
        PyDict d = m.dict();
        d.setItem("DEFAULT_BUFFER_SIZE", PyInt.of(IoSupport.DEFAULT_BUFFER_SIZE));
        d.setItem("UnsupportedOperation", IoSupport.unsupportedType());
        d.setItem("BlockingIOError", ExceptionTypes.BlockingIOError);
        for (PyType t : new PyType[] {IOBase.TYPE, RawIOBase.TYPE, BufferedIOBase.TYPE, TextIOBase.TYPE, FileIO.TYPE,
                BytesIO.TYPE, StringIO.TYPE, BufferedTypes.Reader.TYPE, BufferedTypes.Writer.TYPE,
                BufferedTypes.Random.TYPE, BufferedTypes.RWPair.TYPE, TextIOWrapper.TYPE, NewlineDecoder.TYPE}) {
            d.setItem(t.qualname, t);
        }
        return m;
    }

    @Exposed.Function(sig = "($module, /, file, mode='r', buffering=-1, encoding=None, errors=None, newline=None, closefd=True, opener=None)",
            doc = "Open file and return a stream.  Raise OSError upon failure.")
    public static PyObject open(PyObject file, PyObject modeObj, PyObject bufferingObj, PyObject encodingObj, PyObject errorsObj,
                                PyObject newlineObj, PyObject closefdObj, PyObject opener) {
        if (!(modeObj instanceof PyStr ms)) throw Errors.typeError("open() argument 'mode' must be str, not %s", modeObj.type.name);
        int buffering = bufferingObj instanceof PyFloat ? floatInt() : IoSupport.cInt(bufferingObj);
        String encoding = optStr(encodingObj, "encoding"), errors = optStr(errorsObj, "errors"), newline = optStr(newlineObj, "newline");
        if (closefdObj instanceof PyFloat) throw Errors.typeError("'float' object cannot be interpreted as an integer");
        boolean closefd = Abstract.isTrue(closefdObj);
        String mode = ms.value;
        boolean isNumber = file instanceof PyInt || file instanceof PyFloat
                || file.type.special(dev.glassbox.objects.SpecialMethod.__index__) != null
                || file.type.lookup("__int__") != null || file.type.lookup("__float__") != null;
        PyObject pathOrFd = file;
        if (!isNumber) {
            pathOrFd = dev.glassbox.modules.os.PosixModule.fspath(file);
        }
        if (!isNumber && !(pathOrFd instanceof PyStr) && !(pathOrFd instanceof PyBytes)) {
            throw Errors.typeError("invalid file: %s", Abstract.repr(file));
        }
        boolean creating = false, reading = false, writing = false, appending = false, updating = false, text = false, binary = false;
        for (int i = 0; i < mode.length(); i++) {
            char c = mode.charAt(i);
            switch (c) {
                case 'x' -> creating = true;
                case 'r' -> reading = true;
                case 'w' -> writing = true;
                case 'a' -> appending = true;
                case '+' -> updating = true;
                case 't' -> text = true;
                case 'b' -> binary = true;
                default -> throw Errors.valueError("invalid mode: '%s'", mode);
            }
            if (mode.indexOf(c, i + 1) >= 0) throw Errors.valueError("invalid mode: '%s'", mode);
        }
        StringBuilder raw = new StringBuilder();
        if (creating) raw.append('x');
        if (reading) raw.append('r');
        if (writing) raw.append('w');
        if (appending) raw.append('a');
        if (updating) raw.append('+');
        if (text && binary) throw Errors.valueError("can't have text and binary mode at once");
        if ((creating ? 1 : 0) + (reading ? 1 : 0) + (writing ? 1 : 0) + (appending ? 1 : 0) > 1) {
            throw Errors.valueError("must have exactly one of create/read/write/append mode");
        }
        if (binary && encoding != null) throw Errors.valueError("binary mode doesn't take an encoding argument");
        if (binary && errors != null) throw Errors.valueError("binary mode doesn't take an errors argument");
        if (binary && newline != null) throw Errors.valueError("binary mode doesn't take a newline argument");
        if (binary && buffering == 1) {
            WarningsModule.warn(ExceptionTypes.RuntimeWarning, "line buffering (buffering=1) isn't supported in binary mode, "
                    + "the default buffer size will be used", 1);
        }
        FileIO rawFile = new FileIO(FileIO.TYPE);
        rawFile.__init__(pathOrFd, PyStr.of(raw.toString()), PyBool.of(closefd), opener == null ? PyNone.NONE : opener);
        PyObject result = rawFile;
        Heap.incref(result);
        try {
            boolean lineBuffering;
            boolean isatty = false;
            if (buffering < 0) isatty = Abstract.isTrue(Abstract.callMethod(rawFile, "isatty"));
            if (buffering == 1 || isatty) {
                buffering = -1;
                lineBuffering = true;
            } else {
                lineBuffering = false;
            }
            if (buffering < 0) buffering = rawFile.blksize;
            if (buffering < 0) throw Errors.valueError("invalid buffering size");
            if (buffering == 0) {
                if (!binary) throw Errors.valueError("can't have unbuffered text I/O");
                return result;
            }
            Buffered buffer;
            if (updating) buffer = new BufferedTypes.Random(BufferedTypes.Random.TYPE);
            else if (creating || writing || appending) buffer = new BufferedTypes.Writer(BufferedTypes.Writer.TYPE);
            else if (reading) buffer = new BufferedTypes.Reader(BufferedTypes.Reader.TYPE);
            else throw Errors.valueError("unknown mode: '%s'", mode);
            buffer.init(rawFile, PyInt.of(buffering), updating || reading, updating || !reading);
            swap(result, buffer);
            result = buffer;
            if (binary) return result;
            TextIOWrapper w = new TextIOWrapper(TextIOWrapper.TYPE);
            w.__init__(buffer, encoding == null ? PyNone.NONE : PyStr.of(encoding), errors == null ? PyNone.NONE : PyStr.of(errors),
                    newline == null ? PyNone.NONE : PyStr.of(newline), PyBool.of(lineBuffering), PyBool.FALSE);
            swap(result, w);
            result = w;
            Abstract.setAttr(w, PyStr.intern("mode"), PyStr.of(mode));
            return result;
        } catch (PyException e) {
            PyException err = e;
            try {
                Abstract.callMethod(result, "close");
            } catch (PyException c) {
                err = IoSupport.chain(c, e);
            }
            throw err;
        } finally {
            // The result's reference passes to the caller.
            Heap.decref(result);
        }
    }

    /**
     * A standard stream as pylifecycle.c's create_stdio makes it: FileIO(fd, closefd=False) named
     * '<stdout>' etc., buffered, and a TextIOWrapper (UTF-8, newline '\n', line-buffered on a
     * tty and always for stderr, errors 'backslashreplace' for stderr) with mode 'r'/'w'.
     * The returned wrapper is counted once for the caller.
     */
    public static TextIOWrapper stdio(int fd, boolean write, String name, boolean unbuffered) {
        FileIO raw = new FileIO(FileIO.TYPE);
        raw.__init__(PyInt.of(fd), PyStr.of(write ? "wb" : "rb"), PyBool.FALSE, PyNone.NONE);
        // Straight into the instance dicts: start-up does not need the io types' dicts built.
        Abstract.instanceDict(raw).setItem("name", PyStr.of(name));
        boolean isatty = dev.glassbox.modules.os.FdTable.has(fd) && dev.glassbox.modules.os.FdTable.isatty(fd);
        PyObject buf;
        if (write && unbuffered) {
            buf = raw;
        } else {
            Buffered b = write ? new BufferedTypes.Writer(BufferedTypes.Writer.TYPE) : new BufferedTypes.Reader(BufferedTypes.Reader.TYPE);
            b.init(raw, PyInt.of(isatty ? 1024 : 4096 * 2), !write, write);
            buf = b;
        }
        TextIOWrapper w = new TextIOWrapper(TextIOWrapper.TYPE);
        boolean lineBuffering = write && !unbuffered && (isatty || fd == 2);
        w.__init__(buf, PyStr.of("utf-8"), PyStr.of(fd == 2 ? "backslashreplace" : stdioErrors()), PyStr.of("\n"),
                PyBool.of(lineBuffering), PyBool.of(write && unbuffered));
        Abstract.instanceDict(w).setItem("mode", PyStr.of(write ? "w" : "r"));
        Heap.incref(w);
        return w;
    }

    /**
     * config_get_stdio_errors: 'surrogateescape' in UTF-8 mode and in the C/POSIX locale or a
     * coercion target (C.UTF-8), which is also where an unavailable locale leaves the process.
     */
    static String stdioErrors() {
        String u = System.getenv("PYTHONUTF8");
        if (u != null && u.equals("1")) return "surrogateescape";
        String loc = null;
        for (String v : new String[] {"LC_ALL", "LC_CTYPE", "LANG"}) {
            String x = System.getenv(v);
            if (x != null && !x.isEmpty()) { loc = x; break; }
        }
        if (loc == null) return "surrogateescape";
        switch (loc) {
            case "C", "POSIX", "C.UTF-8", "C.utf8", "UTF-8" -> { return "surrogateescape"; }
            default -> { }
        }
        java.nio.file.Path base = java.nio.file.Path.of("/usr/lib/locale");
        String norm = loc.replace("UTF-8", "utf8");
        boolean installed = java.nio.file.Files.isDirectory(base.resolve(loc)) || java.nio.file.Files.isDirectory(base.resolve(norm))
                || java.nio.file.Files.exists(base.resolve("locale-archive"));
        return installed ? "strict" : "surrogateescape";
    }

    /** The file objects that may still be open at exit (weakly held). */
    private static final java.util.Map<IOBase, Boolean> LIVE = java.util.Collections.synchronizedMap(new java.util.WeakHashMap<>());

    static void track(IOBase o) {
        LIVE.put(o, Boolean.TRUE);
    }

    /**
     * At exit, the files still open are finalized as CPython's shutdown frees them: text
     * wrappers first, then buffers, then raw files (each close flushes what it holds, and
     * warns "unclosed file" where ResourceWarning is shown). The standard streams are not.
     */
    public static void finalizeOpenFiles() {
        java.util.List<IOBase> all;
        synchronized (LIVE) {
            all = new java.util.ArrayList<>(LIVE.keySet());
        }
        dev.glassbox.runtime.Runtime rt = dev.glassbox.runtime.Runtime.get();
        java.util.Set<PyObject> std = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        if (rt != null) {
            for (TextIOWrapper w : new TextIOWrapper[] {rt.stdout.wrapper(), rt.stderr.wrapper(),
                    rt.stdin instanceof TextIOWrapper s ? s : null}) {
                if (w == null) continue;
                std.add(w);
                if (w.buffer != null) std.add(w.buffer);
                if (w.buffer instanceof Buffered b && b.raw != null) std.add(b.raw);
            }
        }
        for (int pass = 0; pass < 3; pass++) {
            for (IOBase o : all) {
                boolean mine = pass == 0 ? o instanceof TextIOWrapper : pass == 1 ? o instanceof Buffered : o instanceof FileIO;
                if (!mine || std.contains(o) || (o.gcFlags & dev.glassbox.memory.Heap.FINALIZED) != 0) continue;
                try {
                    if (!IoSupport.closedAttr(o)) o.__del__();
                } catch (PyException e) {
                    // a half-made or detached object: nothing to close
                }
            }
        }
    }

    /** Moves the held reference from the inner object (now owned by its wrapper) to the wrapper. */
    private static void swap(PyObject inner, PyObject outer) {
        Heap.incref(outer);
        Heap.decref(inner);
    }

    private static int floatInt() {
        throw Errors.typeError("'float' object cannot be interpreted as an integer");
    }

    private static String optStr(PyObject o, String what) {
        if (o == null || o == PyNone.NONE) return null;
        if (!(o instanceof PyStr s)) throw Errors.typeError("open() argument '%s' must be str or None, not %s", what, o.type.name);
        if (s.value.indexOf('\0') >= 0) throw Errors.valueError("embedded null character");
        return s.value;
    }

    @Exposed.Function(sig = "($module, /, path)", doc = "Opens the provided file with the intent to import the contents.\n\n"
            + "This may perform extra validation beyond open(), but is otherwise interchangeable\n"
            + "with calling open(path, 'rb').")
    public static PyObject open_code(PyObject path) {
        if (!(path instanceof PyStr)) throw Errors.typeError("open_code() argument 'path' must be str, not %s", path.type.name);
        return open(path, PyStr.of("rb"), PyInt.of(-1), PyNone.NONE, PyNone.NONE, PyNone.NONE, PyBool.TRUE, PyNone.NONE);
    }

    @Exposed.Function(sig = "($module, encoding, stacklevel=2, /)", doc = "A helper function to choose the text encoding.\n\n"
            + "When encoding is not None, this function returns it.\n"
            + "Otherwise, this function returns the default text encoding\n"
            + "(i.e. \"locale\" or \"utf-8\" depends on UTF-8 mode).\n\n"
            + "This function emits an EncodingWarning if encoding is None and\n"
            + "sys.flags.warn_default_encoding is true.\n\n"
            + "This can be used in APIs with an encoding=None parameter.\n"
            + "However, please consider using encoding=\"utf-8\" for new APIs.")
    public static PyObject text_encoding(PyObject encoding, PyObject stacklevel) {
        if (encoding != PyNone.NONE) return encoding;
        boolean utf8 = false;
        try {
            PyObject flags = dev.glassbox.vm.Builtins.sysAttr("flags");
            utf8 = flags != null && Abstract.isTrue(Abstract.getAttr(flags, "utf8_mode"));
        } catch (PyException e) {
            // no flags: not UTF-8 mode
        }
        return PyStr.of(utf8 ? "utf-8" : "locale");
    }

}
