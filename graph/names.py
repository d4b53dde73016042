"""Finding a node by a name a person types, and the closest names when none matches.

One index serves every place a user names a node: ``query --param holder=NATO``
and ``view --focus Russia``. Names compare as clean, case-folded text (see
:func:`graph.labels.clean_label`), so ``nato``, ``NATO`` and ``NATO`` with a
no-break space are one name; suggestions come best match first.

>>> index = NameIndex([("r", "Russia", ["Moscow"]), ("b", "Belarus", ["Minsk"])])
>>> index.find("moscow")
['r']
>>> [label for _key, label in index.closest("Rusia")]
['Russia', 'Belarus']
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable
from difflib import SequenceMatcher
from typing import Generic, TypeVar

from .labels import clean_label

__all__ = ["CUTOFF", "NameIndex", "name_key"]

K = TypeVar("K", bound=Hashable)

#: How alike (difflib's ratio, 0 to 1) a name must be to be suggested.
CUTOFF = 0.5
#: Names shorter than this are suggested only for text as short.
_SHORT = 4
#: Names longer than this are texts: they get no credit for containing what was typed.
_LONG = 40


def name_key(name: str) -> str:
    """The form names are compared in: clean text, case-folded.

    >>> name_key("  the\\u00a0Alliance ")
    'the alliance'
    """
    return clean_label(name).casefold()


class NameIndex(Generic[K]):
    """Nodes by every name they go by: a label and any number of other names.

    Args:
        entries: ``(key, label, other names)`` for each node; the key is what
            :meth:`find` returns (an IRI, a view's node id).
    """

    def __init__(self, entries: Iterable[tuple[K, str, Iterable[str]]]) -> None:
        self._labels: dict[K, str] = {}
        self._names: dict[K, set[str]] = {}
        self._by_name: dict[str, list[K]] = {}
        for key, label, others in entries:
            self._labels.setdefault(key, label)
            names = self._names.setdefault(key, set())
            for name in (label, *others):
                folded = name_key(name)
                if folded and folded not in names:
                    names.add(folded)
                    self._by_name.setdefault(folded, []).append(key)

    def label(self, key: K) -> str:
        """The label ``key`` was indexed with."""
        return self._labels[key]

    def find(self, name: str) -> list[K]:
        """Every node one of whose names is ``name`` (compared by :func:`name_key`)."""
        return list(self._by_name.get(name_key(name), ()))

    def closest(self, name: str, n: int = 5, *, margin: float = 1.0) -> list[tuple[K, str]]:
        """Up to ``n`` ``(key, label)`` pairs whose names are most like ``name``, best first.

        A node's score is the best over its names of difflib's similarity
        ratio; a name that begins with what was typed scores at least 0.95,
        one that contains it at least 0.85. Only scores within ``margin`` of the
        best are kept. Ties go by label.
        """
        wanted = name_key(name)
        if not wanted:
            return []
        scored = []
        for key, names in self._names.items():
            score = max(_likeness(wanted, other) for other in names)
            if score >= CUTOFF:
                scored.append((-score, self._labels[key], key))
        scored.sort(key=lambda item: (item[0], item[1]))
        best = -scored[0][0] if scored else 0.0
        return [(key, label) for score, label, key in scored[:n] if -score >= best - margin]


def _likeness(wanted: str, name: str) -> float:
    if len(name) < _SHORT and len(wanted) >= _SHORT:
        return 0.0  # "us" is no suggestion for "rusia": short names only match exactly
    ratio = SequenceMatcher(None, wanted, name).ratio()
    if len(name) > _LONG:
        return ratio  # a sentence (a fact's text) is not a name that "contains" a word
    if name.startswith(wanted):
        return max(ratio, 0.95)  # what was typed begins the name: nearly as good as all of it
    if wanted in name:
        return max(ratio, 0.85)
    return ratio
