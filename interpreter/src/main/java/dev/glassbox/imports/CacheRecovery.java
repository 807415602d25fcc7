package dev.glassbox.imports;

import dev.glassbox.objects.Abstract;
import dev.glassbox.objects.BytesOps;
import dev.glassbox.objects.Errors;
import dev.glassbox.objects.ExcFields;
import dev.glassbox.objects.ExceptionTypes;
import dev.glassbox.objects.Exposed;
import dev.glassbox.objects.ModuleBuilder;
import dev.glassbox.objects.PyException;
import dev.glassbox.objects.PyModule;
import dev.glassbox.objects.PyNone;
import dev.glassbox.objects.PyObject;
import dev.glassbox.objects.PyStr;
import dev.glassbox.vm.PyCode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * The bytecode cache's recovery from a damaged file. CPython's SourceLoader.get_code ignores
 * a pyc whose header is wrong (magic, flags, stale mtime or size, too short) and rewrites it,
 * but a file whose header is right and whose body is not makes the import fail. Here such a
 * body is treated like a stale file too: the source is compiled and the file rewritten. This
 * replaces {@code _bootstrap_external._compile_bytecode}, otherwise doing what it does.
 */
@Exposed.Module(name = "_glassbox_importlib", doc = "The runtime's additions to importlib's path loaders.")
final class CacheRecovery {
    private CacheRecovery() {}

    static PyObject compileBytecodeFunction() {
        PyModule m = ModuleBuilder.build(CacheRecovery.class);
        return m.dict().getItemStr("_compile_bytecode");
    }

    @Exposed.Function(sig = "($module, /, data, name=None, bytecode_path=None, source_path=None)",
            doc = "Compile bytecode as found in a pyc.")
    public static PyObject _compile_bytecode(PyObject data, PyObject name, PyObject bytecodePath, PyObject sourcePath) {
        PyObject code = null;
        try {
            code = MarshalModule.loadsBytes(BytesOps.bytesOf(data));
        } catch (PyException e) {
            boolean badData = e.matches(ExceptionTypes.ValueError) || e.matches(ExceptionTypes.EOFError)
                    || e.matches(ExceptionTypes.TypeError) || e.matches(ExceptionTypes.SystemError);
            if (!badData || !(sourcePath instanceof PyStr)) throw e;
        }
        if (code instanceof PyCode c) {
            if (sourcePath instanceof PyStr) ImpModule._fix_co_filename(c, sourcePath);
            return c;
        }
        if (!(sourcePath instanceof PyStr src)) {
            PyException e = Errors.raise(ExceptionTypes.ImportError, "Non-code object in %s",
                    ((PyStr) Abstract.repr(bytecodePath == null ? PyNone.NONE : bytecodePath)).value);
            if (name != null) ((ExcFields.ImportError) e.value).setName(name);
            if (bytecodePath != null) ((ExcFields.ImportError) e.value).setPath(bytecodePath);
            throw e;
        }
        return recompile(src.value, bytecodePath instanceof PyStr b ? b.value : null);
    }

    private static PyObject recompile(String sourcePath, String bytecodePath) {
        byte[] source;
        long mtime;
        try {
            Path p = Path.of(sourcePath);
            source = Files.readAllBytes(p);
            mtime = Files.getLastModifiedTime(p).toMillis() / 1000;
        } catch (IOException e) {
            throw Errors.raise(ExceptionTypes.OSError, "%s", String.valueOf(e.getMessage()));
        }
        PyCode code = dev.glassbox.runtime.Runtime.get().compile(source, sourcePath, "exec", 0);
        PyObject dont = Importer.sysAttr("dont_write_bytecode");
        if (bytecodePath != null && (dont == null || !Abstract.isTrue(dont))) {
            try {
                byte[] head = PycFormat.header(mtime, source.length);
                byte[] body = MarshalModule.dumpsBytes(code);
                Path target = Path.of(bytecodePath);
                Path tmp = target.resolveSibling(target.getFileName() + "." + ProcessHandle.current().pid());
                byte[] all = new byte[head.length + body.length];
                System.arraycopy(head, 0, all, 0, head.length);
                System.arraycopy(body, 0, all, head.length, body.length);
                Files.write(tmp, all);
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException | RuntimeException e) {
                // an unwritable folder is skipped, as set_data skips it
            }
        }
        return code;
    }
}
