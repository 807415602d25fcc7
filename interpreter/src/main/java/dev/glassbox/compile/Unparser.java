package dev.glassbox.compile;

/**
 * Annotations as strings under {@code from __future__ import annotations}
 * (Python/ast_unparse.c). Not implemented yet beyond names and attributes.
 */
final class Unparser {
    private Unparser() {}

    static String unparse(Node e) {
        return switch (e.type) {
            case "Name" -> e.str("id");
            case "Attribute" -> unparse(e.node("value")) + "." + e.str("attr");
            case "Constant" -> dev.glassbox.bytecode.ConstRepr.repr(e.get("value"));
            default -> throw new UnsupportedOperationException("unparse of " + e.type + " is not implemented");
        };
    }
}
