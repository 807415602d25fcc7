package dev.glassbox.compile;

import dev.glassbox.bytecode.CodeUnit;
import dev.glassbox.parse.SyntaxErrorInfo;
import java.util.List;

/**
 * The compiler's entry point (compile.c {@code _PyAST_Compile} and {@code compiler_mod}):
 * future features, AST constant folding ({@link AstOptimizer}), the symbol table, then code
 * generation of the module body into a {@link CodeUnit} tree. Statement and expression code
 * generation live in the superclasses; pattern matching and {@code except*} in
 * {@link MatchCompiler}.
 */
public final class CodeGenerator extends MatchCompiler {
    private CodeGenerator(String filename, String source, Symtable st, int features, int optimize) {
        super(filename, source, st, features, optimize);
    }

    /**
     * Compiles a module ({@code Module}, {@code Expression} or {@code Interactive} node).
     * {@code flags} are extra CO_FUTURE_* compiler flags; {@code optimize} is the -O level.
     * The tree is folded in place. Throws {@link SyntaxErrorInfo} for compile-time errors.
     */
    public static CodeUnit compile(Node mod, String filename, String source, int flags, int optimize) {
        return compile(mod, filename, source, flags, optimize, WarningSink.IGNORE);
    }

    /** As {@link #compile(Node, String, String, int, int)}, reporting SyntaxWarnings to {@code sink}. */
    public static CodeUnit compile(Node mod, String filename, String source, int flags, int optimize, WarningSink sink) {
        int[] futureLine = {-1};
        int features = futureFeatures(mod, filename, futureLine) | flags;
        AstOptimizer.optimize(mod, optimize, features);
        Symtable st = Symtable.build(mod, filename, source, (features & CodeUnit.CO_FUTURE_ANNOTATIONS) != 0);
        CodeGenerator c = new CodeGenerator(filename, source, st, features, optimize);
        c.futureLineno = futureLine[0];
        c.identifiers = InternedNames.identifiers(mod);
        c.warnings = sink;
        return c.module(mod);
    }

    private CodeUnit module(Node mod) {
        boolean addNone = true;
        enterScope("<module>", SCOPE_MODULE, mod, 1);
        u.lineno = 1;
        switch (mod.type) {
            case "Module" -> body(mod.list("body"));
            case "Interactive" -> {
                if (findAnn(mod.list("body"))) addop(dev.glassbox.bytecode.Opcode.SETUP_ANNOTATIONS);
                interactive = true;
                visitStmts(mod.list("body"));
            }
            case "Expression" -> {
                visitExpr(mod.node("body"));
                addNone = false;
            }
            default -> throw new IllegalArgumentException("module kind " + mod.type + " should not be possible");
        }
        CodeUnit co = assemble(addNone);
        exitScope();
        return co;
    }

    /** future.c: the CO_FUTURE_* flags of the leading {@code from __future__ import}s. */
    static int futureFeatures(Node mod, String filename, int[] lineOut) {
        if (!mod.is("Module") && !mod.is("Interactive")) return 0;
        List<Node> body = mod.list("body");
        int features = 0;
        int i = StmtCompiler.docString(body) != null ? 1 : 0;
        boolean done = false;
        int prevLine = 0;
        for (; i < body.size(); i++) {
            Node s = body.get(i);
            if (done && s.lineno > prevLine) return features;
            prevLine = s.lineno;
            if (s.is("ImportFrom") && "__future__".equals(s.str("module"))) {
                if (done) {
                    throw new SyntaxErrorInfo(SyntaxErrorInfo.Kind.SYNTAX_ERROR,
                            "from __future__ imports must occur at the beginning of the file", filename,
                            s.lineno, s.colOffset, 0, 0, null);
                }
                for (Node alias : s.list("names")) {
                    String f = alias.str("name");
                    switch (f) {
                        case "nested_scopes", "generators", "division", "absolute_import", "with_statement",
                                "print_function", "unicode_literals", "generator_stop" -> { }
                        case "barry_as_FLUFL" -> features |= CodeUnit.CO_FUTURE_BARRY_AS_BDFL;
                        case "annotations" -> features |= CodeUnit.CO_FUTURE_ANNOTATIONS;
                        case "braces" -> throw new SyntaxErrorInfo(SyntaxErrorInfo.Kind.SYNTAX_ERROR, "not a chance",
                                filename, s.lineno, s.colOffset + 1, 0, 0, null);
                        default -> throw new SyntaxErrorInfo(SyntaxErrorInfo.Kind.SYNTAX_ERROR,
                                "future feature " + f + " is not defined", filename, s.lineno, s.colOffset + 1, 0, 0, null);
                    }
                }
                lineOut[0] = s.lineno;
            } else {
                done = true;
            }
        }
        return features;
    }
}
