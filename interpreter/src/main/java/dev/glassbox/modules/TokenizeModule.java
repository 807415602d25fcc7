package dev.glassbox.modules;

import dev.glassbox.objects.Abstract;
import dev.glassbox.objects.Errors;
import dev.glassbox.objects.ExceptionTypes;
import dev.glassbox.objects.Exposed;
import dev.glassbox.objects.ModuleBuilder;
import dev.glassbox.objects.PyBaseException;
import dev.glassbox.objects.PyByteArray;
import dev.glassbox.objects.PyBytes;
import dev.glassbox.objects.PyDict;
import dev.glassbox.objects.PyException;
import dev.glassbox.objects.PyInt;
import dev.glassbox.objects.PyModule;
import dev.glassbox.objects.PyNone;
import dev.glassbox.objects.PyObject;
import dev.glassbox.objects.PyStr;
import dev.glassbox.objects.PyTuple;
import dev.glassbox.objects.PyType;
import dev.glassbox.parse.SyntaxErrorInfo;
import dev.glassbox.runtime.Runtime;
import dev.glassbox.tokenize.ModuleTokenizer;
import dev.glassbox.tokenize.Token;
import dev.glassbox.tokenize.TokenType;
import dev.glassbox.tokenize.Tokenizer;

import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * {@code _tokenize} (Python/Python-tokenize.c): {@code TokenizerIter}, the parser's own token
 * stream as CPython 3.11 exposes it to {@code tokenize._generate_tokens_from_c_tokenizer};
 * and {@code ModuleTokenizerIter}, Glassbox's: the {@code tokenize} module's stream
 * ({@link ModuleTokenizer}, which follows Lib/tokenize.py) pulling lines from a
 * {@code readline} callable, so the runtime's {@code tokenize} module is this Java stage rather
 * than tokenize.py's regular expressions.
 */
@Exposed.Module(name = "_tokenize", doc = "")
public final class TokenizeModule {
    private TokenizeModule() {}

    public static PyModule create() {
        PyModule m = ModuleBuilder.build(TokenizeModule.class);
        PyDict d = m.dict();
        d.setItem("TokenizerIter", TokenizerIter.TYPE);
        d.setItem("ModuleTokenizerIter", ModuleTokenizerIter.TYPE);
        return m;
    }

    @Exposed.Function(name = "_cookie", sig = "($module, line, /)",
            doc = "The encoding name a PEP 263 coding declaration on line names, or None.")
    public static PyObject cookie(PyObject line) {
        if (!(line instanceof PyStr s)) throw Errors.typeError("_cookie() argument must be str, not %s", Errors.typeName(line));
        String name = ModuleTokenizer.cookie(s.value);
        return name == null ? PyNone.NONE : PyStr.of(name);
    }

    /** The parser's tokens of a str, as 7-tuples; columns in UTF-8 bytes as CPython's C tokenizer reports them. */
    @Exposed.Type(name = "TokenizerIter", module = "_tokenize", gc = true, basicSize = 24)
    public static final class TokenizerIter extends ItertoolsBase {
        public static final PyType TYPE = PyType.fromClass(TokenizerIter.class);
        private Tokenizer tokenizer;

        public TokenizerIter(PyType t) { super(t, 0); }

        @Exposed.StaticMethod(name = "__new__", sig = "($type, /, source)")
        public static PyObject __new__(PyObject cls, PyObject source) {
            if (!(source instanceof PyStr s)) {
                throw Errors.typeError("TokenizerIter() argument 'source' must be str, not %s", Errors.typeName(source));
            }
            TokenizerIter it = new TokenizerIter((PyType) cls);
            it.tokenizer = new Tokenizer(s.value, "<string>", Tokenizer.Mode.EXEC);
            return it;
        }

        @Override
        public PyObject next() {
            if (tokenizer == null) return null;
            Token t;
            try {
                t = tokenizer.next();
            } catch (SyntaxErrorInfo e) {
                // Only errors the tokenizer reports itself raise; end of input inside brackets or a
                // bad dedent just ends the stream, as CPython's iterator does (no exception set).
                boolean own = tokenizer.errorCode() == Tokenizer.ErrorCode.E_ERROR;
                tokenizer = null;
                if (own) throw Runtime.syntaxError(e);
                return null;
            }
            if (t.type() == TokenType.ENDMARKER) {
                tokenizer = null;
                return null;
            }
            String line = t.line() == null ? "" : t.line();
            int startCol = t.startCol() < 0 ? -1 : utf8Column(firstLine(line), t.startCol());
            int endCol = t.endCol() < 0 ? -1 : utf8Column(lastLine(line, t.endLine() - t.startLine()), t.endCol());
            return PyTuple.of(PyStr.of(t.string()), PyInt.of(t.type().number), PyInt.of(t.startLine()),
                    PyInt.of(t.endLine()), PyInt.of(startCol), PyInt.of(endCol), PyStr.of(line));
        }

        @Exposed.Method public PyObject __iter__() { return this; }
        @Exposed.Method public PyObject __next__() { return nextOrStop(); }
    }

    private static String firstLine(String lines) {
        int nl = lines.indexOf('\n');
        return nl < 0 ? lines : lines.substring(0, nl + 1);
    }

    /** Line {@code k} (0-based) of a token's physical lines. */
    private static String lastLine(String lines, int k) {
        int from = 0;
        for (int i = 0; i < k; i++) {
            int nl = lines.indexOf('\n', from);
            if (nl < 0) break;
            from = nl + 1;
        }
        return lines.substring(from);
    }

    /** The UTF-8 byte offset of code-point column {@code col} of {@code line}. */
    static int utf8Column(String line, int col) {
        int bytes = 0, i = 0;
        for (int k = 0; k < col && i < line.length(); k++) {
            int cp = line.codePointAt(i);
            i += Character.charCount(cp);
            bytes += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
        }
        return bytes + Math.max(0, col - line.codePointCount(0, i));
    }

    /**
     * {@code ModuleTokenizerIter(readline, token_info, token_error)}: tokenize.py's
     * {@code _tokenize(readline, None)}; {@code readline} returns str lines ('' or StopIteration
     * at the end); tokens come as {@code token_info} instances (TokenInfo), errors as
     * {@code token_error} (TokenError) or IndentationError, with tokenize.py's arguments.
     */
    @Exposed.Type(name = "ModuleTokenizerIter", module = "_tokenize", gc = true, basicSize = 40)
    public static final class ModuleTokenizerIter extends ItertoolsBase {
        public static final PyType TYPE = PyType.fromClass(ModuleTokenizerIter.class);
        private ModuleTokenizer tokenizer;

        public ModuleTokenizerIter(PyType t) { super(t, 3); } // 0 = readline, 1 = TokenInfo, 2 = TokenError

        @Exposed.StaticMethod(name = "__new__", sig = "($type, readline, token_info, token_error, /)")
        public static PyObject __new__(PyObject cls, PyObject readline, PyObject tokenInfo, PyObject tokenError) {
            if (!(tokenInfo instanceof PyType ti) || !ti.isSubtypeOf(PyTuple.TYPE)) {
                throw Errors.typeError("token_info must be a tuple subclass");
            }
            ModuleTokenizerIter it = new ModuleTokenizerIter((PyType) cls);
            it.set(0, readline);
            it.set(1, tokenInfo);
            it.set(2, tokenError);
            it.tokenizer = ModuleTokenizer.ofLines(it.new Lines());
            return it;
        }

        /** Pulls lines from readline one at a time, when the tokenizer asks (tokenize.py is lazy too). */
        private final class Lines implements Iterator<String> {
            private String ahead;
            private boolean done;

            public boolean hasNext() {
                if (ahead == null && !done) ahead = readLine();
                return ahead != null;
            }

            public String next() {
                if (!hasNext()) throw new NoSuchElementException();
                String s = ahead;
                ahead = null;
                return s;
            }

            private String readLine() {
                PyObject v;
                try {
                    v = Abstract.call(get(0));
                } catch (PyException e) {
                    if (!e.matches(ExceptionTypes.StopIteration)) throw e;
                    done = true;
                    return null;
                }
                if (v instanceof PyStr s) {
                    if (s.value.isEmpty()) {
                        done = true;
                        return null;
                    }
                    return s.value;
                }
                if (v instanceof PyBytes || v instanceof PyByteArray) {
                    // tokenize.py's first use of the line ('in' on a str) fails this way.
                    throw Errors.typeError("'in <string>' requires string as left operand, not int");
                }
                throw Errors.typeError("readline() should return a str, not %s", Errors.typeName(v));
            }
        }

        @Override
        public PyObject next() {
            if (tokenizer == null) return null;
            Token t;
            try {
                t = tokenizer.next();
            } catch (ModuleTokenizer.TokenizeError e) {
                PyException exc = raise(e, tokenizer.currentLine());
                tokenizer = null;
                throw exc;
            }
            if (t == null) {
                tokenizer = null;
                return null;
            }
            PyObject[] items = {PyInt.of(t.reportedType().number), PyStr.of(t.string()),
                PyTuple.of(PyInt.of(t.startLine()), PyInt.of(t.startCol())),
                PyTuple.of(PyInt.of(t.endLine()), PyInt.of(t.endCol())), PyStr.of(t.line())};
            return PyTuple.ofSubtype((PyType) get(1), items);
        }

        private PyException raise(ModuleTokenizer.TokenizeError e, String line) {
            PyObject exc = switch (e.kind) {
                case INDENTATION_ERROR -> Abstract.call(ExceptionTypes.IndentationError, PyStr.of(e.msg),
                        PyTuple.of(PyStr.of("<tokenize>"), PyInt.of(e.line), PyInt.of(e.col), PyStr.of(line)));
                default -> Abstract.call(get(2), PyStr.of(e.msg), PyTuple.of(PyInt.of(e.line), PyInt.of(e.col)));
            };
            if (!(exc instanceof PyBaseException b)) throw Errors.typeError("exceptions must derive from BaseException");
            return new PyException(b);
        }

        @Exposed.Method public PyObject __iter__() { return this; }
        @Exposed.Method public PyObject __next__() { return nextOrStop(); }
    }
}
