"""The part of IPython's public API that the Glassbox kernel provides: rich display, in the
submodule IPython.display. get_ipython() answers None because there is no IPython shell object
behind the Glassbox kernel, which tells libraries to use their plain-Python paths."""

__all__ = ["get_ipython"]


def get_ipython():
    """None: Glassbox's kernel is not an IPython InteractiveShell."""
    return None
