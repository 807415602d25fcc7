# traceback.print_exc/format_exc with the caret anchors Lib/traceback.py finds by parsing the line segment (ast).
import traceback
def f(a, b):
    return a[b] + a[b][b]
def g(x):
    return x.y.z
def h():
    return 1 + 2 * (3 / 0)
def k(d):
    return d['key']['inner']
def call(fn):
    return fn(1)(2)
for fn, args in [(f, ([1], 5)), (g, (None,)), (h, ()), (k, ({'key': {}},)), (call, (lambda x: None,))]:
    try:
        fn(*args)
    except Exception:
        traceback.print_exc()
        print(traceback.format_exc().splitlines()[-3:])
try:
    x = {'a': 1}
    x['a'] + \
        x['b']
except KeyError:
    traceback.print_exc()
import sys
print(sys.exc_info()[0])
