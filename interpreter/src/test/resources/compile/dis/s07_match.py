def m(x):
    match x:
        case 0 | 1:
            return "small"
        case [a, b, *rest]:
            return a
        case {"k": v, **kw}:
            return v
        case Point(x=0, y=yy) as pt:
            return yy
        case str() if x:
            return x
        case _:
            return None
