import _string
print(list(_string.formatter_parser('a{0!r:>5}b{}c{x.y[2]}{{d}}')))
f, it = _string.formatter_field_name_split('x.y[2][k]'); print(f, list(it))
f, it = _string.formatter_field_name_split('3.a'); print(f, list(it))
try: list(_string.formatter_parser('{'))
except ValueError as e: print(e)
