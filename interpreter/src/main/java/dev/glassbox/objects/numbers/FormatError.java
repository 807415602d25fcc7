package dev.glassbox.objects.numbers;

/**
 * A failure in the numeric and text algorithms of this package, carrying the Python exception
 * class it stands for and CPython's message. This package does not depend on the object model,
 * so the caller turns it into the real exception:
 * {@code catch (FormatError e) { throw Errors.raise(typeFor(e.kind()), "%s", e.getMessage()); }}.
 * No stack trace is filled in: these are ordinary control flow for bad user input.
 */
public final class FormatError extends RuntimeException {
    /** Which Python exception to raise. */
    public enum Kind { VALUE_ERROR, OVERFLOW_ERROR, TYPE_ERROR, MEMORY_ERROR }

    private final Kind kind;

    public FormatError(Kind kind, String message) {
        super(message, null, false, false);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }

    static FormatError value(String message) {
        return new FormatError(Kind.VALUE_ERROR, message);
    }

    static FormatError overflow(String message) {
        return new FormatError(Kind.OVERFLOW_ERROR, message);
    }

    /** MemoryError with no message: a result longer than a Java string can be. */
    static FormatError memory() {
        return new FormatError(Kind.MEMORY_ERROR, "");
    }

    static FormatError type(String message) {
        return new FormatError(Kind.TYPE_ERROR, message);
    }

    @Override
    public String toString() {
        String name = switch (kind) {
            case VALUE_ERROR -> "ValueError";
            case OVERFLOW_ERROR -> "OverflowError";
            case TYPE_ERROR -> "TypeError";
            case MEMORY_ERROR -> "MemoryError";
        };
        return name + ": " + getMessage();
    }
}
