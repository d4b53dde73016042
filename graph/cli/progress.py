"""A progress bar for ``diplograph build``, on a terminal only.

The bar counts the build's steps: one per document extracted, then writing the
Turtle, then rendering the page and the views. It names the step under way and
how long it has been running, refreshed every second, so one large document
shows that it is being read (the extractor reports nothing inside a document).
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Protocol, TextIO

import click

__all__ = ["StepBar", "step_bar"]

#: Seconds between redraws of the step's running time.
_TICK = 1.0


class _Bar(Protocol):
    """What is used of click's progress bar."""

    def update(self, n_steps: int) -> None: ...

    def render_progress(self) -> None: ...


class StepBar:
    """The steps of a build as a bar; see :func:`step_bar`."""

    def __init__(self, bar: _Bar | None) -> None:
        self._bar = bar
        self._lock = threading.Lock()
        self._step = ""
        self._since = time.monotonic()

    def show(self) -> str:
        """What the bar says after itself: the step and its running time."""
        seconds = int(time.monotonic() - self._since)
        return f"{self._step} ({seconds} s)" if seconds else self._step

    def start(self, step: str) -> None:
        """Name the step now under way."""
        with self._lock:
            self._step, self._since = step, time.monotonic()
            if self._bar is not None:
                self._bar.render_progress()

    def done(self, next_step: str = "") -> None:
        """Count one step as done and name the next one (none: the last is done)."""
        with self._lock:
            self._step, self._since = next_step, time.monotonic()
            if self._bar is not None:
                self._bar.update(1)

    def tick(self) -> None:
        """Redraw the bar, so the running time moves."""
        with self._lock:
            if self._bar is not None:
                self._bar.render_progress()


@contextmanager
def step_bar(steps: int, *, enabled: bool, file: TextIO) -> Iterator[StepBar]:
    """A bar of ``steps`` steps on ``file`` while the block runs (silent unless ``enabled``)."""
    if not enabled:
        yield StepBar(None)
        return
    holder: list[StepBar] = []

    def describe(_item: str | None) -> str | None:
        return holder[0].show() if holder else None

    bar: _Bar
    with click.progressbar(
        length=steps, label="Building", file=file, show_pos=True, item_show_func=describe
    ) as bar:
        progress = StepBar(bar)
        holder.append(progress)
        stop = threading.Event()

        def tick_until_stopped() -> None:
            while not stop.wait(_TICK):
                progress.tick()

        ticker = threading.Thread(target=tick_until_stopped, daemon=True, name="diplograph-bar")
        ticker.start()
        try:
            yield progress
        finally:
            stop.set()
            ticker.join()
