# A class docstring can be replaced (urllib.parse and pathlib do it).
import pathlib, collections
class A:
    "old"
A.__doc__ = "new"; print(A.__doc__)
P = collections.namedtuple("P", "x"); P.__doc__ = "pdoc"; print(P.__doc__)
try: int.__doc__ = "x"
except TypeError as e: print(e)
try: del A.__doc__
except (TypeError, AttributeError) as e: print(type(e).__name__, e)
print(pathlib.PurePosixPath("/a/b/c.txt").suffix, pathlib.PurePosixPath("a") / "b")
