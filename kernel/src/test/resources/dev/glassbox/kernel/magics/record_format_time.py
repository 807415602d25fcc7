# Records IPython's _format_time for the spans below: "repr(seconds)<TAB>text" per line.
# Run with a Python that has IPython 8: python3 record_format_time.py > format_time.tsv
import random
from IPython.core.magics.execution import _format_time

spans = [0.0, 1e-9, 1e-6, 9.99999e-7, 1.0000000000000001e-06, 2.86e-6, 3.81e-06, 0.0005, 0.5, 1.0,
         59.9, 60.0, 61.5, 3599.0, 3600.0, 3661.25, 86400.0, 90061.0, 123.456, 0.000999999,
         0.00099949, 0.0009995, 1e-10, 5e-12, 12.345, 999.5, 0.1234567, 7.77e-5]
rnd = random.Random(11)
for _ in range(150):
    spans.append(10 ** rnd.uniform(-10, 1.7))
for s in spans:
    print(f"{s!r}\t{_format_time(s)}")
for s in (1.5e-6, 0.25, 42.0):
    for p in (1, 2, 5):
        print(f"{s!r}@{p}\t{_format_time(s, p)}")
