package dev.glassbox.compile;

/**
 * Code generation for {@code match} statements (PEP 634, compile.c {@code compiler_match} and
 * the {@code compiler_pattern_*} helpers) and {@code try/except*} (compile.c
 * {@code compiler_try_star_except}).
 */
abstract class MatchCompiler extends StmtCompiler {
    MatchCompiler(String filename, String source, Symtable symtable, int features, int optimize) {
        super(filename, source, symtable, features, optimize);
    }

    @Override
    void match(Node s) {
        throw new UnsupportedOperationException("match statements are not compiled yet");
    }

    @Override
    void tryStar(Node s) {
        if (!s.list("finalbody").isEmpty()) tryFinally(s);
        else tryStarExcept(s);
    }

    @Override
    void tryStarExcept(Node s) {
        throw new UnsupportedOperationException("try/except* is not compiled yet");
    }
}
