# Glassbox's _io over CPython's Lib/_pyio.py: _pyio is loaded against a stand-in for the io
# module (the real io imports _io, so it cannot exist yet), and its classes are presented under
# the _io names. Runs in _io's namespace.
import sys as _sys


class _Registry:
    """Takes the io.XBase.register(...) calls _pyio makes at import: io.py makes the ABCs."""
    @staticmethod
    def register(cls):
        return cls


class FileIO:
    """Placeholder for `from _io import FileIO` while _pyio loads; replaced below."""


def _load():
    stand_in = type(_sys)("io")
    stand_in.__all__ = ["BlockingIOError", "open", "open_code", "IOBase", "RawIOBase",
                        "FileIO", "BytesIO", "StringIO", "BufferedIOBase",
                        "BufferedReader", "BufferedWriter", "BufferedRWPair",
                        "BufferedRandom", "TextIOBase", "TextIOWrapper",
                        "UnsupportedOperation", "SEEK_SET", "SEEK_CUR", "SEEK_END",
                        "DEFAULT_BUFFER_SIZE", "text_encoding", "IncrementalNewlineDecoder"]
    stand_in.SEEK_SET, stand_in.SEEK_CUR, stand_in.SEEK_END = 0, 1, 2
    for name in ("IOBase", "RawIOBase", "BufferedIOBase", "TextIOBase"):
        setattr(stand_in, name, _Registry)
    modules = _sys.modules
    saved = modules.get("io")
    modules["io"] = stand_in
    try:
        import _pyio
    finally:
        if saved is None:
            del modules["io"]
        else:
            modules["io"] = saved
        # A later `import _pyio` gets a copy bound to the real io.
        modules.pop("_pyio", None)
    return _pyio


_pyio = _load()
_IOBase = _pyio.IOBase
_RawIOBase = _pyio.RawIOBase
_BufferedIOBase = _pyio.BufferedIOBase
_TextIOBase = _pyio.TextIOBase
for _name in ("FileIO", "BytesIO", "StringIO", "BufferedReader", "BufferedWriter", "BufferedRWPair",
              "BufferedRandom", "TextIOWrapper", "IncrementalNewlineDecoder", "UnsupportedOperation"):
    globals()[_name] = getattr(_pyio, _name)
for _cls in (_IOBase, _RawIOBase, _BufferedIOBase, _TextIOBase, FileIO, BytesIO, StringIO, BufferedReader,
             BufferedWriter, BufferedRWPair, BufferedRandom, TextIOWrapper, IncrementalNewlineDecoder,
             UnsupportedOperation):
    _cls.__module__ = "_io"
_IOBase.__name__ = _IOBase.__qualname__ = "_IOBase"
_RawIOBase.__name__ = _RawIOBase.__qualname__ = "_RawIOBase"
_BufferedIOBase.__name__ = _BufferedIOBase.__qualname__ = "_BufferedIOBase"
_TextIOBase.__name__ = _TextIOBase.__qualname__ = "_TextIOBase"
UnsupportedOperation.__module__ = "io"


def _get_locale_encoding(self):
    # As _Py_GetLocaleEncodingObject: the locale's codeset, without importing locale (and re).
    import _locale
    return _locale.getencoding()


TextIOWrapper._get_locale_encoding = _get_locale_encoding


# The C implementation's messages where _pyio's differ.
def _checkReadable(self, msg=None):
    if not self.readable():
        raise UnsupportedOperation("not readable" if msg is None else msg)


def _checkWritable(self, msg=None):
    if not self.writable():
        raise UnsupportedOperation("not writable" if msg is None else msg)


_IOBase._checkReadable = _checkReadable
_IOBase._checkWritable = _checkWritable
_buffered_write = BufferedWriter.write


def _write(self, b):
    if isinstance(b, str):
        raise TypeError("a bytes-like object is required, not 'str'")
    return _buffered_write(self, b)


BufferedWriter.write = _write


def _stringio_check_closed(self, msg=None):
    # C StringIO says it without the full stop.
    if self.closed:
        raise ValueError("I/O operation on closed file" if msg is None else msg)


StringIO._checkClosed = _stringio_check_closed


def _stringio_guard(method):
    def guarded(self, *args, **kwargs):
        if self.closed:
            raise ValueError("I/O operation on closed file")
        return method(self, *args, **kwargs)
    guarded.__name__ = method.__name__
    guarded.__qualname__ = "StringIO." + method.__name__
    guarded.__doc__ = method.__doc__
    return guarded


for _m in ("getvalue", "read", "readline", "readlines", "write", "writelines", "seek", "tell", "truncate",
           "__next__", "__iter__", "flush", "detach", "fileno", "isatty", "readable", "writable", "seekable"):
    if hasattr(StringIO, _m):
        setattr(StringIO, _m, _stringio_guard(getattr(StringIO, _m)))
del _m
_pyio_open = _pyio.open


def open(file, mode="r", buffering=-1, encoding=None, errors=None, newline=None, closefd=True, opener=None):
    # _io.open's message where _pyio's differs.
    if isinstance(mode, str):
        modes = set(mode)
        if not (modes - set("axrwb+t")) and len(mode) == len(modes):
            if ("x" in modes) + ("r" in modes) + ("w" in modes) + ("a" in modes) != 1:
                raise ValueError("must have exactly one of create/read/write/append mode")
    return _pyio_open(file, mode, buffering, encoding, errors, newline, closefd, opener)


open.__module__ = "_io"
open_code = _pyio.open_code
text_encoding = _pyio.text_encoding
BlockingIOError = BlockingIOError
del _load, _Registry, _name, _cls, _sys, _get_locale_encoding, _checkReadable, _checkWritable, _write, _stringio_check_closed, _stringio_guard
del _pyio
