"""One proposal, many reports: which reports of different documents state the same proposal.

Eight stories on the same offer are one offer. Two reports are joined when every general
signal agrees (never a corpus's wording):

- the same kind (an offer with an offer, a demand with a demand);
- a proposer in common (a person and the state they speak for count as the same side);
- the same content: most of the content words of the shorter label are in the longer one,
  or they share some words and the entities they concern; where both name the places,
  treaties or weapons they concern, at least one in common ("limit deployments in Europe"
  and "limit deployments in Asia" are two proposals);
- dates close together (within :data:`WINDOW_DAYS`) where both documents are dated.

Reports are taken in a fixed order (by date, then document, then position), each joining
the best cluster it fits or starting one, so the same input always gives the same
clusters. Every join keeps its reason, so a query can show why two reports are one node.

>>> index = ProposalIndex()
>>> russia = frozenset({"state-russia"})
>>> a = Report("doc-a", "1", russia, "demand", "no NATO expansion eastward", date="2021-12-17")
>>> b = Report("doc-b", "4", russia, "demand", "halt NATO's eastward expansion", date="2021-12-18")
>>> index.add(a).cluster == index.add(b).cluster
True
"""

from __future__ import annotations

from bisect import insort
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date as Date

from .extract.repeats import content_words

__all__ = [
    "Joined",
    "ProposalIndex",
    "Report",
    "WINDOW_DAYS",
    "day_number",
    "may_join",
    "position_words",
]

#: Reports further apart than this (both dated) are different proposals.
WINDOW_DAYS = 120
#: Share of the shorter label's content words the longer must hold.
_OVERLAP = 0.6


@dataclass(frozen=True)
class Report:
    """One proposal as one document reports it."""

    doc: str
    key: str
    proposers: frozenset[str]
    kind: str
    label: str
    concerns: frozenset[str] = frozenset()
    date: str | None = None

    @property
    def words(self) -> frozenset[str]:
        return content_words(self.label)


@dataclass(frozen=True)
class Joined:
    """Where a report went: its cluster (the id of the cluster's first report) and, when it
    joined an existing one, the signals that agreed.

    Attributes:
        cluster: the cluster's id.
        common: the proposers the report and the cluster share (sides included).
        shared: the content words they share.
        concerns: the entities both concern.
        dates: the report's date and the cluster's closest, where both are dated.
    """

    cluster: str
    kind: str = ""
    common: tuple[str, ...] = ()
    shared: tuple[str, ...] = ()
    concerns: tuple[str, ...] = ()
    dates: tuple[str, str] | None = None

    @property
    def joined(self) -> bool:
        """Whether the report joined an earlier one (rather than starting its cluster)."""
        return bool(self.shared)

    def reason(self, name: Callable[[str], str] = str) -> str | None:
        """Why the report joined its cluster, in words (``None``: it started it); ``name``
        turns an actor's key into what the text shows."""
        if not self.joined:
            return None
        parts = [
            f"same kind ({self.kind})",
            f"proposer in common ({', '.join(sorted(map(name, self.common)))})",
            f"shared words ({', '.join(self.shared)})",
        ]
        if self.concerns:
            parts.append(f"concerning {', '.join(sorted(map(name, self.concerns)))}")
        if self.dates:
            parts.append(f"dated {self.dates[0]} near {self.dates[1]}")
        return "; ".join(parts)


@dataclass(eq=False)
class _Cluster:
    id: str
    kind: str
    proposers: set[str] = field(default_factory=set)
    words: set[str] = field(default_factory=set)
    concerns: set[str] = field(default_factory=set)
    dates: list[str] = field(default_factory=list)
    #: The reports' dates as day numbers (``date.toordinal``), their first and last.
    days: list[int] = field(default_factory=list)
    first: int = 0
    last: int = 0
    docs: set[str] = field(default_factory=set)
    #: The content words of each report in the cluster, in the order they joined.
    members: list[frozenset[str]] = field(default_factory=list)


def day_number(text: str | None) -> int | None:
    """A ``YYYY-MM-DD`` date as a day number (:meth:`datetime.date.toordinal`); ``None``
    for none or another text.

    >>> day_number("2021-12-18") - day_number("2021-12-17")
    1
    """
    try:
        return Date.fromisoformat(text).toordinal() if text else None
    except ValueError:
        return None


def _days(a: str, b: str) -> int | None:
    try:
        return abs((Date.fromisoformat(a) - Date.fromisoformat(b)).days)
    except ValueError:
        return None


class ProposalIndex:
    """Clusters of reports, built one report at a time.

    Args:
        sides: ``(person, state)`` pairs: the person speaks for the state (a minister and
            their state), so that "Lavrov proposed" and "Russia proposed" meet.
    """

    def __init__(self, sides: Iterable[tuple[str, str]] = ()) -> None:
        self._clusters: list[_Cluster] = []
        self._by_id: dict[str, _Cluster] = {}
        # Clusters by (a proposer of their first report, a content word of any report):
        # a report is compared only with the clusters it shares both with, in the order
        # the pair entered the index (the rank of the report that brought it).
        self._by_pair: dict[tuple[str, str], list[tuple[Rank, _Cluster]]] = {}
        self._added = 0
        self._states_of: dict[str, set[str]] = {}
        self._persons_of: dict[str, set[str]] = {}
        for person, state in sides:
            self.add_side(person, state)

    def add_side(self, person: str, state: str) -> None:
        """Record that ``person`` speaks for ``state`` (for the reports added from now on)."""
        self._states_of.setdefault(person, set()).add(state)
        self._persons_of.setdefault(state, set()).add(person)

    def neighbours(self, keys: Iterable[str]) -> set[str]:
        """``keys`` with every state a person among them has spoken for and every person who
        has spoken for a state among them: all a cluster's proposers can come from."""
        out = set(keys)
        for k in list(out):
            out |= self._states_of.get(k, set()) | self._persons_of.get(k, set())
        return out

    def side(self, keys: Iterable[str]) -> set[str]:
        """``keys`` with the sides they stand for (a person and the one state they speak for)."""
        return self._side(keys)

    def _side(self, keys: Iterable[str]) -> set[str]:
        # A person who has spoken for two states speaks for neither here: one hop through
        # such a person would link every report of both states.
        states_of = self._states_of
        out = set(keys)
        for k in list(out):
            if len(states_of.get(k, ())) == 1:
                out |= states_of[k]
            out |= {p for p in self._persons_of.get(k, ()) if len(states_of[p]) == 1}
        return out

    def add(self, report: Report) -> Joined:
        """Put ``report`` in the cluster it fits best, or in a new one."""
        side = self._side(report.proposers)
        words = report.words
        best: tuple[float, _Cluster, Joined] | None = None
        seen: set[int] = set()
        for pair in sorted((k, w) for k in side for w in words):
            for _, cluster in self._by_pair.get(pair, ()):
                if id(cluster) in seen:
                    continue
                seen.add(id(cluster))
                scored = _fit(cluster, report, words, side)
                if scored is not None and (best is None or scored[0] > best[0]):
                    best = (scored[0], cluster, scored[1])
        self._added += 1
        rank: Rank = (1, (f"{self._added:012d}",))  # after every report an earlier build stored
        if best is None:
            cluster = _Cluster(f"{report.doc}#{report.key}", report.kind)
            self._by_id[cluster.id] = cluster
            self._clusters.append(cluster)
            self._join(cluster, report, words, side, rank)
            return Joined(cluster.id)
        _, cluster, joined = best
        self._join(cluster, report, words, side, rank)
        return joined

    def add_to(
        self,
        report: Report,
        cluster_id: str,
        *,
        rank: tuple[str, ...] | None = None,
        side: set[str] | None = None,
    ) -> None:
        """Put ``report`` in the cluster ``cluster_id`` (made if new), as an earlier build
        decided: how a store's reports come back into the index.

        Args:
            rank: the report's place among all stored reports (any sortable strings); the
                index then answers as if every stored report had been put in by rank, also
                when they come back a few clusters at a time. Default: after those before.
            side: its proposers' sides as the store knew them (default: as this index does).
        """
        side = self._side(report.proposers) if side is None else side
        cluster = self._by_id.get(cluster_id)
        if cluster is None:
            cluster = self._by_id[cluster_id] = _Cluster(cluster_id, report.kind)
            self._clusters.append(cluster)
        if rank is None:
            self._added += 1
            rank = (f"{self._added:012d}",)
        self._join(cluster, report, report.words, side, (0, rank))

    def _join(
        self, cluster: _Cluster, report: Report, words: frozenset[str], side: set[str], rank: Rank
    ) -> None:
        new_words = words - cluster.words
        _grow(cluster, report, words, side)
        for key in cluster.proposers:
            for word in new_words:
                insort(self._by_pair.setdefault((key, word), []), (rank, cluster), key=_rank)


#: Where a pair entered the index: (0, a stored report's rank) or (1, the order of addition).
Rank = tuple[int, tuple[str, ...]]


def _rank(entry: tuple[Rank, _Cluster]) -> Rank:
    return entry[0]


def _grow(cluster: _Cluster, report: Report, words: frozenset[str], side: set[str]) -> None:
    # The proposers are the first report's: a report that shares a proposer only with a
    # later one does not join (otherwise clusters snowball through chains of reports, each
    # adding proposers, until one proposal has dozens).
    if not cluster.members:
        cluster.proposers |= side
    cluster.members.append(words)
    cluster.words |= words
    cluster.concerns |= report.concerns
    cluster.docs.add(report.doc)
    if report.date:
        cluster.dates.append(report.date)
        day = day_number(report.date)
        if day is not None:
            cluster.first = min(cluster.first, day) if cluster.days else day
            cluster.last = max(cluster.last, day) if cluster.days else day
            cluster.days.append(day)


def _fit(
    cluster: _Cluster, report: Report, words: frozenset[str], side: set[str]
) -> tuple[float, Joined] | None:
    """How well a report fits a cluster (``None``: not at all), and what agreed."""
    if cluster.kind != report.kind or not words or report.doc in cluster.docs:
        return None  # two proposals of one document were kept apart by its own reading
    day = day_number(report.date)
    if day is not None and cluster.days:
        if day - cluster.last > WINDOW_DAYS or cluster.first - day > WINDOW_DAYS:
            return None  # (the usual case, decided without looking at every date)
        if min(abs(day - d) for d in cluster.days) > WINDOW_DAYS:
            return None
    # Content is compared with each report of the cluster, not with all their words
    # together, which would let any report that shares a few words join a large cluster.
    overlap, shared = 0.0, frozenset[str]()
    for member in cluster.members:
        common = words & member
        if common and len(common) / min(len(words), len(member)) > overlap:
            overlap, shared = len(common) / min(len(words), len(member)), common
    if not shared:
        return None
    concerns = report.concerns & cluster.concerns
    if report.concerns and cluster.concerns and not concerns:
        return None  # "in Europe" and "in Asia": the same words about different things
    if overlap < _OVERLAP and not (concerns and len(shared) >= 2):
        return None
    near = min(cluster.dates, key=lambda d: _days(report.date or d, d) or 0, default=None)
    joined = Joined(
        cluster.id,
        report.kind,
        tuple(sorted(side & cluster.proposers)),
        tuple(sorted(shared)),
        tuple(sorted(concerns)),
        (report.date, near) if report.date and near else None,
    )
    return overlap + 0.1 * len(concerns), joined


def may_join(reports: Iterable[Report]) -> Callable[[Sequence[Report]], bool]:
    """A test of whether one of ``reports`` could join a cluster (given its reports in the
    order they entered it): the same kind, words to compare, another document, a date
    near one of the cluster's where both are dated. Never false where
    :meth:`ProposalIndex.add` could join them, so a cluster it is false for need not be
    brought back for them.

    >>> russia = frozenset({"state-russia"})
    >>> a = Report("doc-a", "1", russia, "demand", "no NATO expansion", date="2021-01-05")
    >>> b = Report("doc-b", "4", russia, "demand", "halt NATO expansion", date="2021-12-18")
    >>> may_join([b])([a]), may_join([b, Report("doc-c", "2", russia, "demand", "NATO")])([a])
    (False, True)
    """
    joining = [(r.kind, r.doc, day_number(r.date)) for r in reports if r.words]

    def test(cluster: Sequence[Report]) -> bool:
        kind = cluster[0].kind
        docs = {r.doc for r in cluster}
        days = [d for d in (day_number(r.date) for r in cluster) if d is not None]
        return any(
            kind == k
            and doc not in docs
            and (day is None or not days or min(abs(day - d) for d in days) <= WINDOW_DAYS)
            for k, doc, day in joining
        )

    return test


def position_words(label: str, names: Iterable[str] = ()) -> frozenset[str]:
    """The words that name a position, without the names of who holds it: "the EU's single
    market rules" and "the single market rules" are one position.

    >>> sorted(position_words("the EU's single market rules", ["EU"]))
    ['market', 'rule', 'single']
    """
    drop = {w for name in names for w in content_words(name)}
    return frozenset(content_words(label) - drop)
