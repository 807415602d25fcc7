from __future__ import annotations
import typing

def f(a: int | None = None, *args: tuple[int, ...], b: "str" = 'x', **kw: dict[str, list[int]]) -> typing.Callable[[int], str]:
    x: list[int] = []
    return lambda q: str(q)

class C:
    attr: dict[str, int] = {}
    other: (lambda: 1) if True else 2
    n: -1.5e300 * 2
    s: f"{attr!r:>10}"
