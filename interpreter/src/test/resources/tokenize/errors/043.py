f(a, (b
