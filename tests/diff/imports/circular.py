# Circular imports: partially initialised modules, CPython's messages, and what is bound when.
import os
import sys
import tempfile

sys.dont_write_bytecode = True
root = tempfile.mkdtemp()
sys.path.insert(0, root)


def write(rel, text):
    path = os.path.join(root, rel)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w") as f:
        f.write(text)


# a imports b at the top, b imports a: b sees a partially initialised
write("ca.py", "print('ca start')\nimport cb\nA = 'a'\nprint('ca end', cb.B)\n")
write("cb.py", "print('cb start')\nimport ca\nprint('cb sees ca.A?', hasattr(ca, 'A'))\nB = 'b'\n"
      "import sys\nprint('ca initializing:', sys.modules['ca'].__spec__._initializing)\n")
import ca
print(ca.A, ca.cb.B, ca.__spec__._initializing)

# from-import of a name not yet defined: the partially-initialized message
write("cc.py", "from cd import D\nC = 'c'\n")
write("cd.py", "from cc import C\nD = 'd'\n")
try:
    import cc
except ImportError as e:
    print(str(e).replace(root, "ROOT"))
    print(e.name, os.path.basename(e.path))
print("cc" in sys.modules, "cd" in sys.modules)

# attribute access on a partially initialised module
write("ce.py", "import cf\nE = 1\n")
write("cf.py", "import ce\nprint(ce.E)\n")
try:
    import ce
except AttributeError as e:
    print("AttributeError:", e)

# a package whose submodules import each other through the package
write("cpkg/__init__.py", "from . import one\nfrom . import two\n")
write("cpkg/one.py", "from . import two\ndef f():\n    return two.g() + 1\n")
write("cpkg/two.py", "from . import one\ndef g():\n    return 41\n")
import cpkg
print(cpkg.one.f(), cpkg.two.one is cpkg.one)

# a module importing itself
write("selfimp.py", "import selfimp\nprint('self is partial:', selfimp.__spec__._initializing)\nX = 1\n")
import selfimp
print(selfimp.X)

# importing a module that raises, twice: it is executed again the second time
write("flaky.py", "import sys\nCOUNT = getattr(sys, '_flaky_count', 0) + 1\nsys._flaky_count = COUNT\nif COUNT == 1:\n    raise ValueError('first time fails')\n")
for _ in range(2):
    try:
        import flaky
        print("flaky imported, COUNT =", flaky.COUNT)
    except ValueError as e:
        print("ValueError:", e, "| in sys.modules:", "flaky" in sys.modules)
