# anext(aiterator, default): the awaitable CPython's anext_awaitable is, over the iterator's
# __anext__ awaitable: StopAsyncIteration becomes the default.


class anext_awaitable:
    __slots__ = ("_awaitable", "_default")

    def __init__(self, awaitable, default):
        self._awaitable = awaitable
        self._default = default

    def __await__(self):
        try:
            return (yield from self._awaitable.__await__())
        except StopAsyncIteration:
            return self._default
