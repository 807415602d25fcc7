for x in y:
    if z:
        pass
    else:
        f(x)
