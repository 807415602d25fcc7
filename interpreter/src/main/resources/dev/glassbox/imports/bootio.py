# The file operations importlib's path loaders use (_io.open_code, _io.FileIO), before _io
# itself can load: this runtime's _io is built over CPython's _pyio, which is found by the very
# path finder that needs these. _bootstrap_external keeps this module as its _io.
import posix as _os


class FileIO:
    def __init__(self, file, mode='r'):
        self.mode = mode
        if isinstance(file, int):
            self._fd = file
        else:
            self._fd = _os.open(file, _os.O_RDONLY | _os.O_CLOEXEC)

    def read(self):
        chunks = []
        while True:
            b = _os.read(self._fd, 1 << 20)
            if not b:
                break
            chunks.append(b)
        return b''.join(chunks)

    def write(self, data):
        view = memoryview(data)
        done = 0
        while done < len(view):
            done += _os.write(self._fd, view[done:])
        return done

    def close(self):
        if self._fd >= 0:
            fd, self._fd = self._fd, -1
            _os.close(fd)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


def open_code(path):
    return FileIO(path, 'r')


def BytesIO(*args):
    import _io
    return _io.BytesIO(*args)


def IncrementalNewlineDecoder(*args):
    import _io
    return _io.IncrementalNewlineDecoder(*args)
