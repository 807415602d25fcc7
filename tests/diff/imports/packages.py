# Packages built in a temporary folder by the program itself: __init__ order, relative
# imports, namespace packages over two folders, __path__, import * and submodules, failures.
import os
import sys
import tempfile

sys.dont_write_bytecode = True
root = tempfile.mkdtemp()
other = tempfile.mkdtemp()


def write(base, rel, text):
    path = os.path.join(base, rel)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w") as f:
        f.write(text)


write(root, "shop/__init__.py", "print('shop init', __name__, __package__)\nfrom . import cart\nfrom .cart import total as shop_total\nNAME = 'shop'\n")
write(root, "shop/cart.py", "print('cart', __name__, __package__)\nfrom .prices import PRICES\ndef total(items):\n    return sum(PRICES[i] for i in items)\n")
write(root, "shop/prices.py", "print('prices', __spec__.name, __spec__.parent)\nPRICES = {'a': 1, 'b': 20}\n")
write(root, "shop/sub/__init__.py", "from .. import prices\nfrom ..cart import total\nLEVEL = 2\n")
write(root, "shop/sub/deep.py", "from .. import NAME\nfrom . import LEVEL\nfrom .. import cart as c\nVALUE = (NAME, LEVEL, c.__name__)\n")
write(root, "shop/beyond.py", "from ... import nothing\n")
write(root, "ns/part1/one.py", "ONE = 1\n")
write(other, "ns/part2/two.py", "TWO = 2\n")
write(root, "star/__init__.py", "__all__ = ['alpha', 'beta', 'VALUE']\nVALUE = 3\n")
write(root, "star/alpha.py", "A = 'alpha'\n")
write(root, "star/beta.py", "B = 'beta'\n")
write(root, "star/gamma.py", "G = 'gamma'\n")
write(root, "broken/__init__.py", "")
write(root, "broken/half.py", "import broken.ok\nX = 1\nraise RuntimeError('half failed')\n")
write(root, "broken/ok.py", "OK = True\n")
write(root, "plain.py", "P = 1\n")
sys.path[:0] = [root, other]

import shop
print(shop.NAME, shop.shop_total(["a", "b"]), sorted(k for k in sys.modules if k.startswith("shop")))
print(os.path.basename(shop.__file__), [os.path.basename(p) for p in shop.__path__])
print(shop.__spec__.submodule_search_locations == shop.__path__, shop.__spec__.has_location)
print(type(shop.__loader__).__name__, shop.__loader__ is shop.__spec__.loader)
print(shop.__cached__ is None or shop.__cached__.endswith(".pyc"))
import shop.sub.deep
print(shop.sub.deep.VALUE, shop.sub.prices is shop.prices, shop.sub.total is shop.cart.total)
try:
    import shop.beyond
except ImportError as e:
    print(type(e).__name__, e)
print("shop.beyond" in sys.modules)

# namespace packages: no __init__, portions in two folders
import ns.part1.one
import ns.part2.two
print(ns.part1.one.ONE, ns.part2.two.TWO)
print(ns.__spec__.origin, ns.__file__ if hasattr(ns, "__file__") else "no __file__")
print(type(ns.__path__).__name__, [os.path.basename(p) for p in ns.__path__])
print(ns.__spec__.loader is None or type(ns.__spec__.loader).__name__)
print(repr(ns).startswith("<module 'ns' (namespace)"))

# import * with __all__ naming submodules
ns_star = {}
exec("from star import *", ns_star)
print(sorted(k for k in ns_star if not k.startswith("__")), "star.gamma" in sys.modules)
from star import gamma
print(gamma.G, "star.gamma" in sys.modules)

# a module failing during import is removed from sys.modules; what it imported stays
try:
    import broken.half
except RuntimeError as e:
    print("RuntimeError:", e)
print("broken.half" in sys.modules, "broken.ok" in sys.modules, hasattr(sys.modules["broken"], "half"))

# errors: names, paths, texts
for stmt in ["import no_such_module_xyz", "import plain.sub", "from plain import missing",
             "import shop.nothing", "from shop import nothing", "from . import x", "import ns.part3"]:
    try:
        exec(stmt, {"__name__": "__main__"})
    except ImportError as e:
        path = os.path.basename(e.path) if e.path else e.path
        print(type(e).__name__, "|", str(e).replace(root, "ROOT"), "|", e.name, "|", path)

# __import__ and fromlist
m = __import__("shop.sub.deep")
print(m.__name__)
m = __import__("shop.sub.deep", fromlist=["VALUE"])
print(m.__name__)
m = __import__("sub.deep", {"__name__": "shop.x", "__package__": "shop"}, None, ["x"], 1)
print(m.__name__)
try:
    __import__("")
except ValueError as e:
    print("ValueError:", e)
try:
    __import__("shop", level=-1)
except ValueError as e:
    print("ValueError:", e)

# sys.modules entries of None halt imports
sys.modules["halted"] = None
try:
    import halted
except ModuleNotFoundError as e:
    print(e, e.name)
del sys.modules["halted"]

# replacing itself in sys.modules
write(root, "replacer.py", "import sys\nsys.modules[__name__] = 'replaced!'\n")
import replacer
print(replacer)
