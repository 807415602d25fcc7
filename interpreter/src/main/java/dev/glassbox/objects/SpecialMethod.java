package dev.glassbox.objects;

/**
 * Special methods the runtime looks up on types (CPython's slot table, {@code slotdefs} in
 * Objects/typeobject.c, seen from the Python side). The VM and {@link Abstract} resolve them
 * through {@link PyType#special}, which caches the MRO lookup per type and is invalidated when
 * any dict on the MRO changes — so Python-level overrides and later assignments are honoured.
 */
public enum SpecialMethod {
    __repr__, __str__, __hash__, __eq__, __ne__, __lt__, __le__, __gt__, __ge__,
    __bool__, __len__, __length_hint__, __iter__, __next__, __reversed__, __contains__,
    __getitem__, __setitem__, __delitem__, __missing__,
    __getattribute__, __getattr__, __setattr__, __delattr__, __get__, __set__, __delete__, __set_name__,
    __call__, __init__, __new__, __del__, __init_subclass__, __class_getitem__, __instancecheck__, __subclasscheck__,
    __index__, __int__, __float__, __complex__, __round__, __trunc__, __floor__, __ceil__,
    __neg__, __pos__, __abs__, __invert__, __format__, __bytes__, __fspath__, __sizeof__,
    __enter__, __exit__, __aenter__, __aexit__, __await__, __aiter__, __anext__,
    __add__, __and__, __floordiv__, __lshift__, __matmul__, __mul__, __mod__, __or__, __pow__, __rshift__,
    __sub__, __truediv__, __xor__,
    __radd__, __rand__, __rfloordiv__, __rlshift__, __rmatmul__, __rmul__, __rmod__, __ror__, __rpow__,
    __rrshift__, __rsub__, __rtruediv__, __rxor__,
    __iadd__, __iand__, __ifloordiv__, __ilshift__, __imatmul__, __imul__, __imod__, __ior__, __ipow__,
    __irshift__, __isub__, __itruediv__, __ixor__,
    __divmod__, __rdivmod__, __dir__, __reduce__, __reduce_ex__, __copy__, __deepcopy__, __mro_entries__,
    __prepare__, __buffer__, __release_buffer__, __match_args__;

    private PyStr pyName;

    /** The interned name, for dict lookups (made on first use: enum and str initialise each other). */
    public PyStr pyName() {
        PyStr p = pyName;
        if (p == null) pyName = p = PyStr.intern(name());
        return p;
    }

    private static final java.util.Map<String, SpecialMethod> BY_NAME = new java.util.HashMap<>();
    static {
        for (SpecialMethod m : values()) BY_NAME.put(m.name(), m);
    }

    public static SpecialMethod byName(String name) {
        return BY_NAME.get(name);
    }

    /** BINARY_OP's oparg order (NB_ADD=0 ... NB_XOR=12) mapped to forward/reflected/in-place names. */
    public static final SpecialMethod[] BINARY = {__add__, __and__, __floordiv__, __lshift__, __matmul__, __mul__,
            __mod__, __or__, __pow__, __rshift__, __sub__, __truediv__, __xor__};
    public static final SpecialMethod[] REFLECTED = {__radd__, __rand__, __rfloordiv__, __rlshift__, __rmatmul__,
            __rmul__, __rmod__, __ror__, __rpow__, __rrshift__, __rsub__, __rtruediv__, __rxor__};
    public static final SpecialMethod[] INPLACE = {__iadd__, __iand__, __ifloordiv__, __ilshift__, __imatmul__,
            __imul__, __imod__, __ior__, __ipow__, __irshift__, __isub__, __itruediv__, __ixor__};
    /** The operator symbols of BINARY_OP, for error messages. */
    public static final String[] BINARY_SYMBOLS = {"+", "&", "//", "<<", "@", "*", "%", "|", "**", ">>", "-", "/", "^"};
}
