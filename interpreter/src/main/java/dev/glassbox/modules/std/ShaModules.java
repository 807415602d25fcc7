package dev.glassbox.modules.std;

import dev.glassbox.objects.Exposed;
import dev.glassbox.objects.ModuleBuilder;
import dev.glassbox.objects.PyModule;
import dev.glassbox.objects.PyObject;
import dev.glassbox.objects.PyType;

/**
 * {@code _md5}, {@code _sha1}, {@code _sha256} (Modules/md5module.c, sha1module.c,
 * sha256module.c) and the hash types of {@code _sha512} ({@link Sha512Module}): a module
 * function per algorithm returning an object of its own non-instantiable type, over
 * java.security's digests.
 */
public final class ShaModules {
    private ShaModules() {}

    @Exposed.Module(name = "_md5")
    public static final class Md5Module {
        private Md5Module() {}

        public static PyModule create() {
            PyModule m = ModuleBuilder.build(Md5Module.class);
            m.dict().setItem("MD5Type", Md5.TYPE);
            return m;
        }

        @Exposed.Function(sig = "($module, /, string=b'', *, usedforsecurity=True)", doc = "Return a new MD5 hash object; optionally initialized with a string.")
        public static PyObject md5(PyObject string, PyObject usedForSecurity) {
            Md5 h = new Md5();
            if (string != null) h.feed(string);
            return h;
        }
    }

    @Exposed.Module(name = "_sha1")
    public static final class Sha1Module {
        private Sha1Module() {}

        public static PyModule create() {
            PyModule m = ModuleBuilder.build(Sha1Module.class);
            m.dict().setItem("SHA1Type", Sha1.TYPE);
            return m;
        }

        @Exposed.Function(sig = "($module, /, string=b'', *, usedforsecurity=True)", doc = "Return a new SHA1 hash object; optionally initialized with a string.")
        public static PyObject sha1(PyObject string, PyObject usedForSecurity) {
            Sha1 h = new Sha1();
            if (string != null) h.feed(string);
            return h;
        }
    }

    @Exposed.Module(name = "_sha256")
    public static final class Sha256Module {
        private Sha256Module() {}

        public static PyModule create() {
            PyModule m = ModuleBuilder.build(Sha256Module.class);
            m.dict().setItem("SHA224Type", Sha224.TYPE);
            m.dict().setItem("SHA256Type", Sha256.TYPE);
            return m;
        }

        @Exposed.Function(sig = "($module, /, string=b'', *, usedforsecurity=True)", doc = "Return a new SHA-224 hash object; optionally initialized with a string.")
        public static PyObject sha224(PyObject string, PyObject usedForSecurity) {
            Sha224 h = new Sha224();
            if (string != null) h.feed(string);
            return h;
        }

        @Exposed.Function(sig = "($module, /, string=b'', *, usedforsecurity=True)", doc = "Return a new SHA-256 hash object; optionally initialized with a string.")
        public static PyObject sha256(PyObject string, PyObject usedForSecurity) {
            Sha256 h = new Sha256();
            if (string != null) h.feed(string);
            return h;
        }
    }

    /** {@code _md5.md5}. */
    @Exposed.Type(name = "md5", module = "_md5", baseType = false, basicSize = 64)
    public static final class Md5 extends HashObject {
        public static final PyType TYPE = PyType.fromClass(Md5.class);

        Md5() {
            super(TYPE, new HashEngines.Jdk("MD5"), "md5", 16, 64);
        }

        private Md5(boolean empty) {
            super(TYPE);
        }

        @Exposed.Method(sig = "($self, obj, /)", conv = Exposed.Convention.O, doc = UPDATE_DOC) public void update(PyObject o) { feed(o); }
        @Exposed.Method(conv = Exposed.Convention.NOARGS, doc = DIGEST_DOC) public PyObject digest() { return digestBytes(); }
        @Exposed.Method(conv = Exposed.Convention.NOARGS, doc = HEXDIGEST_DOC) public PyObject hexdigest() { return hexDigest(); }
        @Exposed.Method(conv = Exposed.Convention.NOARGS, doc = COPY_DOC) public PyObject copy() { return copyInto(new Md5(true)); }
        @Exposed.Getter(name = "name") public PyObject getName() { return nameObj(); }
        @Exposed.Getter(name = "digest_size") public PyObject getDigestSize() { return digestSizeObj(); }
        @Exposed.Getter(name = "block_size") public PyObject getBlockSize() { return blockSizeObj(); }
    }

    /** {@code _sha1.sha1}. */
    @Exposed.Type(name = "sha1", module = "_sha1", baseType = false, basicSize = 64)
    public static final class Sha1 extends HashObject {
        public static final PyType TYPE = PyType.fromClass(Sha1.class);

        Sha1() {
            super(TYPE, new HashEngines.Jdk("SHA-1"), "sha1", 20, 64);
        }

        private Sha1(boolean empty) {
            super(TYPE);
        }

        @Exposed.Method(sig = "($self, obj, /)", conv = Exposed.Convention.O, doc = UPDATE_DOC) public void update(PyObject o) { feed(o); }
        @Exposed.Method(conv = Exposed.Convention.NOARGS, doc = DIGEST_DOC) public PyObject digest() { return digestBytes(); }
        @Exposed.Method(conv = Exposed.Convention.NOARGS, doc = HEXDIGEST_DOC) public PyObject hexdigest() { return hexDigest(); }
        @Exposed.Method(conv = Exposed.Convention.NOARGS, doc = COPY_DOC) public PyObject copy() { return copyInto(new Sha1(true)); }
        @Exposed.Getter(name = "name") public PyObject getName() { return nameObj(); }
        @Exposed.Getter(name = "digest_size") public PyObject getDigestSize() { return digestSizeObj(); }
        @Exposed.Getter(name = "block_size") public PyObject getBlockSize() { return blockSizeObj(); }
    }

    /** {@code _sha256.sha224}. */
    @Exposed.Type(name = "sha224", module = "_sha256", baseType = false, basicSize = 64)
    public static final class Sha224 extends HashObject {
        public static final PyType TYPE = PyType.fromClass(Sha224.class);

        Sha224() {
            super(TYPE, new HashEngines.Jdk("SHA-224"), "sha224", 28, 64);
        }

        private Sha224(boolean empty) {
            super(TYPE);
        }

        @Exposed.Method(sig = "($self, obj, /)", conv = Exposed.Convention.O, doc = UPDATE_DOC) public void update(PyObject o) { feed(o); }
        @Exposed.Method(conv = Exposed.Convention.NOARGS, doc = DIGEST_DOC) public PyObject digest() { return digestBytes(); }
        @Exposed.Method(conv = Exposed.Convention.NOARGS, doc = HEXDIGEST_DOC) public PyObject hexdigest() { return hexDigest(); }
        @Exposed.Method(conv = Exposed.Convention.NOARGS, doc = COPY_DOC) public PyObject copy() { return copyInto(new Sha224(true)); }
        @Exposed.Getter(name = "name") public PyObject getName() { return nameObj(); }
        @Exposed.Getter(name = "digest_size") public PyObject getDigestSize() { return digestSizeObj(); }
        @Exposed.Getter(name = "block_size") public PyObject getBlockSize() { return blockSizeObj(); }
    }

    /** {@code _sha256.sha256}. */
    @Exposed.Type(name = "sha256", module = "_sha256", baseType = false, basicSize = 64)
    public static final class Sha256 extends HashObject {
        public static final PyType TYPE = PyType.fromClass(Sha256.class);

        Sha256() {
            super(TYPE, new HashEngines.Jdk("SHA-256"), "sha256", 32, 64);
        }

        private Sha256(boolean empty) {
            super(TYPE);
        }

        @Exposed.Method(sig = "($self, obj, /)", conv = Exposed.Convention.O, doc = UPDATE_DOC) public void update(PyObject o) { feed(o); }
        @Exposed.Method(conv = Exposed.Convention.NOARGS, doc = DIGEST_DOC) public PyObject digest() { return digestBytes(); }
        @Exposed.Method(conv = Exposed.Convention.NOARGS, doc = HEXDIGEST_DOC) public PyObject hexdigest() { return hexDigest(); }
        @Exposed.Method(conv = Exposed.Convention.NOARGS, doc = COPY_DOC) public PyObject copy() { return copyInto(new Sha256(true)); }
        @Exposed.Getter(name = "name") public PyObject getName() { return nameObj(); }
        @Exposed.Getter(name = "digest_size") public PyObject getDigestSize() { return digestSizeObj(); }
        @Exposed.Getter(name = "block_size") public PyObject getBlockSize() { return blockSizeObj(); }
    }

    /** {@code _sha512.sha384}. */
    @Exposed.Type(name = "sha384", module = "_sha512", baseType = false, basicSize = 64)
    public static final class Sha384 extends HashObject {
        public static final PyType TYPE = PyType.fromClass(Sha384.class);

        Sha384() {
            super(TYPE, new HashEngines.Jdk("SHA-384"), "sha384", 48, 128);
        }

        private Sha384(boolean empty) {
            super(TYPE);
        }

        @Exposed.Method(sig = "($self, obj, /)", conv = Exposed.Convention.O, doc = UPDATE_DOC) public void update(PyObject o) { feed(o); }
        @Exposed.Method(conv = Exposed.Convention.NOARGS, doc = DIGEST_DOC) public PyObject digest() { return digestBytes(); }
        @Exposed.Method(conv = Exposed.Convention.NOARGS, doc = HEXDIGEST_DOC) public PyObject hexdigest() { return hexDigest(); }
        @Exposed.Method(conv = Exposed.Convention.NOARGS, doc = COPY_DOC) public PyObject copy() { return copyInto(new Sha384(true)); }
        @Exposed.Getter(name = "name") public PyObject getName() { return nameObj(); }
        @Exposed.Getter(name = "digest_size") public PyObject getDigestSize() { return digestSizeObj(); }
        @Exposed.Getter(name = "block_size") public PyObject getBlockSize() { return blockSizeObj(); }
    }

    /** {@code _sha512.sha512}. */
    @Exposed.Type(name = "sha512", module = "_sha512", baseType = false, basicSize = 64)
    public static final class Sha512 extends HashObject {
        public static final PyType TYPE = PyType.fromClass(Sha512.class);

        Sha512() {
            super(TYPE, new HashEngines.Jdk("SHA-512"), "sha512", 64, 128);
        }

        private Sha512(boolean empty) {
            super(TYPE);
        }

        @Exposed.Method(sig = "($self, obj, /)", conv = Exposed.Convention.O, doc = UPDATE_DOC) public void update(PyObject o) { feed(o); }
        @Exposed.Method(conv = Exposed.Convention.NOARGS, doc = DIGEST_DOC) public PyObject digest() { return digestBytes(); }
        @Exposed.Method(conv = Exposed.Convention.NOARGS, doc = HEXDIGEST_DOC) public PyObject hexdigest() { return hexDigest(); }
        @Exposed.Method(conv = Exposed.Convention.NOARGS, doc = COPY_DOC) public PyObject copy() { return copyInto(new Sha512(true)); }
        @Exposed.Getter(name = "name") public PyObject getName() { return nameObj(); }
        @Exposed.Getter(name = "digest_size") public PyObject getDigestSize() { return digestSizeObj(); }
        @Exposed.Getter(name = "block_size") public PyObject getBlockSize() { return blockSizeObj(); }
    }
}
