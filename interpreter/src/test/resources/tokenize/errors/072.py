if x:
  pass


    y
