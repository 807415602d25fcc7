package dev.glassbox.objects.numbers;

/**
 * A failure in the numeric algorithms of this package (bad format spec, unparsable literal,
 * division by zero, overflow), carrying the Python exception
 * class it stands for and CPython's message. This package does not depend on the object model,
 * so the caller turns it into the real exception:
 * {@code catch (NumberError e) { throw Errors.raise(typeFor(e.kind()), "%s", e.getMessage()); }}.
 * No stack trace is filled in: these are ordinary control flow for bad user input.
 */
public final class NumberError extends RuntimeException {
    /** Which Python exception to raise. */
    public enum Kind { VALUE_ERROR, OVERFLOW_ERROR, TYPE_ERROR, MEMORY_ERROR, ZERO_DIVISION_ERROR }

    private final Kind kind;

    public NumberError(Kind kind, String message) {
        super(message, null, false, false);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }

    static NumberError value(String message) {
        return new NumberError(Kind.VALUE_ERROR, message);
    }

    static NumberError overflow(String message) {
        return new NumberError(Kind.OVERFLOW_ERROR, message);
    }

    /** MemoryError with no message: a result longer than a Java string can be. */
    static NumberError memory() {
        return new NumberError(Kind.MEMORY_ERROR, "");
    }

    static NumberError zeroDivision(String message) {
        return new NumberError(Kind.ZERO_DIVISION_ERROR, message);
    }

    static NumberError type(String message) {
        return new NumberError(Kind.TYPE_ERROR, message);
    }

    @Override
    public String toString() {
        String name = switch (kind) {
            case VALUE_ERROR -> "ValueError";
            case OVERFLOW_ERROR -> "OverflowError";
            case TYPE_ERROR -> "TypeError";
            case MEMORY_ERROR -> "MemoryError";
            case ZERO_DIVISION_ERROR -> "ZeroDivisionError";
        };
        return name + ": " + getMessage();
    }
}
