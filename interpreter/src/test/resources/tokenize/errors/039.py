if x:
	 y
		z
