# CPython's dis module over the runtime's own code objects (same bytecode, caches, tables).
import dis
def f(a, b=2, *args, k=3, **kw):
    total = 0
    for x in args:
        try:
            total += x / a
        except ZeroDivisionError:
            total = -1
    with open if False else memoryview(b"") as m:
        pass
    return [total, k, kw.get("z"), *args]
dis.dis(f)
print([i.opname for i in dis.get_instructions(lambda: 1 + 2)])
print(list(dis.findlinestarts(f.__code__))[:3], [l for l in dis.code_info(f).splitlines() if not l.startswith("Filename")])
