package dev.glassbox.modules.std;

import dev.glassbox.objects.Errors;
import dev.glassbox.objects.Exposed;
import dev.glassbox.objects.ModuleBuilder;
import dev.glassbox.objects.PyBytes;
import dev.glassbox.objects.PyDict;
import dev.glassbox.objects.PyInt;
import dev.glassbox.objects.PyModule;
import dev.glassbox.objects.PyObject;
import dev.glassbox.objects.PyStr;
import dev.glassbox.objects.PyTuple;
import dev.glassbox.objects.PyType;

/**
 * {@code _sha3} (Modules/_sha3/sha3module.c): the SHA3 and SHAKE types over
 * {@link HashEngines.Keccak}. The types are their own constructors; like CPython's, they all
 * parse arguments under the name "sha3_224" (one shared Argument Clinic function).
 */
@Exposed.Module(name = "_sha3")
public final class Sha3Module {
    private Sha3Module() {}

    public static PyModule create() {
        PyModule m = ModuleBuilder.build(Sha3Module.class);
        PyDict d = m.dict();
        d.setItem("sha3_224", Sha3_224.TYPE);
        d.setItem("sha3_256", Sha3_256.TYPE);
        d.setItem("sha3_384", Sha3_384.TYPE);
        d.setItem("sha3_512", Sha3_512.TYPE);
        d.setItem("shake_128", Shake128.TYPE);
        d.setItem("shake_256", Shake256.TYPE);
        d.setItem("keccakopt", PyInt.of(0));
        d.setItem("implementation", PyStr.of("tiny_sha3"));
        return m;
    }

    private static final String[] NEW_KEYWORDS = {"usedforsecurity"};

    static PyObject construct(HashObject h, PyObject args, PyObject kwargs) {
        PyObject[] a = HashObject.parseNew("sha3_224", NEW_KEYWORDS, (PyTuple) args, (PyDict) kwargs);
        if (a[1] != null) dev.glassbox.objects.Abstract.isTrue(a[1]);
        if (a[0] != null) h.feed(a[0]);
        return h;
    }

    private static HashEngines.Keccak keccak(HashObject h) {
        return (HashEngines.Keccak) h.engine;
    }

    static PyObject rateBits(HashObject h) {
        return PyInt.of(keccak(h).rate * 8);
    }

    static PyObject capacityBits(HashObject h) {
        return PyInt.of(1600 - keccak(h).rate * 8);
    }

    static PyObject suffix(HashObject h) {
        return PyBytes.wrap(new byte[] {(byte) keccak(h).suffix});
    }

    /** The unsigned long length of SHAKE's digest(), with its converter's and _SHAKE_digest's checks. */
    static int shakeLength(PyObject o) {
        if (!(o instanceof PyInt i)) throw Errors.typeError("an integer is required");
        if (i.signum() < 0) throw Errors.valueError("value must be positive");
        if (i.isBig() && i.big.bitLength() > 64) throw Errors.overflowError("Python int too large to convert to C unsigned long");
        if (i.isBig() || i.value >= (1 << 29)) throw Errors.valueError("length is too large");
        return (int) i.value;
    }

    /**
     * What every SHA3 and SHAKE type has. Not a Python type itself: the type builder adds the
     * members of unannotated Java superclasses to each type below.
     */
    abstract static class KeccakHash extends HashObject {
        KeccakHash(PyType t, int rate, int suffix, String name, int digestSize) {
            super(t, new HashEngines.Keccak(rate, suffix), name, digestSize, rate);
        }

        KeccakHash(PyType t) {
            super(t);
        }

        /** An empty object of the same type, for copy(). */
        abstract KeccakHash blank();

        @Exposed.Method(sig = "($self, data, /)", conv = Exposed.Convention.O, doc = UPDATE_BYTES_DOC) public void update(PyObject o) { feed(o); }
        @Exposed.Method(conv = Exposed.Convention.NOARGS, doc = COPY_DOC) public PyObject copy() { return copyInto(blank()); }
        @Exposed.Getter(name = "name") public PyObject getName() { return nameObj(); }
        @Exposed.Getter(name = "digest_size") public PyObject getDigestSize() { return digestSizeObj(); }
        @Exposed.Getter(name = "block_size") public PyObject getBlockSize() { return blockSizeObj(); }
        @Exposed.Getter(name = "_capacity_bits") public PyObject getCapacityBits() { return capacityBits(this); }
        @Exposed.Getter(name = "_rate_bits") public PyObject getRateBits() { return rateBits(this); }
        @Exposed.Getter(name = "_suffix") public PyObject getSuffix() { return suffix(this); }
    }

    /** SHA3: a fixed-size digest. */
    abstract static class FixedSha3 extends KeccakHash {
        FixedSha3(PyType t, int rate, String name, int digestSize) {
            super(t, rate, 0x06, name, digestSize);
        }

        FixedSha3(PyType t) {
            super(t);
        }

        @Exposed.Method(conv = Exposed.Convention.NOARGS, doc = DIGEST_DOC) public PyObject digest() { return digestBytes(); }
        @Exposed.Method(conv = Exposed.Convention.NOARGS, doc = HEXDIGEST_DOC) public PyObject hexdigest() { return hexDigest(); }
    }

    /** SHAKE: digest and hexdigest take the output length. */
    abstract static class Shake extends KeccakHash {
        Shake(PyType t, int rate, String name) {
            super(t, rate, 0x1f, name, 0);
        }

        Shake(PyType t) {
            super(t);
        }

        @Exposed.Method(sig = "($self, length, /)", conv = Exposed.Convention.O, doc = DIGEST_DOC)
        public PyObject digest(PyObject length) { return PyBytes.wrap(engine.digest(shakeLength(length))); }
        @Exposed.Method(sig = "($self, length, /)", conv = Exposed.Convention.O, doc = HEXDIGEST_DOC)
        public PyObject hexdigest(PyObject length) { return hex(engine.digest(shakeLength(length))); }
    }

    /** {@code _sha3.sha3_224}. */
    @Exposed.Type(name = "sha3_224", module = "_sha3", baseType = false, basicSize = 424,
            doc = "sha3_224([data], *, usedforsecurity=True) -> SHA3 object\n\nReturn a new SHA3 hash object with a hashbit length of 28 bytes.")
    public static final class Sha3_224 extends FixedSha3 {
        public static final PyType TYPE = PyType.fromClass(Sha3_224.class);

        private Sha3_224() {
            super(TYPE, 144, "sha3_224", 28);
        }

        private Sha3_224(boolean empty) {
            super(TYPE);
        }

        @Override
        KeccakHash blank() {
            return new Sha3_224(true);
        }

        @Exposed.StaticMethod(name = "__new__", sig = "($type, *args, **kwargs)")
        public static PyObject __new__(PyObject cls, PyObject args, PyObject kwargs) {
            return construct(new Sha3_224(), args, kwargs);
        }
    }

    /** {@code _sha3.sha3_256}. */
    @Exposed.Type(name = "sha3_256", module = "_sha3", baseType = false, basicSize = 424,
            doc = "sha3_256([data], *, usedforsecurity=True) -> SHA3 object\n\nReturn a new SHA3 hash object with a hashbit length of 32 bytes.")
    public static final class Sha3_256 extends FixedSha3 {
        public static final PyType TYPE = PyType.fromClass(Sha3_256.class);

        private Sha3_256() {
            super(TYPE, 136, "sha3_256", 32);
        }

        private Sha3_256(boolean empty) {
            super(TYPE);
        }

        @Override
        KeccakHash blank() {
            return new Sha3_256(true);
        }

        @Exposed.StaticMethod(name = "__new__", sig = "($type, *args, **kwargs)")
        public static PyObject __new__(PyObject cls, PyObject args, PyObject kwargs) {
            return construct(new Sha3_256(), args, kwargs);
        }
    }

    /** {@code _sha3.sha3_384}. */
    @Exposed.Type(name = "sha3_384", module = "_sha3", baseType = false, basicSize = 424,
            doc = "sha3_384([data], *, usedforsecurity=True) -> SHA3 object\n\nReturn a new SHA3 hash object with a hashbit length of 48 bytes.")
    public static final class Sha3_384 extends FixedSha3 {
        public static final PyType TYPE = PyType.fromClass(Sha3_384.class);

        private Sha3_384() {
            super(TYPE, 104, "sha3_384", 48);
        }

        private Sha3_384(boolean empty) {
            super(TYPE);
        }

        @Override
        KeccakHash blank() {
            return new Sha3_384(true);
        }

        @Exposed.StaticMethod(name = "__new__", sig = "($type, *args, **kwargs)")
        public static PyObject __new__(PyObject cls, PyObject args, PyObject kwargs) {
            return construct(new Sha3_384(), args, kwargs);
        }
    }

    /** {@code _sha3.sha3_512}. */
    @Exposed.Type(name = "sha3_512", module = "_sha3", baseType = false, basicSize = 424,
            doc = "sha3_512([data], *, usedforsecurity=True) -> SHA3 object\n\nReturn a new SHA3 hash object with a hashbit length of 64 bytes.")
    public static final class Sha3_512 extends FixedSha3 {
        public static final PyType TYPE = PyType.fromClass(Sha3_512.class);

        private Sha3_512() {
            super(TYPE, 72, "sha3_512", 64);
        }

        private Sha3_512(boolean empty) {
            super(TYPE);
        }

        @Override
        KeccakHash blank() {
            return new Sha3_512(true);
        }

        @Exposed.StaticMethod(name = "__new__", sig = "($type, *args, **kwargs)")
        public static PyObject __new__(PyObject cls, PyObject args, PyObject kwargs) {
            return construct(new Sha3_512(), args, kwargs);
        }
    }

    /** {@code _sha3.shake_128}. */
    @Exposed.Type(name = "shake_128", module = "_sha3", baseType = false, basicSize = 424,
            doc = "shake_128([data], *, usedforsecurity=True) -> SHAKE object\n\nReturn a new SHAKE hash object.")
    public static final class Shake128 extends Shake {
        public static final PyType TYPE = PyType.fromClass(Shake128.class);

        private Shake128() {
            super(TYPE, 168, "shake_128");
        }

        private Shake128(boolean empty) {
            super(TYPE);
        }

        @Override
        KeccakHash blank() {
            return new Shake128(true);
        }

        @Exposed.StaticMethod(name = "__new__", sig = "($type, *args, **kwargs)")
        public static PyObject __new__(PyObject cls, PyObject args, PyObject kwargs) {
            return construct(new Shake128(), args, kwargs);
        }
    }

    /** {@code _sha3.shake_256}. */
    @Exposed.Type(name = "shake_256", module = "_sha3", baseType = false, basicSize = 424,
            doc = "shake_256([data], *, usedforsecurity=True) -> SHAKE object\n\nReturn a new SHAKE hash object.")
    public static final class Shake256 extends Shake {
        public static final PyType TYPE = PyType.fromClass(Shake256.class);

        private Shake256() {
            super(TYPE, 136, "shake_256");
        }

        private Shake256(boolean empty) {
            super(TYPE);
        }

        @Override
        KeccakHash blank() {
            return new Shake256(true);
        }

        @Exposed.StaticMethod(name = "__new__", sig = "($type, *args, **kwargs)")
        public static PyObject __new__(PyObject cls, PyObject args, PyObject kwargs) {
            return construct(new Shake256(), args, kwargs);
        }
    }
}
