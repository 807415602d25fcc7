a = "x" \ b
