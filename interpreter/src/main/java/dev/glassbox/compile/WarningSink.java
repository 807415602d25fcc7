package dev.glassbox.compile;

/**
 * Receives the SyntaxWarnings CPython's compiler emits ({@code compiler_warn} in compile.c:
 * {@code "is" with a literal}, calling or subscripting a literal, tuple assertions). The
 * runtime passes them to {@code warnings.warn_explicit(message, SyntaxWarning, filename,
 * lineno)}; if that raises (a warnings filter set to "error"), return true and the compiler
 * raises a SyntaxError with the message at the current location, as CPython does.
 */
@FunctionalInterface
public interface WarningSink {
    /** Returns true if the warning must become a SyntaxError. */
    boolean warn(String message, String filename, int lineno);

    WarningSink IGNORE = (m, f, l) -> false;
}
