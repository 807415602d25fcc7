package dev.glassbox.compile;

/**
 * A frame block (compile.c {@code struct fblockinfo}): an enclosing loop, try, with or
 * handler that {@code break}/{@code continue}/{@code return} must unwind through.
 */
final class FBlock {
    enum Kind { WHILE_LOOP, FOR_LOOP, TRY_EXCEPT, FINALLY_TRY, FINALLY_END, WITH, ASYNC_WITH,
        HANDLER_CLEANUP, POP_VALUE, EXCEPTION_HANDLER, EXCEPTION_GROUP_HANDLER, ASYNC_COMPREHENSION_GENERATOR }

    final Kind kind;
    final Block block;
    final Block exit;
    /** Extra data: the finally body for FINALLY_TRY, the handler name for HANDLER_CLEANUP. */
    final Object datum;

    FBlock(Kind kind, Block block, Block exit, Object datum) {
        this.kind = kind;
        this.block = block;
        this.exit = exit;
        this.datum = datum;
    }
}
