# complex(real, imag) keeps the sign of zero parts; __complex__ only for the first argument.
for args in [(0, -0.0), (-0.0, -0.0), (1, -0.0), (1j, 2), (1+1j, 1j), (2.5,), ("1+2j",), (1j,), (0.0, 0.0), (-0.0,)]:
    print(repr(complex(*args)))
class C:
    def __complex__(self): return 3-4j
print(complex(C()), complex(C(), 1))
try: complex(1, C())
except TypeError as e: print(e)
