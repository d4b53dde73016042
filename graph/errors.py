"""The library's exceptions: each says what was wrong and what to do."""

from __future__ import annotations

__all__ = [
    "DiplographError",
    "DocumentError",
    "GraphFileError",
    "InputPathError",
    "NoDocumentsError",
    "QueryError",
    "SchedulerError",
    "ServerError",
    "StoreError",
    "UnknownComponentError",
    "WorkerError",
]


class DiplographError(Exception):
    """Base class: the CLI prints ``Error: <message>`` and exits non-zero."""


class InputPathError(DiplographError):
    """A path given on the command line does not exist or cannot be read."""


class NoDocumentsError(DiplographError):
    """The inputs hold no ``.txt``, ``.md`` or ``.html`` document."""


class DocumentError(DiplographError):
    """One document could not be read or decoded."""


class GraphFileError(DiplographError):
    """A graph file is missing or is not valid Turtle."""


class QueryError(DiplographError):
    """A SPARQL query is invalid or not allowed."""


class UnknownComponentError(DiplographError):
    """A named pluggable part (preset, view, NER model) does not exist."""


class StoreError(DiplographError):
    """A store is missing, locked by another build, of another format, or does not answer."""


class ServerError(DiplographError):
    """The SPARQL endpoint could not start (a busy port, no server program)."""


class SchedulerError(DiplographError):
    """A Dask scheduler does not answer, or its workers cannot run the extractor."""


class WorkerError(DiplographError):
    """A worker process of this machine stopped before it answered (killed, out of memory)."""
