# Columns of a script without a coding cookie count bytes.
s = 'ééé' 1
