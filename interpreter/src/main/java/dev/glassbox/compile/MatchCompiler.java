package dev.glassbox.compile;

import static dev.glassbox.bytecode.Opcode.*;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Code generation for {@code match} statements (PEP 634; compile.c {@code compiler_match} and
 * the {@code compiler_pattern_*} / {@code pattern_helper_*} routines) and for
 * {@code try/except*} ({@code compiler_try_star_except}).
 *
 * <p>Pattern routines consume the subject on top of the stack and jump to a "fail_pop" block
 * on failure; {@code onTop} counts the items they keep above it, and name captures are kept
 * underneath those items until the whole pattern has matched, then stored in order.
 */
abstract class MatchCompiler extends StmtCompiler {
    MatchCompiler(String filename, String source, Symtable symtable, int features, int optimize) {
        super(filename, source, symtable, features, optimize);
    }

    /** compile.c pattern_context. */
    private static final class PatternContext {
        List<String> stores = new ArrayList<>();
        boolean allowIrrefutable;
        List<Block> failPop = new ArrayList<>();
        int onTop;
    }

    private static boolean wildcard(Node p) { return p.is("MatchAs") && p.str("name") == null; }

    private static boolean wildcardStar(Node p) { return p.is("MatchStar") && p.str("name") == null; }

    private void ensureFailPop(PatternContext pc, int n) {
        while (pc.failPop.size() < n + 1) pc.failPop.add(newBlock());
    }

    private void jumpToFailPop(PatternContext pc, int op) {
        int pops = pc.onTop + pc.stores.size();
        ensureFailPop(pc, pops);
        addopJump(op, pc.failPop.get(pops));
    }

    private void emitAndResetFailPop(PatternContext pc) {
        if (pc.failPop.isEmpty()) return;
        for (int i = pc.failPop.size() - 1; i > 0; i--) {
            useNextBlock(pc.failPop.get(i));
            addop(POP_TOP);
        }
        useNextBlock(pc.failPop.get(0));
        pc.failPop = new ArrayList<>();
    }

    private void rotate(int count) {
        while (1 < count) addopI(SWAP, count--);
    }

    private void storeName(String n, PatternContext pc) {
        if (n == null) {
            addop(POP_TOP);
            return;
        }
        forbiddenName(n, "Store");
        if (pc.stores.contains(n)) throw error("multiple assignments to name '" + n + "' in pattern");
        rotate(pc.onTop + pc.stores.size() + 1);
        pc.stores.add(n);
    }

    private void unpackHelper(List<Node> elts) {
        int n = elts.size();
        boolean seenStar = false;
        for (int i = 0; i < n; i++) {
            Node elt = elts.get(i);
            if (elt.is("MatchStar") && !seenStar) {
                if (i >= (1 << 8) || n - i - 1 >= (Integer.MAX_VALUE >> 8)) {
                    throw error("too many expressions in star-unpacking sequence pattern");
                }
                addopI(UNPACK_EX, i + ((n - i - 1) << 8));
                seenStar = true;
            } else if (elt.is("MatchStar")) {
                throw error("multiple starred expressions in sequence pattern");
            }
        }
        if (!seenStar) addopI(UNPACK_SEQUENCE, n);
    }

    private void sequenceUnpack(List<Node> patterns, PatternContext pc) {
        unpackHelper(patterns);
        int size = patterns.size();
        pc.onTop += size;
        for (Node p : patterns) {
            pc.onTop--;
            subpattern(p, pc);
        }
    }

    private void sequenceSubscr(List<Node> patterns, int star, PatternContext pc) {
        pc.onTop++;
        int size = patterns.size();
        for (int i = 0; i < size; i++) {
            Node p = patterns.get(i);
            if (wildcard(p) || i == star) continue;
            addopI(COPY, 1);
            if (i < star) {
                loadConst((long) i);
            } else {
                addop(GET_LEN);
                loadConst((long) (size - i));
                addopI(BINARY_OP, binop("Sub", false));
            }
            addop(BINARY_SUBSCR);
            subpattern(p, pc);
        }
        pc.onTop--;
        addop(POP_TOP);
    }

    private void subpattern(Node p, PatternContext pc) {
        boolean allow = pc.allowIrrefutable;
        pc.allowIrrefutable = true;
        pattern(p, pc);
        pc.allowIrrefutable = allow;
    }

    private void pattern(Node p, PatternContext pc) {
        setLoc(p);
        switch (p.type) {
            case "MatchValue" -> {
                Node value = p.node("value");
                if (!value.is("Constant") && !value.is("Attribute")) {
                    throw error("patterns may only match literals and attribute lookups");
                }
                visitExpr(value);
                addCompare("Eq");
                jumpToFailPop(pc, POP_JUMP_IF_FALSE);
            }
            case "MatchSingleton" -> {
                Object v = p.get("value");
                loadConst(v == null ? none() : v);
                addCompare("Is");
                jumpToFailPop(pc, POP_JUMP_IF_FALSE);
            }
            case "MatchSequence" -> patternSequence(p, pc);
            case "MatchMapping" -> patternMapping(p, pc);
            case "MatchClass" -> patternClass(p, pc);
            case "MatchStar" -> storeName(p.str("name"), pc);
            case "MatchAs" -> {
                if (p.node("pattern") == null) {
                    if (!pc.allowIrrefutable) {
                        if (p.str("name") != null) {
                            throw error("name capture '" + p.str("name") + "' makes remaining patterns unreachable");
                        }
                        throw error("wildcard makes remaining patterns unreachable");
                    }
                    storeName(p.str("name"), pc);
                    return;
                }
                pc.onTop++;
                addopI(COPY, 1);
                pattern(p.node("pattern"), pc);
                pc.onTop--;
                storeName(p.str("name"), pc);
            }
            case "MatchOr" -> patternOr(p, pc);
            default -> throw error("invalid match pattern node in AST (kind=" + p.type + ")");
        }
    }

    private void patternSequence(Node p, PatternContext pc) {
        List<Node> patterns = p.list("patterns");
        int size = patterns.size();
        int star = -1;
        boolean onlyWildcard = true, starWildcard = false;
        for (int i = 0; i < size; i++) {
            Node q = patterns.get(i);
            if (q.is("MatchStar")) {
                if (star >= 0) throw error("multiple starred names in sequence pattern");
                starWildcard = wildcardStar(q);
                onlyWildcard &= starWildcard;
                star = i;
                continue;
            }
            onlyWildcard &= wildcard(q);
        }
        pc.onTop++;
        addop(MATCH_SEQUENCE);
        jumpToFailPop(pc, POP_JUMP_IF_FALSE);
        if (star < 0) {
            addop(GET_LEN);
            loadConst((long) size);
            addCompare("Eq");
            jumpToFailPop(pc, POP_JUMP_IF_FALSE);
        } else if (size > 1) {
            addop(GET_LEN);
            loadConst((long) (size - 1));
            addCompare("GtE");
            jumpToFailPop(pc, POP_JUMP_IF_FALSE);
        }
        pc.onTop--;
        if (onlyWildcard) addop(POP_TOP);
        else if (starWildcard) sequenceSubscr(patterns, star, pc);
        else sequenceUnpack(patterns, pc);
    }

    private void patternClass(Node p, PatternContext pc) {
        List<Node> patterns = p.list("patterns");
        List<String> kwdAttrs = p.names("kwd_attrs");
        List<Node> kwdPatterns = p.list("kwd_patterns");
        int nargs = patterns.size(), nattrs = kwdAttrs.size();
        if (nattrs != kwdPatterns.size()) {
            throw error("kwd_attrs (" + nattrs + ") / kwd_patterns (" + kwdPatterns.size() + ") length mismatch in class pattern");
        }
        if (nattrs > 0) {
            for (int i = 0; i < nattrs; i++) {
                String attr = kwdAttrs.get(i);
                setLoc(kwdPatterns.get(i));
                forbiddenName(attr, "Store");
                for (int j = i + 1; j < nattrs; j++) {
                    if (attr.equals(kwdAttrs.get(j))) {
                        setLoc(kwdPatterns.get(j));
                        throw error("attribute name repeated in class pattern: " + attr);
                    }
                }
            }
            setLoc(p);
        }
        visitExpr(p.node("cls"));
        loadConst(new dev.glassbox.bytecode.ConstValue.Tuple(new ArrayList<>(kwdAttrs)));
        addopI(MATCH_CLASS, nargs);
        addopI(COPY, 1);
        loadConst(none());
        addopI(IS_OP, 1);
        pc.onTop++;
        jumpToFailPop(pc, POP_JUMP_IF_FALSE);
        addopI(UNPACK_SEQUENCE, nargs + nattrs);
        pc.onTop += nargs + nattrs - 1;
        for (int i = 0; i < nargs + nattrs; i++) {
            pc.onTop--;
            Node q = i < nargs ? patterns.get(i) : kwdPatterns.get(i - nargs);
            if (wildcard(q)) {
                addop(POP_TOP);
                continue;
            }
            subpattern(q, pc);
        }
    }

    private void patternMapping(Node p, PatternContext pc) {
        List<Node> keys = p.list("keys");
        List<Node> patterns = p.list("patterns");
        int size = keys.size();
        if (size != patterns.size()) {
            throw error("keys (" + size + ") / patterns (" + patterns.size() + ") length mismatch in mapping pattern");
        }
        String star = p.str("rest");
        pc.onTop++;
        addop(MATCH_MAPPING);
        jumpToFailPop(pc, POP_JUMP_IF_FALSE);
        if (size == 0 && star == null) {
            pc.onTop--;
            addop(POP_TOP);
            return;
        }
        if (size > 0) {
            addop(GET_LEN);
            loadConst((long) size);
            addCompare("GtE");
            jumpToFailPop(pc, POP_JUMP_IF_FALSE);
        }
        Set<Object> seen = new HashSet<>();
        for (int i = 0; i < size; i++) {
            Node key = keys.get(i);
            if (key == null) {
                setLoc(patterns.get(i));
                throw error("can't use NULL keys in MatchMapping (set 'rest' parameter instead)");
            }
            if (key.is("Constant")) {
                Object k = dev.glassbox.bytecode.ConstValue.key(key.get("value"));
                if (!seen.add(k)) {
                    throw error("mapping pattern checks duplicate key (" + dev.glassbox.bytecode.ConstRepr.repr(key.get("value")) + ")");
                }
            } else if (!key.is("Attribute")) {
                throw error("mapping pattern keys may only match literals and attribute lookups");
            }
            visitExpr(key);
        }
        addopI(BUILD_TUPLE, size);
        addop(MATCH_KEYS);
        pc.onTop += 2;
        addopI(COPY, 1);
        loadConst(none());
        addopI(IS_OP, 1);
        jumpToFailPop(pc, POP_JUMP_IF_FALSE);
        addopI(UNPACK_SEQUENCE, size);
        pc.onTop += size - 1;
        for (int i = 0; i < size; i++) {
            pc.onTop--;
            subpattern(patterns.get(i), pc);
        }
        pc.onTop -= 2;
        if (star != null) {
            addopI(BUILD_MAP, 0);
            addopI(SWAP, 3);
            addopI(DICT_UPDATE, 2);
            addopI(UNPACK_SEQUENCE, size);
            while (size > 0) {
                addopI(COPY, 1 + size--);
                addopI(SWAP, 2);
                addop(DELETE_SUBSCR);
            }
            storeName(star, pc);
        } else {
            addop(POP_TOP);
            addop(POP_TOP);
        }
    }

    private void patternOr(Node p, PatternContext pc) {
        Block end = newBlock();
        List<Node> alts = p.list("patterns");
        int size = alts.size();
        List<String> oldStores = pc.stores;
        boolean oldAllow = pc.allowIrrefutable;
        List<Block> oldFailPop = pc.failPop;
        int oldOnTop = pc.onTop;
        List<String> control = null;
        for (int i = 0; i < size; i++) {
            Node alt = alts.get(i);
            setLoc(alt);
            pc.stores = new ArrayList<>();
            pc.allowIrrefutable = i == size - 1 && oldAllow;
            pc.failPop = new ArrayList<>();
            pc.onTop = 0;
            addopI(COPY, 1);
            pattern(alt, pc);
            int nstores = pc.stores.size();
            if (i == 0) {
                control = pc.stores;
            } else if (nstores != control.size()) {
                throw error("alternative patterns bind different names");
            } else if (nstores > 0) {
                for (int icontrol = nstores - 1; icontrol >= 0; icontrol--) {
                    String name = control.get(icontrol);
                    int istores = pc.stores.indexOf(name);
                    if (istores < 0) throw error("alternative patterns bind different names");
                    if (icontrol != istores) {
                        int rotations = istores + 1;
                        List<String> rotated = new ArrayList<>(pc.stores.subList(0, rotations));
                        pc.stores.subList(0, rotations).clear();
                        pc.stores.addAll(icontrol - istores, rotated);
                        while (rotations-- > 0) rotate(icontrol + 1);
                    }
                }
            }
            addopJump(JUMP, end);
            emitAndResetFailPop(pc);
        }
        pc.stores = oldStores;
        pc.allowIrrefutable = oldAllow;
        pc.failPop = oldFailPop;
        pc.onTop = oldOnTop;
        addop(POP_TOP);
        jumpToFailPop(pc, JUMP);
        useNextBlock(end);
        int nstores = control.size();
        int nrots = nstores + 1 + pc.onTop + pc.stores.size();
        for (int i = 0; i < nstores; i++) {
            rotate(nrots);
            String name = control.get(i);
            if (pc.stores.contains(name)) throw error("multiple assignments to name '" + name + "' in pattern");
            pc.stores.add(name);
        }
        addop(POP_TOP);
    }

    @Override
    void match(Node s) {
        PatternContext pc = new PatternContext();
        visitExpr(s.node("subject"));
        Block end = newBlock();
        List<Node> cases = s.list("cases");
        int ncases = cases.size();
        Node m = cases.get(ncases - 1);
        int hasDefault = wildcard(m.node("pattern")) && 1 < ncases ? 1 : 0;
        for (int i = 0; i < ncases - hasDefault; i++) {
            m = cases.get(i);
            setLoc(m.node("pattern"));
            if (i != ncases - hasDefault - 1) addopI(COPY, 1);
            pc.stores = new ArrayList<>();
            pc.allowIrrefutable = m.node("guard") != null || i == ncases - 1;
            pc.failPop = new ArrayList<>();
            pc.onTop = 0;
            pattern(m.node("pattern"), pc);
            for (String name : pc.stores) nameop(name, "Store");
            if (m.node("guard") != null) {
                ensureFailPop(pc, 0);
                jumpIf(m.node("guard"), pc.failPop.get(0), false);
            }
            if (i != ncases - hasDefault - 1) addop(POP_TOP);
            visitStmts(m.list("body"));
            unsetLoc();
            addopJump(JUMP, end);
            setLoc(m.node("pattern"));
            emitAndResetFailPop(pc);
        }
        if (hasDefault == 1) {
            m = cases.get(ncases - 1);
            setLoc(m.node("pattern"));
            if (ncases == 1) addop(POP_TOP);
            else addop(NOP);
            if (m.node("guard") != null) jumpIf(m.node("guard"), end, false);
            visitStmts(m.list("body"));
            unsetLoc();
        }
        useNextBlock(end);
    }

    @Override
    void tryStar(Node s) {
        if (!s.list("finalbody").isEmpty()) tryFinally(s);
        else tryStarExcept(s);
    }

    /** compiler_try_star_except: CHECK_EG_MATCH per handler, PREP_RERAISE_STAR at the end. */
    @Override
    void tryStarExcept(Node s) {
        Block body = newBlock(), except = newBlock(), orelse = newBlock(), end = newBlock(),
                cleanup = newBlock(), reraiseStar = newBlock();
        addopJump(SETUP_FINALLY, except);
        useNextBlock(body);
        pushFBlock(FBlock.Kind.TRY_EXCEPT, body, null, null);
        visitStmts(s.list("body"));
        popFBlock();
        addopNoline(POP_BLOCK);
        addopJumpNoline(JUMP, orelse);
        List<Node> handlers = s.list("handlers");
        int n = handlers.size();
        useNextBlock(except);
        unsetLoc();
        addopJump(SETUP_CLEANUP, cleanup);
        addop(PUSH_EXC_INFO);
        pushFBlock(FBlock.Kind.EXCEPTION_GROUP_HANDLER, null, null, "except handler");
        for (int i = 0; i < n; i++) {
            Node handler = handlers.get(i);
            setLoc(handler);
            except = newBlock();
            Block exceptWithError = newBlock(), noMatch = newBlock();
            if (i == 0) {
                addopI(COPY, 1);
                addopI(BUILD_LIST, 0);
                addopI(SWAP, 2);
            }
            if (handler.node("type") != null) {
                visitExpr(handler.node("type"));
                addop(CHECK_EG_MATCH);
                addopI(COPY, 1);
                addopJump(POP_JUMP_IF_NONE, noMatch);
            }
            Block cleanupEnd = newBlock(), cleanupBody = newBlock();
            String name = handler.str("name");
            if (name != null) nameop(name, "Store");
            else addop(POP_TOP);
            addopJump(SETUP_CLEANUP, cleanupEnd);
            useNextBlock(cleanupBody);
            pushFBlock(FBlock.Kind.HANDLER_CLEANUP, cleanupBody, null, name);
            visitStmts(handler.list("body"));
            popFBlock();
            unsetLoc();
            addop(POP_BLOCK);
            if (name != null) {
                loadConst(none());
                nameop(name, "Store");
                nameop(name, "Del");
            }
            addopJump(JUMP, except);
            useNextBlock(cleanupEnd);
            unsetLoc();
            if (name != null) {
                loadConst(none());
                nameop(name, "Store");
                nameop(name, "Del");
            }
            addopI(LIST_APPEND, 3);
            addop(POP_TOP);
            addopJump(JUMP, exceptWithError);
            useNextBlock(except);
            addop(NOP);
            addopJump(JUMP, exceptWithError);
            useNextBlock(noMatch);
            addop(POP_TOP);
            useNextBlock(exceptWithError);
            if (i == n - 1) {
                addopI(LIST_APPEND, 1);
                addopJump(JUMP, reraiseStar);
            }
        }
        unsetLoc();
        popFBlock();
        Block reraise = newBlock();
        useNextBlock(reraiseStar);
        addop(PREP_RERAISE_STAR);
        addopI(COPY, 1);
        addopJump(POP_JUMP_IF_NOT_NONE, reraise);
        addop(POP_TOP);
        addop(POP_BLOCK);
        addop(POP_EXCEPT);
        addopJump(JUMP, end);
        useNextBlock(reraise);
        addop(POP_BLOCK);
        addopI(SWAP, 2);
        addop(POP_EXCEPT);
        addopI(RERAISE, 0);
        useNextBlock(cleanup);
        popExceptAndReraise();
        useNextBlock(orelse);
        visitStmts(s.list("orelse"));
        useNextBlock(end);
    }
}
