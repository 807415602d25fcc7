# StringIO: newline modes, newlines attribute, seek/tell rules, overseek padding, errors.
import io
for nl in (None, "", "\n", "\r", "\r\n"):
    s = io.StringIO("a\nb\r\nc\rd", newline=nl)
    print(repr(nl), repr(s.getvalue()), s.readlines(), s.newlines)
    s.write("x\ny"); print(repr(s.getvalue()))
s = io.StringIO()
print(s.write("héllo 𝄞 world"), s.tell(), s.seek(7), s.read(1), s.tell())
print(s.seek(20), s.write("!"), repr(s.getvalue()))
print(s.truncate(5), s.tell(), repr(s.getvalue()), s.seek(0, 2), s.seek(0, 1))
for bad in [(1, 1), (1, 2), (-1,), (0, 5)]:
    try: s.seek(*bad)
    except (OSError, ValueError) as e: print(type(e).__name__, e)
try: s.write(b"x")
except TypeError as e: print(e)
try: io.StringIO(newline="x")
except ValueError as e: print(e)
try: io.StringIO(5)
except TypeError as e: print(e)
try: io.StringIO(newline=5)
except TypeError as e: print(e)
try: s.truncate(-2)
except ValueError as e: print(e)
s.seek(0); print(s.readline(3), s.readline(-1), s.readline(None), s.line_buffering)
print(list(io.StringIO("1\n2\n3")), io.StringIO("x").read(None))
s.close(); print(s.closed)
for m in ("read", "getvalue", "tell", "readline", "readable", "writable", "seekable"):
    try: getattr(s, m)()
    except ValueError as e: print(m, e)
try: s.write("x")
except ValueError as e: print("write", e)
try: s.newlines
except ValueError as e: print("newlines", e)
st = io.StringIO("abc", newline="\r"); st.seek(1); print(st.__getstate__())
st2 = io.StringIO(); st2.__setstate__(("line\n", None, 2, None)); print(repr(st2.read()))
class S(io.StringIO):
    def readline(self, *a):
        return super().readline(*a).upper()
print(list(S("a\nb\n")), isinstance(io.StringIO(), io.TextIOBase))
print(io.StringIO("a\r\nb", newline="").readline(2), repr(io.StringIO("a\r", newline="").readline()))
