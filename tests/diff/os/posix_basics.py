# posix under os: descriptors, stat, directories, walk, errors as OSError subclasses, environ.
import os, os.path, stat
print(os.name, os.sep, True, os.path.join("a", "b"))
os.makedirs("gbtest_tmp/x/y", exist_ok=True)
fd = os.open("gbtest_tmp/f.txt", os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
print(os.write(fd, b"hello\nworld\n"))
os.close(fd)
st = os.stat("gbtest_tmp/f.txt")
print(st.st_size, stat.S_ISREG(st.st_mode), oct(st.st_mode & 0o777), type(st).__name__)
fd = os.open("gbtest_tmp/f.txt", os.O_RDONLY)
print(os.read(fd, 5), os.lseek(fd, 0, 2), os.read(fd, 10))
os.close(fd)
print(sorted(os.listdir("gbtest_tmp")), sorted(e.name for e in os.scandir("gbtest_tmp")))
with os.scandir("gbtest_tmp") as it:
    print(sorted((e.name, e.is_dir(), e.is_file()) for e in it))
for root, dirs, files in os.walk("gbtest_tmp"):
    print(root, sorted(dirs), sorted(files))
try:
    os.stat("gbtest_tmp/nope")
except FileNotFoundError as e:
    print(type(e).__name__, e, e.errno, e.filename)
try:
    os.mkdir("gbtest_tmp/x")
except FileExistsError as e:
    print(e)
try:
    os.rmdir("gbtest_tmp/x")
except OSError as e:
    print(type(e).__name__, e)
os.rename("gbtest_tmp/f.txt", "gbtest_tmp/g.txt")
print(os.path.exists("gbtest_tmp/g.txt"), os.path.isdir("gbtest_tmp/x"), os.path.getsize("gbtest_tmp/g.txt"))
os.remove("gbtest_tmp/g.txt")
os.removedirs("gbtest_tmp/x/y")
print(os.path.exists("gbtest_tmp"))
print("PATH" in os.environ, os.getenv("NOPE_X", "dflt"), os.fsencode("é"))
print(os.path.splitext("a/b.tar.gz"), os.path.basename("/x/y.py"), os.path.normpath("a//b/../c"), os.path.expanduser("~") == os.environ["HOME"])
print(os.strerror(2), os.cpu_count() > 0, isinstance(os.getpid(), int), os.urandom(4).__class__)
