# _opcode.stack_effect from the compiler's opcode table, with CPython's errors.
import _opcode, dis
for a in [(100,), (100, 1), (1,), (114, 3), (9,), (300,), (90, None)]:
    try: print(a, _opcode.stack_effect(*a))
    except Exception as e: print(a, type(e).__name__, e)
print(_opcode.stack_effect(114, 3, jump=True), _opcode.stack_effect(114, 3, jump=False), dis.stack_effect(dis.opmap["BUILD_LIST"], 3))
