"""How the browser tests and the page benchmark start headless Chromium (Debian's).

Not used by the page itself: one place for the flags, so tests and benchmarks
measure the same browser the same way.
"""

from __future__ import annotations

import shutil
from typing import Any

__all__ = ["CHROMIUM_ARGS", "chromium_path", "launch"]

#: Headless, no sandbox (root in CI), nothing reaching out to the network on its own.
CHROMIUM_ARGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-sync",
)


def chromium_path() -> str | None:
    """Debian's ``chromium`` on PATH, or ``None``."""
    return shutil.which("chromium")


def launch(playwright: Any) -> Any:
    """A Chromium browser from a started ``sync_playwright()``, with :data:`CHROMIUM_ARGS`."""
    return playwright.chromium.launch(executable_path=chromium_path(), args=list(CHROMIUM_ARGS))
