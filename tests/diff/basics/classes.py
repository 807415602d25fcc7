class Base:
    count = 0

    def __init__(self, name):
        self.name = name
        Base.count += 1

    def greet(self):
        return "hello " + self.name

    def __repr__(self):
        return f"{type(self).__name__}({self.name!r})"


class Child(Base):
    def greet(self):
        return super().greet() + "!"

    @property
    def upper(self):
        return self.name.upper()

    @staticmethod
    def s(x):
        return x * 2

    @classmethod
    def make(cls, n):
        return cls(n)


c = Child.make("bob")
print(c.greet(), c.upper, Child.s(21), Base.count, repr(c))
print([t.__name__ for t in Child.__mro__])
print(isinstance(c, Base), issubclass(Child, Base), type(c) is Child)
try:
    c.missing
except AttributeError as e:
    print(e)
