"""Module doc."""
def f(x):
    """f doc"""
    assert x, "no"
    if __debug__:
        print(1)
    return x
class C:
    "C doc"
    y = __debug__
