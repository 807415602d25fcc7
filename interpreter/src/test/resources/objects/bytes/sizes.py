# Sizes and GC tracking of bytes, bytearray, memoryview, their iterators and subclasses.
import sys, gc
print(sys.getsizeof(memoryview(b'')), sys.getsizeof(iter(b'')), sys.getsizeof(iter(bytearray())), sys.getsizeof(b'x'), sys.getsizeof(bytearray(b'x')))
print(gc.is_tracked(b'abc'), gc.is_tracked(bytearray()), gc.is_tracked(memoryview(b'')), gc.is_tracked(iter(b'')))
class B(bytes): pass
class BA(bytearray): pass
print(sys.getsizeof(B(b'abc')), sys.getsizeof(BA(b'abc')), gc.is_tracked(B(b'')))
b = B(b"x"); b.attr = 1; print(b.attr, b.__dict__)
print(len(gc.get_referents(iter(b"ab"))), gc.get_referents(iter(b"ab")))
