a = 'single' + "double" + '''triple''' + """triple"""
b = b'bytes' + B"BYTES" + r'raw\d' + R"RAW" + u'uni' + U"UNI" + f'{x}' + F"{y!r}"
c = rb'x' + Rb"x" + bR'x' + BR"x" + br'x' + fr'{x}' + Rf"x" + fR'x' + rF"x"
d = ur'not' + bu'no' + 'it\'s' + "say \"hi\"" + 'a\\'
e = """multi
line
string"""
f = 'continued \
string'
g = r'''raw
triple \''' still'''
h = '' + "" + '''''' + """"""
i = 'unterminated
j = "also unterminated \
and this line ends it
k = 'x' 'y'
