[x async for x in y if (z := x)] or {**a} and (lambda *a, **k: (yield)) if f"{x!r:>{w}}" else b"\x00" @ -1.5e-3j
