"""What the subcommands share: atomic file writes and shared options."""

from __future__ import annotations

import contextlib
import os
import signal
import stat
import tempfile
import threading
from collections.abc import Callable, Iterable, Iterator, Mapping
from pathlib import Path
from typing import BinaryIO

import click

__all__ = [
    "OWN_PROCESS",
    "Text",
    "atomic_write_text",
    "atomic_write_texts",
    "graph_option",
    "ner_option",
    "owns_process",
]

#: The key, in the click context's ``obj``, of whether the command runs in a process of its
#: own (the ``diplograph`` program) rather than called from other code (tests, notebooks).
OWN_PROCESS = "own_process"

#: What a file is written from: a string, pieces of one, or a function that writes the
#: file's bytes to a binary handle (a library's own streaming writer).
Text = str | Iterable[str] | Callable[[BinaryIO], None]


def owns_process() -> bool:
    """Whether the running command has this process to itself: it ends when the command
    does, and nothing it loads serves a later call (see :func:`graph.cli.main`)."""
    context = click.get_current_context(silent=True)
    obj = context.find_root().obj if context is not None else None
    return isinstance(obj, dict) and obj.get(OWN_PROCESS) is True


def _stage(path: Path, text: Text) -> Path:
    """Write ``text`` (see :data:`Text`) to a temporary file beside ``path``, flushed to
    disk; return its path."""
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        os.chmod(tmp, _mode_for(path))
        if callable(text):
            with os.fdopen(fd, "wb") as raw:
                text(raw)
                raw.flush()
                os.fsync(raw.fileno())
            return Path(tmp)
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
            for piece in [text] if isinstance(text, str) else text:
                handle.write(piece)
            handle.flush()
            os.fsync(handle.fileno())
    except BaseException:
        _unlink(Path(tmp))
        raise
    return Path(tmp)


def _mode_for(path: Path) -> int:
    """The permissions the new file should get: the old file's, else the umask's default."""
    try:
        return stat.S_IMODE(path.stat().st_mode)
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


def _unlink(path: Path) -> None:
    with contextlib.suppress(FileNotFoundError):
        path.unlink()


@contextlib.contextmanager
def _interrupts_deferred() -> Iterator[None]:
    """Ignore Ctrl-C for the few renames that commit the outputs.

    By then the work is done: finishing the renames is what the user wants, and
    an interrupt between two of them would leave a mix of old and new files.
    """
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)


def atomic_write_texts(files: Mapping[Path, Text]) -> None:
    """Write several files all-or-nothing, as far as a file system allows.

    A text is a string, an iterable of string pieces or a function writing bytes
    (a large export is written as it is produced, never held whole). Every text is first written
    to a temporary file beside its target; only when all of them are on disk
    are they renamed over the targets, with Ctrl-C ignored during those
    renames. A failure or an interruption before that leaves every previous
    file as it was and no temporary file behind.
    """
    staged: list[tuple[Path, Path]] = []
    try:
        for path, text in files.items():
            path.parent.mkdir(parents=True, exist_ok=True)
            staged.append((_stage(path, text), path))
        with _interrupts_deferred():
            for tmp, path in staged:
                os.replace(tmp, path)
    except BaseException:
        for tmp, _path in staged:
            _unlink(tmp)
        raise


def atomic_write_text(path: Path, text: str) -> None:
    """Write ``text`` to ``path`` through a temporary file and a rename.

    A reader never sees a half-written file; an interruption leaves the old one.
    """
    atomic_write_texts({path: text})


ner_option = click.option(
    "--ner-model",
    envvar="DIPLOGRAPH_NER_MODEL",
    default=None,
    metavar="NAME",
    help="A spaCy model consulted only for names the rules cannot place (e.g. en_core_web_sm;"
    " also DIPLOGRAPH_NER_MODEL). Default: none, the rules and lexicons decide alone.",
)

graph_option = click.option(
    "--graph",
    "graph_path",
    type=click.Path(path_type=Path, dir_okay=False),
    default=Path("output/graph.ttl"),
    show_default=True,
    help="The Turtle graph to read.",
)
