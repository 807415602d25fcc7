def outer(a, b):
    c = 1
    class Inner:
        def method(self):
            return __class__, super().method(), a
        def other(self, b):
            nonlocal c
            c += b
            return c
    def g(*, d=a):
        def h():
            return a + b + c + d
        return h
    return Inner, g

class K:
    x = 1
    def __init__(self):
        self.__private = 1
        __local = 2
        return [self.__private for _ in range(1)]
    y = [x for _ in range(3)]
    def z(self):
        global gg
        gg = 1
        del gg
