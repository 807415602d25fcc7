# Refcounts of constants, seen through compile() + exec (no parse tree alive): str constants
# are mortal (identifier-like ones interned, the table's references not counted), and equal
# constants of a module and its functions are one object.
import sys
src = '''
import sys
a = "hello world"
b = "hello_world"
c = "".join(["x", "y"])
d = 12345678
e = 3.25
f = (1, 2)
g = b"abc"
print(sys.getrefcount(a), sys.getrefcount(b), sys.getrefcount(c), sys.getrefcount(d), sys.getrefcount(e), sys.getrefcount(f), sys.getrefcount(g))
def fn():
    s = "local str"
    return sys.getrefcount(s), 12345678 is d, "hello_world" is b
print(fn())
l = [a, a]
print(sys.getrefcount(a))
s = sys.intern("".join(["ab", "cd", "zz"]))
print(sys.getrefcount(s), sys.intern("abcdzz") is s)
'''
exec(compile(src, "<refcounts>", "exec"))
