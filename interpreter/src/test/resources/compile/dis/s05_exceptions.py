def f():
    try:
        a()
    except (TypeError, ValueError) as e:
        b(e)
    except Exception:
        raise
    else:
        c()
    finally:
        d()

def g():
    with open("x") as fh, open("y"):
        return fh.read()

def h():
    try:
        pass
    except* OSError as eg:
        raise ValueError from eg
