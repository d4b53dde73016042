"""The extractor's version: a hash of the package's code and lexicons.

A document built by one version and read back by another may differ, so the
store records, on every document node, the version that built it
(``dg:extractorVersion``); a build re-extracts every document whose version is
not its own.
"""

from __future__ import annotations

import hashlib
from functools import cache
from pathlib import Path

__all__ = ["extractor_version"]

_PACKAGE = Path(__file__).resolve().parent.parent


def _sources(root: Path) -> list[Path]:
    code = [p for p in root.rglob("*.py") if "__pycache__" not in p.parts]
    data = [p for p in (root / "data").iterdir() if p.is_file()]
    return sorted(set(code) | set(data))


@cache
def _digest(root: Path) -> str:
    h = hashlib.sha256()
    for path in _sources(root):
        h.update(path.relative_to(root).as_posix().encode("utf-8") + b"\0")
        h.update(hashlib.sha256(path.read_bytes()).digest())
    return h.hexdigest()


def extractor_version(ner_model: str | None = None) -> str:
    """A short hash of ``graph/**/*.py`` and ``graph/data/*`` (and the NER model's name).

    Two builds with the same version give the same triples for the same text.

    >>> len(extractor_version())
    16
    >>> extractor_version() != extractor_version("en_core_web_sm")
    True
    """
    h = hashlib.sha256(_digest(_PACKAGE).encode("ascii"))
    if ner_model:
        h.update(b"\0ner\0" + ner_model.encode("utf-8"))
    return h.hexdigest()[:16]
