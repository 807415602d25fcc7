package dev.glassbox.runtime;

import dev.glassbox.ast.Mod;
import dev.glassbox.bytecode.CodeUnit;
import dev.glassbox.modules.ast.AstToObject;
import dev.glassbox.modules.ast.AstTypes;
import dev.glassbox.modules.ast.AstValidator;
import dev.glassbox.modules.ast.ObjectToAst;
import dev.glassbox.objects.BytesOps;
import dev.glassbox.objects.Errors;
import dev.glassbox.objects.PyByteArray;
import dev.glassbox.objects.PyBytes;
import dev.glassbox.objects.PyMemoryView;
import dev.glassbox.objects.PyObject;
import dev.glassbox.objects.PyStr;
import dev.glassbox.parse.Parser;
import dev.glassbox.vm.Frame;
import dev.glassbox.vm.Interpreter;

import java.nio.charset.StandardCharsets;

/**
 * The built-in {@code compile()} (bltinmodule.c {@code builtin_compile_impl}): checks of flags,
 * optimize and mode with CPython's messages, the calling frame's {@code __future__} flags
 * unless {@code dont_inherit}; an AST object is returned as is under PyCF_ONLY_AST or
 * converted ({@link ObjectToAst}), validated ({@link AstValidator}) and compiled; source text
 * is parsed by {@link Runtime#parse} and becomes ast objects ({@link AstToObject}) under
 * PyCF_ONLY_AST, else a code object.
 */
final class Compile {
    private Compile() {}

    static final int PyCF_SOURCE_IS_UTF8 = 0x0100, PyCF_DONT_IMPLY_DEDENT = 0x0200, PyCF_ONLY_AST = 0x0400,
            PyCF_IGNORE_COOKIE = 0x0800, PyCF_TYPE_COMMENTS = 0x1000, PyCF_ALLOW_TOP_LEVEL_AWAIT = 0x2000,
            PyCF_ALLOW_INCOMPLETE_INPUT = 0x4000;
    /** PyCF_MASK: the __future__ features compile() accepts and inherits. */
    static final int PyCF_MASK = Runtime.FUTURE_FLAGS;
    static final int PyCF_MASK_OBSOLETE = CodeUnit.CO_NESTED;
    static final int PyCF_COMPILE_MASK = PyCF_ONLY_AST | PyCF_ALLOW_TOP_LEVEL_AWAIT | PyCF_TYPE_COMMENTS
            | PyCF_DONT_IMPLY_DEDENT | PyCF_ALLOW_INCOMPLETE_INPUT;

    static PyObject compile(Runtime rt, PyObject source, PyObject filenameObj, PyObject modeObj, int flags,
                            boolean dontInherit, int optimize) {
        String filename = filename(filenameObj);
        if (!(modeObj instanceof PyStr ms)) {
            throw Errors.typeError("compile() argument 'mode' must be str, not %s", modeObj.type.qualname);
        }
        String mode = ms.value;
        if ((flags & ~(PyCF_MASK | PyCF_MASK_OBSOLETE | PyCF_COMPILE_MASK)) != 0) {
            throw Errors.valueError("compile(): unrecognised flags");
        }
        if (optimize < -1 || optimize > 2) throw Errors.valueError("compile(): invalid optimize value");
        int cf = flags;
        if (!dontInherit) cf |= inheritedFlags();
        int compileMode;
        switch (mode) {
            case "exec" -> compileMode = 0;
            case "eval" -> compileMode = 1;
            case "single" -> compileMode = 2;
            case "func_type" -> {
                if ((flags & PyCF_ONLY_AST) == 0) {
                    throw Errors.valueError("compile() mode 'func_type' requires flag PyCF_ONLY_AST");
                }
                compileMode = 3;
            }
            default -> throw Errors.valueError((flags & PyCF_ONLY_AST) != 0
                    ? "compile() mode must be 'exec', 'eval', 'single' or 'func_type'"
                    : "compile() mode must be 'exec', 'eval' or 'single'");
        }
        // -1 is the interpreter's own level (sys.flags.optimize: 0, there is no -O yet).
        int level = Math.max(optimize, 0);
        if (AstTypes.isAst(source)) {
            if ((flags & PyCF_ONLY_AST) != 0) return source;
            Mod mod = ObjectToAst.toMod(source, compileMode);
            AstValidator.validate(mod);
            return rt.compileTree(mod, filename, null, cf, level);
        }
        byte[] data = sourceBytes(source);
        Parser.Mode pm = Runtime.parseMode(mode);
        if ((flags & PyCF_ONLY_AST) != 0) {
            Mod tree = rt.parse(data, filename, pm, (flags & PyCF_TYPE_COMMENTS) != 0, false);
            return AstToObject.convert(tree);
        }
        return rt.compile(data, filename, mode, cf, level);
    }

    /** PyEval_MergeCompilerFlags: the __future__ features of the code calling compile(). */
    private static int inheritedFlags() {
        Frame f = Interpreter.current().currentFrame();
        return f == null ? 0 : f.code.unit.flags & PyCF_MASK;
    }

    /** PyUnicode_FSDecoder: str, bytes or an os.PathLike. */
    private static String filename(PyObject f) {
        PyObject p = dev.glassbox.modules.os.PosixModule.fspath(f);
        if (p instanceof PyStr s) return s.value;
        return new String(((PyBytes) p).value(), StandardCharsets.UTF_8);
    }

    /** _Py_SourceAsString: str (as UTF-8), bytes or a buffer; no NUL bytes. */
    private static byte[] sourceBytes(PyObject source) {
        byte[] data;
        if (source instanceof PyStr s) {
            data = s.value.getBytes(StandardCharsets.UTF_8);
        } else if (source instanceof PyBytes || source instanceof PyByteArray || source instanceof PyMemoryView) {
            data = BytesOps.bytesOf(source);
        } else {
            throw Errors.typeError("compile() arg 1 must be a string, bytes or AST object");
        }
        for (byte b : data) {
            if (b == 0) throw Errors.raise(dev.glassbox.objects.ExceptionTypes.SyntaxError, "source code string cannot contain null bytes");
        }
        return data;
    }
}
