"""The extractor's version: a hash of the code and lexicons that shape a document's triples.

A document built by one version and read back by another may differ, so the
store records, on every document node, the version that built it
(``dg:extractorVersion``); a build re-extracts every document whose version is
not its own. Only what decides the stored triples counts: the extractor and its
data, the readers of document formats, the graph builder and the corpus-level
step before the store (:data:`SHAPING`). A change to the page, the queries, the
views or the store's plumbing leaves a store of 10,000 documents as it is.
"""

from __future__ import annotations

import hashlib
from functools import cache
from pathlib import Path

__all__ = ["SHAPING", "extractor_version"]

_PACKAGE = Path(__file__).resolve().parent.parent


#: The package's files and folders whose content decides a document's stored triples.
SHAPING = (
    "extract",
    "data",
    "assign.py",
    "build.py",
    "documents.py",
    "formats.py",
    "labels.py",
    "lexicon.py",
    "merge.py",
    "namespace.py",
    "pipeline.py",
    "store/version.py",
)


def _sources(root: Path) -> list[Path]:
    found: set[Path] = set()
    for name in SHAPING:
        path = root / name
        files = path.rglob("*") if path.is_dir() else [path]
        found |= {p for p in files if p.is_file() and "__pycache__" not in p.parts}
    return sorted(found)


@cache
def _digest(root: Path) -> str:
    h = hashlib.sha256()
    for path in _sources(root):
        h.update(path.relative_to(root).as_posix().encode("utf-8") + b"\0")
        h.update(hashlib.sha256(path.read_bytes()).digest())
    return h.hexdigest()


def extractor_version(ner_model: str | None = None) -> str:
    """A short hash of the files in :data:`SHAPING` (and the NER model's name).

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
