"""One writer or many readers: an advisory lock file inside a store folder.

Oxigraph's own lock keeps out a second writer but not a reader, and opening a
store read-only while another process writes it is undefined behaviour. So a
build holds an exclusive lock for as long as it writes, and ``query`` and
``serve`` hold a shared one for as long as they read. Neither waits: a busy
store is an error that says what to do.
"""

from __future__ import annotations

import contextlib
import fcntl
import os
from pathlib import Path
from types import TracebackType

from ..errors import StoreError

__all__ = ["LOCK_NAME", "StoreLock"]

#: The lock file's name inside the store folder.
LOCK_NAME = "diplograph.lock"


class StoreLock:
    """An ``flock`` on ``FOLDER/diplograph.lock``, released on :meth:`release` or at exit.

    Args:
        folder: the store folder (it must exist).
        exclusive: a writer's lock; otherwise a reader's (shared).

    Raises:
        StoreError: another process holds a lock that excludes this one.
    """

    def __init__(self, folder: Path, *, exclusive: bool) -> None:
        self.folder = folder
        self.exclusive = exclusive
        path = folder / LOCK_NAME
        try:
            self._fd: int | None = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
        except OSError as exc:
            raise StoreError(
                f"{folder}: cannot open its lock file ({exc.strerror or exc})"
            ) from None
        try:
            fcntl.flock(self._fd, (fcntl.LOCK_EX if exclusive else fcntl.LOCK_SH) | fcntl.LOCK_NB)
        except BlockingIOError:
            self.release()
            if exclusive:
                raise StoreError(
                    f"{folder} is in use by another build, a query or `diplograph serve`;"
                    " wait for it to finish (or stop it) and build again"
                ) from None
            raise StoreError(
                f"{folder} is being written by a build; run this again when the build has finished"
            ) from None

    def release(self) -> None:
        """Give the lock up (idempotent)."""
        if self._fd is not None:
            with contextlib.suppress(OSError):
                fcntl.flock(self._fd, fcntl.LOCK_UN)
            os.close(self._fd)
            self._fd = None

    def __enter__(self) -> StoreLock:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.release()
