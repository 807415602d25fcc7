package dev.glassbox.modules.std;

import dev.glassbox.objects.Errors;
import dev.glassbox.objects.Exposed;
import dev.glassbox.objects.ModuleBuilder;
import dev.glassbox.objects.PyBytes;
import dev.glassbox.objects.PyInt;
import dev.glassbox.objects.PyModule;
import dev.glassbox.objects.PyObject;
import dev.glassbox.objects.PyStr;
import dev.glassbox.objects.PyType;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/** {@code _sha512} (Modules/sha512module.c): sha512 and sha384 over java.security's digests. */
@Exposed.Module(name = "_sha512")
public final class Sha512Module {
    private Sha512Module() {}

    public static PyModule create() {
        return ModuleBuilder.build(Sha512Module.class);
    }

    @Exposed.Function(sig = "($module, /, string=b'', *, usedforsecurity=True)", doc = "Return a new SHA-512 hash object; optionally initialized with a string.")
    public static PyObject sha512(PyObject data, PyObject usedForSecurity) {
        return Hash.of("sha512", "SHA-512", 128, data);
    }

    @Exposed.Function(sig = "($module, /, string=b'', *, usedforsecurity=True)", doc = "Return a new SHA-384 hash object; optionally initialized with a string.")
    public static PyObject sha384(PyObject data, PyObject usedForSecurity) {
        return Hash.of("sha384", "SHA-384", 128, data);
    }

    /** A running digest ({@code sha512} objects). */
    @Exposed.Type(name = "sha512", module = "_sha512", baseType = false)
    public static final class Hash extends PyObject {
        public static final PyType TYPE = PyType.fromClass(Hash.class);
        private final String name;
        private final int blockSize;
        private MessageDigest md;

        Hash(String name, MessageDigest md, int blockSize) {
            super(TYPE);
            this.name = name;
            this.md = md;
            this.blockSize = blockSize;
        }

        static Hash of(String name, String algorithm, int blockSize, PyObject data) {
            try {
                Hash h = new Hash(name, MessageDigest.getInstance(algorithm), blockSize);
                if (data != null) h.update(data);
                return h;
            } catch (NoSuchAlgorithmException e) {
                throw Errors.valueError("unsupported hash type %s", name);
            }
        }

        @Exposed.Method(sig = "($self, obj, /)", doc = "Update this hash object's state with the provided string.")
        public void update(PyObject data) {
            if (data instanceof PyStr) throw Errors.typeError("Strings must be encoded before hashing");
            md.update(dev.glassbox.objects.BytesOps.bytesOf(data));
        }

        private byte[] peek() {
            try {
                return ((MessageDigest) md.clone()).digest();
            } catch (CloneNotSupportedException e) {
                throw Errors.systemError("digest cannot be copied");
            }
        }

        @Exposed.Method(sig = "($self, /)", doc = "Return the digest value as a bytes object.")
        public PyObject digest() {
            return PyBytes.wrap(peek());
        }

        @Exposed.Method(sig = "($self, /)", doc = "Return the digest value as a string of hexadecimal digits.")
        public PyObject hexdigest() {
            StringBuilder b = new StringBuilder();
            for (byte x : peek()) b.append(String.format("%02x", x & 0xff));
            return PyStr.of(b.toString());
        }

        @Exposed.Method(sig = "($self, /)", doc = "Return a copy of the hash object.")
        public PyObject copy() {
            try {
                return new Hash(name, (MessageDigest) md.clone(), blockSize);
            } catch (CloneNotSupportedException e) {
                throw Errors.systemError("digest cannot be copied");
            }
        }

        @Exposed.Getter(name = "name") public PyObject getName() { return PyStr.of(name); }
        @Exposed.Getter(name = "digest_size") public PyObject digestSize() { return PyInt.of(md.getDigestLength()); }
        @Exposed.Getter(name = "block_size") public PyObject getBlockSize() { return PyInt.of(blockSize); }
    }
}
