# The Python part of Glassbox's posix module: DirEntry and scandir's iterator (C types in
# CPython's posixmodule.c), over the Java functions of the module. Runs in posix's namespace.

class DirEntry:
    __slots__ = ("name", "path", "_kind", "_stat", "_lstat")

    def __init__(self, top, name, kind):
        self.name = name
        if isinstance(top, bytes):
            self.path = top + b"/" + name if top and not top.endswith(b"/") else top + name
        else:
            self.path = top + "/" + name if top and not top.endswith("/") else top + name
        self._kind = kind
        self._stat = None
        self._lstat = None

    def __repr__(self):
        return "<DirEntry %r>" % (self.name,)

    def __fspath__(self):
        return self.path

    def is_symlink(self):
        return self._kind == "l"

    def is_dir(self, *, follow_symlinks=True):
        if self._kind == "l" and follow_symlinks:
            try:
                return self.stat().st_mode & 0o170000 == 0o040000
            except FileNotFoundError:
                return False
        return self._kind == "d"

    def is_file(self, *, follow_symlinks=True):
        if self._kind == "l" and follow_symlinks:
            try:
                return self.stat().st_mode & 0o170000 == 0o100000
            except FileNotFoundError:
                return False
        return self._kind == "f"

    def stat(self, *, follow_symlinks=True):
        if follow_symlinks and self._kind == "l":
            if self._stat is None:
                self._stat = stat(self.path)
            return self._stat
        if self._lstat is None:
            self._lstat = lstat(self.path)
        return self._lstat

    def inode(self):
        return self.stat(follow_symlinks=False).st_ino

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)


class ScandirIterator:

    def __init__(self, top):
        self._top = top
        self._entries = iter(_scandir_entries(top))

    def __iter__(self):
        return self

    def __next__(self):
        if self._entries is None:
            raise StopIteration
        name, kind = next(self._entries)
        top = self._top
        if top is None:
            top = "."
        if isinstance(top, bytes):
            name = name.encode()
        return DirEntry(fspath(top), name, kind)

    def close(self):
        self._entries = None

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


def scandir(path=".", *, _iterator=ScandirIterator):
    if path is not None and not isinstance(path, (str, bytes, int)):
        path = fspath(path)
    return _iterator(path)


del ScandirIterator
