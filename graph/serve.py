"""A read-only SPARQL 1.1 Protocol endpoint on a store: the Oxigraph server.

``diplograph serve`` runs ``oxigraph serve-read-only`` (the ``oxigraph`` package's
server) on the store folder, so YASGUI, Protégé, a notebook or any SPARQL
client can query it at ``http://HOST:PORT/query`` (GET ``?query=`` or POST).
The store's default graph already is the union of its documents' graphs (see
:mod:`graph.store.local`), so the server answers exactly what
``diplograph query`` answers.

While it serves, it holds the store's reader lock: a build waits for nobody
and says so, rather than writing under a running server.
"""

from __future__ import annotations

import contextlib
import errno
import shutil
import signal
import socket
import subprocess
import sys
import sysconfig
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from types import FrameType
from typing import IO

from .errors import ServerError, StoreError
from .store.local import LocalStore
from .store.remote import is_url

__all__ = ["DEFAULT_PORT", "find_server", "free_port", "serve", "server_command"]

#: The port ``serve`` listens on by default (Oxigraph's own default).
DEFAULT_PORT = 7878
_STARTUP = 20.0


def find_server() -> str:
    """The ``oxigraph`` program: beside this Python's scripts first, then on ``PATH``.

    Raises:
        ServerError: it is not installed.
    """
    candidates = [Path(sysconfig.get_path("scripts")), Path(sys.executable).parent]
    candidates.append(Path(sysconfig.get_path("scripts", vars={"base": sys.base_prefix})))
    for folder in candidates:
        program = folder / "oxigraph"
        if program.is_file():
            return str(program)
    found = shutil.which("oxigraph")
    if found is None:
        raise ServerError(
            "the Oxigraph server is not installed; install it with `pip install oxigraph`"
        )
    return found


def free_port(host: str = "127.0.0.1") -> int:
    """A port on ``host`` that nothing listens on now."""
    with socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET) as sock:
        sock.bind((host, 0))
        port: int = sock.getsockname()[1]
        return port


def _check_port(host: str, port: int) -> None:
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    with socket.socket(family) as sock:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            sock.bind((host, port))
        except OSError as exc:
            if exc.errno == errno.EADDRINUSE:
                raise ServerError(_busy(host, port)) from None
            raise ServerError(f"cannot listen on {host}:{port} ({exc.strerror or exc})") from None


def _busy(host: str, port: int) -> str:
    return f"port {port} on {host} is in use; choose another with --port"


def server_command(
    server: str, folder: Path, host: str, port: int, *, timeout: float, cors: bool
) -> list[str]:
    """The command line that serves ``folder`` read-only on ``host:port``."""
    bind = f"[{host}]:{port}" if ":" in host else f"{host}:{port}"
    command = [server, "serve-read-only", "--location", str(folder), "--bind", bind]
    if timeout:
        command += ["--timeout-s", f"{max(1, round(timeout))}"]
    if cors:
        command.append("--cors")
    return command


def _listening(host: str, port: int) -> bool:
    with contextlib.suppress(OSError), socket.create_connection((host, port), timeout=0.5):
        return True
    return False


@contextlib.contextmanager
def _stop_on_sigterm() -> Iterator[None]:
    """Turn SIGTERM into SystemExit while serving, so the server is stopped with us."""

    def stop(signum: int, frame: FrameType | None) -> None:
        raise SystemExit(0)

    previous = signal.signal(signal.SIGTERM, stop)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


def serve(
    location: str,
    *,
    host: str = "127.0.0.1",
    port: int = DEFAULT_PORT,
    timeout: float = 30.0,
    cors: bool = False,
    on_ready: Callable[[str], None] | None = None,
) -> int:
    """Serve the store in ``location`` until interrupted; returns the server's exit code.

    Args:
        location: the store folder.
        host: the address to listen on (``127.0.0.1``: this machine only).
        port: the port; ``0`` picks a free one.
        timeout: seconds a query may run (``0``: no limit).
        cors: allow cross-origin requests (a YASGUI page served elsewhere).
        on_ready: called with the endpoint's URL once the server answers.

    Raises:
        StoreError: not a store folder, or a build is writing it.
        ServerError: no server program, the port is in use, or the server stopped at once.
    """
    if is_url(location):
        raise StoreError(
            f"{location} is a server already; `diplograph serve` serves a store folder"
        )
    folder = Path(location)
    server = find_server()
    port = port or free_port(host)
    with LocalStore.read_lock(folder):
        _check_port(host, port)
        command = server_command(server, folder, host, port, timeout=timeout, cors=cors)
        log = tempfile.TemporaryFile()  # the server's messages, read if it stops at once
        process = subprocess.Popen(
            command, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=log
        )
        try:
            with _stop_on_sigterm():
                _wait_until_listening(process, log, host, port)
                shown = f"[{host}]" if ":" in host else host
                if on_ready is not None:
                    on_ready(f"http://{shown}:{port}/query")
                return process.wait()
        except KeyboardInterrupt:
            return 0
        finally:
            if process.poll() is None:
                process.terminate()
                try:
                    process.wait(5)
                except subprocess.TimeoutExpired:
                    process.kill()
                    process.wait()
            log.close()


def _wait_until_listening(
    process: subprocess.Popen[bytes], log: IO[bytes], host: str, port: int
) -> None:
    deadline = time.monotonic() + _STARTUP
    while time.monotonic() < deadline:
        if process.poll() is not None:
            log.seek(0)
            message = " ".join(log.read().decode("utf-8", "replace").split())
            if "in use" in message.lower():
                raise ServerError(_busy(host, port))
            raise ServerError(f"the Oxigraph server stopped at once: {message[:300]}")
        if _listening(host, port):
            return
        time.sleep(0.05)
    raise ServerError(f"the Oxigraph server did not start listening on {host}:{port}")
