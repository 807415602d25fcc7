if a:
    b = 1
    if c:
	d = 2
        e = 3
    f = 4

    # comment at level 1
  # comment at odd level
g = 5
while x:
    if y:
        pass
