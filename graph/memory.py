"""Give memory the process freed back to the system.

A query over a large Oxigraph store allocates hundreds of megabytes while it runs
(the groups of a ``GROUP BY``, the rows it sorts) and frees them when it is done; the C
library (glibc's ``malloc``) keeps most of that memory for later instead of returning
it, so the process's resident size only ever grows, one query's worth at a time, and
the page and the views of a large store would hold the sum of what every query once
needed. :func:`release` asks the C library to return what is free (``malloc_trim``);
where there is no such call (macOS, musl), it does nothing.

>>> release()
"""

from __future__ import annotations

import ctypes
from collections.abc import Callable
from functools import cache

__all__ = ["release"]


@cache
def _trim() -> Callable[[int], int] | None:
    """glibc's ``malloc_trim``, or ``None`` where the C library has none."""
    try:
        # The symbols of the running program: the C library Python itself calls.
        trim = ctypes.CDLL(None).malloc_trim
    except (OSError, AttributeError, TypeError):
        return None
    trim.argtypes = [ctypes.c_size_t]
    trim.restype = ctypes.c_int
    return trim


def release() -> None:
    """Return the memory the C library holds free to the system (a no-op where it cannot)."""
    trim = _trim()
    if trim is not None:
        trim(0)
