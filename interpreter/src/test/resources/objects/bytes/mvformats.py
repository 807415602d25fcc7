# memoryview item assignment in every native format (pack_single's checks), strided slice assignment.
def attempt(label, fn):
    try:
        r = fn()
        print(label, type(r).__name__, repr(r))
    except Exception as e:
        print(label, type(e).__name__, e)
b = bytearray(16)
m = memoryview(b)
m[0] = 255
attempt("B 256", lambda: m.__setitem__(0, 256))
attempt("B -1", lambda: m.__setitem__(0, -1))
attempt("B str", lambda: m.__setitem__(0, "x"))
attempt("B float", lambda: m.__setitem__(0, 1.0))
h = m.cast("h")
h[1] = -2
attempt("h big", lambda: h.__setitem__(1, 40000))
i = m.cast("I")
i[2] = 2**32 - 1
attempt("I neg", lambda: i.__setitem__(2, -1))
d = m.cast("d")
d[1] = 1.5
attempt("d str", lambda: d.__setitem__(1, "x"))
c = m.cast("c")
c[0] = b"z"
attempt("c int", lambda: c.__setitem__(0, 1))
q = m.cast("?")
q[3] = 7
print(bytes(b), h.tolist(), i.tolist(), d.tolist(), c[0], q[3])
b2 = memoryview(bytearray(b"abcdef"))
b2[::2] = b"XYZ"
print(b2.tobytes(), b2.obj)
attempt("len mismatch", lambda: b2.__setitem__(slice(0, 2), b"xyz"))
