"""Rich display for the Glassbox kernel: the public API of IPython.display.

Follows IPython 8's IPython/core/display.py and display_functions.py in behaviour (which
objects give which mime types, DisplayHandle, display_id, clear_output), written for
Glassbox: formatting happens here, publishing goes through the kernel's built-in
_glassbox_display module to the running cell's display_data / update_display_data /
clear_output messages. Outside the kernel the module is not importable.
"""
import _glassbox_display as _hook

__all__ = ["display", "update_display", "clear_output", "publish_display_data", "DisplayHandle",
           "DisplayObject", "TextDisplayObject", "HTML", "Markdown", "Latex", "SVG", "Javascript",
           "JSON", "Pretty", "Image", "Code"]

# The _repr_*_ methods IPython's formatters look for, in its order, and their mime types.
_REPR_METHODS = (
    ("text/html", "_repr_html_"),
    ("text/markdown", "_repr_markdown_"),
    ("image/svg+xml", "_repr_svg_"),
    ("image/png", "_repr_png_"),
    ("application/pdf", "_repr_pdf_"),
    ("image/jpeg", "_repr_jpeg_"),
    ("text/latex", "_repr_latex_"),
    ("application/json", "_repr_json_"),
    ("application/javascript", "_repr_javascript_"),
)
# Binary types travel base64-encoded in the JSON message, as ipykernel's json_clean does.
_BINARY = ("image/png", "image/jpeg", "application/pdf")


def _encode(mime, value):
    if mime in _BINARY and isinstance(value, (bytes, bytearray)):
        return _hook.b64encode(bytes(value))
    return value


def _format(obj, include=None, exclude=None):
    """(data, metadata) for obj, as IPython's DisplayFormatter.format."""
    data = {}
    md = {}
    bundle = getattr(obj, "_repr_mimebundle_", None)
    if bundle is not None and not isinstance(obj, type):
        r = bundle(include=include, exclude=exclude)
        if isinstance(r, tuple):
            r, m = r
            if m:
                md.update(m)
        if r:
            for k, v in r.items():
                data[k] = _encode(k, v)
    if not isinstance(obj, type):
        for mime, name in _REPR_METHODS:
            if mime in data:
                continue
            method = getattr(obj, name, None)
            if method is None:
                continue
            try:
                r = method()
            except NotImplementedError:
                continue
            if r is None:
                continue
            if isinstance(r, tuple) and len(r) == 2:
                r, m = r
                if m:
                    md[mime] = m
            data[mime] = _encode(mime, r)
    if "text/plain" not in data:
        pretty = getattr(obj, "_repr_pretty_text_", None)
        data["text/plain"] = pretty() if pretty is not None and not isinstance(obj, type) else repr(obj)
    if include is not None:
        data = {k: v for k, v in data.items() if k in include}
    if exclude is not None:
        data = {k: v for k, v in data.items() if k not in exclude}
    return data, md


def publish_display_data(data, metadata=None, source=None, *, transient=None, update=False):
    """Publishes a ready mime bundle (IPython.display.publish_display_data)."""
    display_id = (transient or {}).get("display_id")
    _hook.publish(dict(data), dict(metadata or {}), display_id, update)


def display(*objs, include=None, exclude=None, metadata=None, transient=None, display_id=None,
            raw=False, clear=False, update=False, **kwargs):
    """Shows each object with its richest representations; returns a DisplayHandle when
    display_id is given (True makes a new id)."""
    if clear:
        clear_output(wait=True)
    if display_id is True:
        display_id = _hook.new_id()
    if transient and "display_id" in transient and display_id is None:
        display_id = transient["display_id"]
    if not objs and display_id:
        return DisplayHandle(display_id)
    for obj in objs:
        if raw:
            _hook.publish(dict(obj), dict(metadata or {}), display_id, update)
            continue
        data, md = _format(obj, include, exclude)
        if not data:
            continue
        if metadata:
            md.update(metadata)
        _hook.publish(data, md, display_id, update)
    if display_id:
        return DisplayHandle(display_id)
    return None


def update_display(obj, *, display_id, **kwargs):
    """Replaces the output shown under display_id."""
    kwargs["update"] = True
    display(obj, display_id=display_id, **kwargs)


def clear_output(wait=False):
    """Clears the cell's output (at once, or when the next output arrives with wait=True)."""
    _hook.clear_output(wait)


class DisplayHandle:
    """A handle on one display_id: display() shows under it, update() replaces it."""

    def __init__(self, display_id=None):
        if display_id is None:
            display_id = _hook.new_id()
        self.display_id = display_id

    def __repr__(self):
        return "<%s display_id=%s>" % (type(self).__name__, self.display_id)

    def display(self, obj, **kwargs):
        display(obj, display_id=self.display_id, **kwargs)

    def update(self, obj, **kwargs):
        update_display(obj, display_id=self.display_id, **kwargs)


class DisplayObject:
    """Base of the objects that carry their own data (HTML, SVG, Image, ...)."""
    _read_flags = "r"

    def __init__(self, data=None, url=None, filename=None, metadata=None):
        if isinstance(data, str) and data.startswith(("http://", "https://")) and url is None:
            url, data = data, None
        self.data = data
        self.url = url
        self.filename = filename
        self.metadata = {} if metadata is None else dict(metadata)
        self.reload()
        self._check_data()

    def __repr__(self):
        return "<IPython.core.display.%s object>" % type(self).__name__

    def _check_data(self):
        pass

    def _data_and_metadata(self):
        if self.metadata:
            return self.data, dict(self.metadata)
        return self.data

    def reload(self):
        if self.filename is not None:
            raw = _hook.read_file(self.filename)
            self.data = raw if self._read_flags == "rb" else raw.decode("utf-8")


class TextDisplayObject(DisplayObject):
    """A display object whose data is text."""

    def _check_data(self):
        if self.data is not None and not isinstance(self.data, str):
            raise TypeError("%s expects text, not %r" % (type(self).__name__, self.data))


class Pretty(TextDisplayObject):
    def _repr_pretty_text_(self):
        return self.data


class HTML(TextDisplayObject):
    def __init__(self, data=None, url=None, filename=None, metadata=None):
        super().__init__(data=data, url=url, filename=filename, metadata=metadata)

    def _repr_html_(self):
        return self._data_and_metadata()

    def __html__(self):
        return self._repr_html_()


class Markdown(TextDisplayObject):
    def _repr_markdown_(self):
        return self._data_and_metadata()


class Latex(TextDisplayObject):
    def _repr_latex_(self):
        return self._data_and_metadata()


class Code(TextDisplayObject):
    def _repr_html_(self):
        text = self.data.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        return "<pre>%s</pre>" % text

    def _repr_pretty_text_(self):
        return self.data


class Javascript(TextDisplayObject):
    def _repr_javascript_(self):
        return self._data_and_metadata()


class SVG(DisplayObject):
    """An SVG image; data may be str or bytes, shown from its <svg> element on."""
    _read_flags = "rb"

    def _check_data(self):
        if isinstance(self.data, (bytes, bytearray)):
            self.data = bytes(self.data).decode("utf-8")
        if isinstance(self.data, str):
            start = self.data.find("<svg")
            if start > 0:
                self.data = self.data[start:]

    def _repr_svg_(self):
        return self._data_and_metadata()


class JSON(DisplayObject):
    """JSON data (dict or list) shown by the frontend's JSON viewer."""

    def __init__(self, data=None, url=None, filename=None, expanded=False, metadata=None, root="root", **kwargs):
        self.metadata = {"expanded": expanded, "root": root}
        if metadata:
            self.metadata.update(metadata)
        if kwargs:
            self.metadata.update(kwargs)
        super().__init__(data=data, url=url, filename=filename, metadata=self.metadata)

    def _check_data(self):
        if self.data is not None and not isinstance(self.data, (dict, list)):
            raise TypeError("%s expects JSONable dict or list, not %r" % (type(self).__name__, self.data))

    def _repr_json_(self):
        return self._data_and_metadata()


_PNG = b"\x89PNG\r\n\x1a\n"
_JPEG = b"\xff\xd8"


class Image(DisplayObject):
    """A PNG or JPEG image from bytes, a file or a URL; embedded as base64 when it has data."""
    _read_flags = "rb"
    _FMT_JPEG = "jpeg"
    _FMT_PNG = "png"
    _ACCEPTABLE_EMBEDDINGS = ("jpeg", "png")

    def __init__(self, data=None, url=None, filename=None, format=None, embed=None, width=None,
                 height=None, retina=False, unconfined=False, metadata=None, alt=None):
        if isinstance(data, str) and filename is None and url is None and not data.startswith(("http://", "https://")):
            filename, data = data, None
        ext = None
        name = filename or url
        if name is not None:
            ext = name.rsplit(".", 1)[-1].lower() if "." in name else None
        if format is None:
            if ext in ("jpg", "jpeg"):
                format = "jpeg"
            elif ext == "png":
                format = "png"
            elif isinstance(data, (bytes, bytearray)):
                format = "jpeg" if bytes(data[:2]) == _JPEG else "png"
        if format == "jpg":
            format = "jpeg"
        self.format = None if format is None else format.lower()
        self.embed = embed if embed is not None else (url is None)
        if self.embed and self.format not in self._ACCEPTABLE_EMBEDDINGS:
            raise ValueError("Cannot embed the '%s' image format" % self.format)
        self.width = width
        self.height = height
        self.retina = retina
        self.unconfined = unconfined
        self.alt = alt
        super().__init__(data=data, url=url, filename=filename, metadata=metadata)

    def reload(self):
        if self.embed:
            DisplayObject.reload(self)

    def _image_metadata(self):
        md = {}
        if self.metadata:
            md.update(self.metadata)
        if self.width:
            md["width"] = self.width
        if self.height:
            md["height"] = self.height
        if self.unconfined:
            md["unconfined"] = self.unconfined
        if self.alt:
            md["alt"] = self.alt
        return md

    def _data_and_metadata(self):
        md = self._image_metadata()
        return (self.data, md) if md else self.data

    def _repr_html_(self):
        if self.embed:
            return None
        attrs = ""
        if self.width:
            attrs += ' width="%d"' % self.width
        if self.height:
            attrs += ' height="%d"' % self.height
        return '<img src="%s"%s/>' % (self.url, attrs)

    def _repr_png_(self):
        if self.embed and self.format == "png":
            return self._data_and_metadata()
        return None

    def _repr_jpeg_(self):
        if self.embed and self.format == "jpeg":
            return self._data_and_metadata()
        return None
