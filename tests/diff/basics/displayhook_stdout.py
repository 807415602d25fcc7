import doctest, sys
def f():
    """
    >>> 1 + 1
    2
    >>> print("hi")
    hi
    """
doctest.run_docstring_examples(f, {}, verbose=False)
exec(compile("1+1", "<x>", "single"))
import contextlib, io
b = io.StringIO()
with contextlib.redirect_stdout(b): exec(compile("40+2", "<x>", "single"))
print(repr(b.getvalue()))
