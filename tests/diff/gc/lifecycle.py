# Object lifecycles as CPython shows them: dealloc cascades, resurrection, cycles with
# finalizers, weakref callbacks during collection, gc.callbacks, a 1,000,000-node chain.
import gc, sys, weakref

class Noisy:
    def __init__(self, name, child=None):
        self.name, self.child = name, child
    def __del__(self):
        print("del", self.name)

print("-- cascade: parent first, then its children in order")
a = Noisy("root", Noisy("mid", Noisy("leaf")))
del a
print("-- list items die last to first")
l = [Noisy("l0"), Noisy("l1"), Noisy("l2")]
del l
print("-- dict values in insertion order")
d = {"x": Noisy("dx"), "y": Noisy("dy")}
del d

print("-- resurrection: __del__ stores self; finalizer runs once (PEP 442)")
saved = []
class Phoenix:
    def __del__(self):
        print("phoenix finalizer")
        saved.append(self)
p = Phoenix()
del p
print("saved:", len(saved))
saved.clear()
print("after clear (no second finalizer)")

print("-- cycle with finalizers is collected; each finalizer runs once")
gc.collect()
x, y = Noisy("cx"), Noisy("cy")
x.child, y.child = y, x
del x, y
n = gc.collect()
print("collected", n)

print("-- weakref callbacks during collection")
class Node:
    pass
def cb(ref):
    print("weakref callback, referent gone:", ref() is None)
n1, n2 = Node(), Node()
n1.other, n2.other = n2, n1
r1 = weakref.ref(n1, cb)
del n1, n2
print("collected", gc.collect())

print("-- gc.callbacks see start and stop")
events = []
def watch(phase, info):
    events.append((phase, info["generation"], info["collected"] if phase == "stop" else None))
gc.callbacks.append(watch)
junk = []
junk.append(junk)
del junk
gc.collect()
gc.callbacks.remove(watch)
print(events)

print("-- a 1,000,000-node chain frees without recursion")
class Link:
    __slots__ = ("next",)
    def __init__(self, nxt):
        self.next = nxt
head = None
for i in range(1_000_000):
    head = Link(head)
before = sys.getallocatedblocks()
del head
print("freed:", before - sys.getallocatedblocks() >= 1_000_000)

print("-- gc stats and thresholds")
print(gc.get_threshold(), gc.isenabled(), len(gc.get_stats()), sorted(gc.get_stats()[0]))
gc.disable(); print(gc.isenabled()); gc.enable()
t = []
print(gc.is_tracked(t), gc.is_tracked(1), gc.is_tracked({}), gc.is_tracked({"a": []}))
gc.freeze(); print(gc.get_freeze_count() > 0); gc.unfreeze(); print(gc.get_freeze_count())
