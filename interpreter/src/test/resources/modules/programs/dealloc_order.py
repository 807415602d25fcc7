from collections import deque, defaultdict
from itertools import chain, tee, groupby, cycle
class D:
    def __init__(s, n): s.n = n
    def __del__(s): print('del', s.n)
d = deque([D(1), D(2), D(3)])
del d
print('--')
d = deque([D(4), D(5)], maxlen=2); d.append(D(6)); print('appended'); x = d.pop(); print('popped'); del x; print('end')
d.clear(); print('cleared')
g = groupby([D(7), D(8)], key=lambda o: 1)
k, grp = next(g); print('got group'); del g, grp, k; print('after groupby')
a, b = tee([D(9)]); next(a); del a; print('a gone'); del b; print('b gone')
dd = defaultdict(list); dd['x'].append(D(10)); del dd; print('dd gone')
import gc; print(gc.is_tracked(deque()), gc.is_tracked(chain()))
