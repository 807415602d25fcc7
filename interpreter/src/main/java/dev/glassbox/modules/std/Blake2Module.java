package dev.glassbox.modules.std;

import dev.glassbox.objects.Abstract;
import dev.glassbox.objects.Errors;
import dev.glassbox.objects.Exposed;
import dev.glassbox.objects.ModuleBuilder;
import dev.glassbox.objects.PyDict;
import dev.glassbox.objects.PyInt;
import dev.glassbox.objects.PyModule;
import dev.glassbox.objects.PyNone;
import dev.glassbox.objects.PyObject;
import dev.glassbox.objects.PyTuple;
import dev.glassbox.objects.PyType;

/**
 * {@code _blake2} (Modules/_blake2/blake2module.c, blake2b_impl.c, blake2s_impl.c): the
 * blake2b and blake2s types over {@link HashEngines.Blake2}, with the parameter checks and
 * messages of their constructors and the size constants on the types and the module.
 */
@Exposed.Module(name = "_blake2")
public final class Blake2Module {
    private Blake2Module() {}

    public static PyModule create() {
        PyModule m = ModuleBuilder.build(Blake2Module.class);
        PyDict d = m.dict();
        d.setItem("blake2b", Blake2b.TYPE);
        d.setItem("blake2s", Blake2s.TYPE);
        String[] names = {"SALT_SIZE", "PERSON_SIZE", "MAX_KEY_SIZE", "MAX_DIGEST_SIZE"};
        int[] b = {16, 16, 64, 64}, s = {8, 8, 32, 32};
        PyDict bd = Blake2b.TYPE.ready().dict, sd = Blake2s.TYPE.ready().dict;
        for (int i = 0; i < 4; i++) {
            bd.setItem(names[i], PyInt.of(b[i]));
            sd.setItem(names[i], PyInt.of(s[i]));
            d.setItem("BLAKE2B_" + names[i], PyInt.of(b[i]));
            d.setItem("BLAKE2S_" + names[i], PyInt.of(s[i]));
        }
        return m;
    }

    private static final String[] NEW_KEYWORDS = {"digest_size", "key", "salt", "person", "fanout", "depth", "leaf_size",
        "node_offset", "node_depth", "inner_size", "last_node", "usedforsecurity"};

    private static byte[] optBuffer(PyObject o) {
        return o == null || o == PyNone.NONE ? new byte[0] : Args.buffer(o);
    }

    /** The unsigned long and unsigned long long converters: no __index__, "value must be positive". */
    private static long unsignedArg(PyObject o, boolean longLong) {
        if (o == null) return 0;
        if (!(o instanceof PyInt i)) throw Errors.typeError("an integer is required");
        if (i.signum() < 0) throw Errors.valueError("value must be positive");
        if (i.isBig() && i.big.bitLength() > 64) {
            throw Errors.overflowError(longLong ? "int too big to convert" : "Python int too large to convert to C unsigned long");
        }
        return i.isBig() ? i.big.longValue() : i.value;
    }

    /** py_blake2b_new_impl / py_blake2s_new_impl. */
    static PyObject construct(HashObject h, boolean big, String fname, PyObject args, PyObject kwargs) {
        PyObject[] a = HashObject.parseNew(fname, NEW_KEYWORDS, (PyTuple) args, (PyDict) kwargs);
        int maxOut = big ? 64 : 32, maxSalt = big ? 16 : 8;
        HashEngines.Blake2Params p = new HashEngines.Blake2Params();
        int digestSize = a[1] == null ? maxOut : Args.cInt(a[1]);
        byte[] key = optBuffer(a[2]), salt = optBuffer(a[3]), person = optBuffer(a[4]);
        int fanout = a[5] == null ? 1 : Args.cInt(a[5]), depth = a[6] == null ? 1 : Args.cInt(a[6]);
        long leafSize = unsignedArg(a[7], false), nodeOffset = unsignedArg(a[8], true);
        int nodeDepth = a[9] == null ? 0 : Args.cInt(a[9]), innerSize = a[10] == null ? 0 : Args.cInt(a[10]);
        boolean lastNode = a[11] != null && Abstract.isTrue(a[11]);
        if (a[12] != null) Abstract.isTrue(a[12]);
        if (digestSize <= 0 || digestSize > maxOut) throw Errors.valueError("digest_size must be between 1 and %d bytes", maxOut);
        if (salt.length > maxSalt) throw Errors.valueError("maximum salt length is %d bytes", maxSalt);
        if (person.length > maxSalt) throw Errors.valueError("maximum person length is %d bytes", maxSalt);
        if (fanout < 0 || fanout > 255) throw Errors.valueError("fanout must be between 0 and 255");
        if (depth <= 0 || depth > 255) throw Errors.valueError("depth must be between 1 and 255");
        if (Long.compareUnsigned(leafSize, 0xffffffffL) > 0) throw Errors.overflowError("leaf_size is too large");
        if (!big && Long.compareUnsigned(nodeOffset, 0xffffffffffffL) > 0) throw Errors.overflowError("node_offset is too large");
        if (nodeDepth < 0 || nodeDepth > 255) throw Errors.valueError("node_depth must be between 0 and 255");
        if (innerSize < 0 || innerSize > maxOut) throw Errors.valueError("inner_size must be between 0 and is %d", maxOut);
        if (key.length > maxOut) throw Errors.valueError("maximum key length is %d bytes", maxOut);
        p.digestSize = digestSize;
        p.key = key;
        p.salt = salt;
        p.person = person;
        p.fanout = fanout;
        p.depth = depth;
        p.leafSize = leafSize;
        p.nodeOffset = nodeOffset;
        p.nodeDepth = nodeDepth;
        p.innerSize = innerSize;
        p.lastNode = lastNode;
        h.init(new HashEngines.Blake2(big, p), fname, digestSize, big ? 128 : 64);
        if (a[0] != null) h.feed(a[0]);
        return h;
    }

    /** {@code _blake2.blake2b}. */
    @Exposed.Type(name = "blake2b", module = "_blake2", baseType = false, basicSize = 384, doc = "Return a new BLAKE2b hash object.")
    public static final class Blake2b extends HashObject {
        public static final PyType TYPE = PyType.fromClass(Blake2b.class);

        private Blake2b() {
            super(TYPE);
        }

        @Exposed.StaticMethod(name = "__new__", sig = "($type, *args, **kwargs)")
        public static PyObject __new__(PyObject cls, PyObject args, PyObject kwargs) {
            return construct(new Blake2b(), true, "blake2b", args, kwargs);
        }

        @Exposed.Method(sig = "($self, data, /)", conv = Exposed.Convention.O, doc = UPDATE_BYTES_DOC) public void update(PyObject o) { feed(o); }
        @Exposed.Method(conv = Exposed.Convention.NOARGS, doc = DIGEST_DOC) public PyObject digest() { return digestBytes(); }
        @Exposed.Method(conv = Exposed.Convention.NOARGS, doc = HEXDIGEST_DOC) public PyObject hexdigest() { return hexDigest(); }
        @Exposed.Method(conv = Exposed.Convention.NOARGS, doc = COPY_DOC) public PyObject copy() { return copyInto(new Blake2b()); }
        @Exposed.Getter(name = "name") public PyObject getName() { return nameObj(); }
        @Exposed.Getter(name = "digest_size") public PyObject getDigestSize() { return digestSizeObj(); }
        @Exposed.Getter(name = "block_size") public PyObject getBlockSize() { return blockSizeObj(); }
    }

    /** {@code _blake2.blake2s}. */
    @Exposed.Type(name = "blake2s", module = "_blake2", baseType = false, basicSize = 232, doc = "Return a new BLAKE2s hash object.")
    public static final class Blake2s extends HashObject {
        public static final PyType TYPE = PyType.fromClass(Blake2s.class);

        private Blake2s() {
            super(TYPE);
        }

        @Exposed.StaticMethod(name = "__new__", sig = "($type, *args, **kwargs)")
        public static PyObject __new__(PyObject cls, PyObject args, PyObject kwargs) {
            return construct(new Blake2s(), false, "blake2s", args, kwargs);
        }

        @Exposed.Method(sig = "($self, data, /)", conv = Exposed.Convention.O, doc = UPDATE_BYTES_DOC) public void update(PyObject o) { feed(o); }
        @Exposed.Method(conv = Exposed.Convention.NOARGS, doc = DIGEST_DOC) public PyObject digest() { return digestBytes(); }
        @Exposed.Method(conv = Exposed.Convention.NOARGS, doc = HEXDIGEST_DOC) public PyObject hexdigest() { return hexDigest(); }
        @Exposed.Method(conv = Exposed.Convention.NOARGS, doc = COPY_DOC) public PyObject copy() { return copyInto(new Blake2s()); }
        @Exposed.Getter(name = "name") public PyObject getName() { return nameObj(); }
        @Exposed.Getter(name = "digest_size") public PyObject getDigestSize() { return digestSizeObj(); }
        @Exposed.Getter(name = "block_size") public PyObject getBlockSize() { return blockSizeObj(); }
    }
}
