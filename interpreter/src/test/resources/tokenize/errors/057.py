x = 1or 2
