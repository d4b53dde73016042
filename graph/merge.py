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

from bisect import bisect_left, insort
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date as Date
from itertools import chain

from .extract.repeats import content_words

__all__ = [
    "Joined",
    "ProposalIndex",
    "Report",
    "WINDOW_DAYS",
    "day_number",
    "may_join",
    "name_words",
    "position_words",
]

#: Reports further apart than this (both dated) are different proposals.
WINDOW_DAYS = 120
#: The index files clusters by periods of this many days: the days within
#: :data:`WINDOW_DAYS` of a report's fall in two periods at most.
_PERIOD_DAYS = 2 * WINDOW_DAYS
#: Share of the shorter label's content words the longer must hold.
_OVERLAP = 0.6
#: A cluster of more distinct wordings than this keeps them indexed by word.
_COMPARED = 8
#: A pair with more clusters than this files them by period.
_FILED = 24


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
    #: The content words of its reports, each with where its pairs entered the index.
    entered: dict[str, Entry] = field(default_factory=dict)
    concerns: set[str] = field(default_factory=set)
    dates: list[str] = field(default_factory=list)
    #: The dates as day numbers (``date.toordinal``), each with its place in ``dates``, sorted.
    days: list[tuple[int, int]] = field(default_factory=list)
    #: The place in ``dates`` of the first that is no date (``None``: there is none).
    unreadable: int | None = None
    docs: set[str] = field(default_factory=set)
    #: How many reports it holds.
    size: int = 0
    #: The distinct sets of content words of its reports, in the order they first joined,
    #: and for each word the places in that list of the sets that hold it: a report is
    #: compared with the sets that share a word with it only (a report that repeats an
    #: earlier one's words adds nothing to compare).
    distinct: list[frozenset[str]] = field(default_factory=list)
    holding: dict[str, list[int]] = field(default_factory=dict)

    def periods(self) -> Sequence[int | None]:
        """The periods (of :data:`_PERIOD_DAYS`) its dates span (``None``: it has none)."""
        return _periods(self.days[0][0], self.days[-1][0]) if self.days else [None]

    def closest(self, day: int) -> int:
        """How many days ``day`` is from the closest of its dates (it has some)."""
        at = bisect_left(self.days, (day, -1))
        return min(abs(day - d) for d, _ in self.days[max(at - 1, 0) : at + 1])

    def nearest(self, date: str) -> str | None:
        """The first of its dates (in the order they joined) closest to ``date``, where no
        date (``date`` or one of its) is as close as can be; ``None``: it has none."""
        if not self.dates:
            return None
        day = day_number(date)
        if day is None:
            return self.dates[0]
        # (days apart, place): the first of its dates that is none, and the first of the
        # closest day before ``date`` and of the closest day from it on.
        found = [] if self.unreadable is None else [(0, self.unreadable)]
        at = bisect_left(self.days, (day, -1))
        for d, _ in self.days[max(at - 1, 0) : at + 1]:
            found.append((abs(day - d), self.days[bisect_left(self.days, (d, -1))][1]))
        return self.dates[min(found)[1]]

    def overlap(self, words: frozenset[str]) -> tuple[float, frozenset[str]]:
        """The best share of content words ``words`` has in common with one of its reports
        (of the fewer words of the two) and those words: the first report to reach it,
        nothing (``0.0``) where none shares a word."""
        common: dict[int, int] = {}
        if not self.holding:
            for at, member in enumerate(self.distinct):
                if shared := len(words & member):
                    common[at] = shared
        for word in words if self.holding else ():
            for at in self.holding.get(word, ()):
                common[at] = common.get(at, 0) + 1
        best, overlap = -1, 0.0
        for at in sorted(common):
            share = common[at] / min(len(words), len(self.distinct[at]))
            if share > overlap:
                best, overlap = at, share
        return overlap, (words & self.distinct[best] if best >= 0 else frozenset())


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


class ProposalIndex:
    """Clusters of reports, built one report at a time.

    Args:
        sides: ``(person, state)`` pairs: the person speaks for the state (a minister and
            their state), so that "Lavrov proposed" and "Russia proposed" meet.
    """

    def __init__(self, sides: Iterable[tuple[str, str]] = ()) -> None:
        self._by_id: dict[str, _Cluster] = {}
        # Clusters by a proposer of their first report, then a content word of any report:
        # a report is compared only with the clusters it shares both with, in the order
        # the pair entered the index (the rank of the report that brought it). The clusters
        # of a pair that has many are filed by the periods their dates span (see _Filed),
        # so that a dated report looks only at those dated near it.
        self._by_pair: dict[str, dict[str, _Filed]] = {}
        self._added = 0
        self._entries = 0
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

    def retire(self, before: int) -> list[str]:
        """Forget the clusters whose every report is dated before day ``before``: a
        build that adds reports in the order of their dates, every one dated, calls this
        with the day of the report it adds less :data:`WINDOW_DAYS`, since no report it
        adds from then on can fit them (:func:`_fit` compares dated reports within the
        window only); the index then holds the clusters of a window of days, not of the
        whole corpus. Returns the ids of those it forgot.

        >>> index = ProposalIndex()
        >>> russia = frozenset({"state-russia"})
        >>> report = Report("doc-a", "1", russia, "demand", "no NATO expansion", date="2021-01-05")
        >>> _ = index.add(report)
        >>> index.retire(day_number("2021-06-01")), index.retire(day_number("2021-06-01"))
        (['doc-a#1'], [])
        """
        old = {c for c in self._by_id.values() if c.days and c.days[-1][0] < before}
        if not old:
            return []
        self._by_id = {k: c for k, c in self._by_id.items() if c not in old}
        for key in list(self._by_pair):
            by_word = self._by_pair[key]
            for word, filed in list(by_word.items()):
                kept = _without(filed, old)
                if kept:
                    by_word[word] = kept
                else:
                    del by_word[word]
            if not by_word:
                del self._by_pair[key]
        return sorted(c.id for c in old)

    def add(self, report: Report) -> Joined:
        """Put ``report`` in the cluster it fits best, or in a new one."""
        side = self._side(report.proposers)
        words = report.words
        day = day_number(report.date)
        best: tuple[float, _Cluster, frozenset[str], frozenset[str]] | None = None
        for cluster in self._candidates(side, words, day):
            scored = _fit(cluster, report, words, day)
            if scored is not None and (best is None or scored[0] > best[0]):
                best = (scored[0], cluster, *scored[1:])
        self._added += 1
        rank: Rank = (1, (f"{self._added:012d}",))  # after every report an earlier build stored
        if best is None:
            cluster = _Cluster(f"{report.doc}#{report.key}", report.kind)
            self._by_id[cluster.id] = cluster
            self._join(cluster, report, words, side, rank)
            return Joined(cluster.id)
        _, cluster, shared, concerns = best
        joined = _joined(cluster, report, side, shared, concerns)
        self._join(cluster, report, words, side, rank)
        return joined

    def _candidates(
        self, side: set[str], words: frozenset[str], day: int | None
    ) -> Iterator[_Cluster]:
        """The clusters a report of ``side`` with ``words`` on ``day`` may fit, each once, in
        the order of their first pair with it (by proposer, then word), each pair's
        clusters in the order the pair entered the index; those dated too far from ``day``
        are left out (they cannot fit)."""
        near = None if day is None else (None, *_periods(day - WINDOW_DAYS, day + WINDOW_DAYS))
        in_order = sorted(words)
        seen: set[int] = set()
        for key in sorted(side):
            by_word = self._by_pair.get(key)
            if by_word is None:
                continue
            for word in in_order:
                filed = by_word.get(word)
                if filed is None:
                    continue
                if isinstance(filed, list):
                    lists = [filed]
                elif near is None:
                    lists = list(filed.values())
                else:
                    lists = [entries for at in near if (entries := filed.get(at))]
                if len(lists) > 1:
                    lists = [sorted(chain.from_iterable(lists), key=_entry)]
                for _, cluster in chain.from_iterable(lists):
                    if id(cluster) not in seen:
                        seen.add(id(cluster))
                        yield cluster

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
        if rank is None:
            self._added += 1
            rank = (f"{self._added:012d}",)
        self._join(cluster, report, report.words, side, (0, rank))

    def _join(
        self, cluster: _Cluster, report: Report, words: frozenset[str], side: set[str], rank: Rank
    ) -> None:
        before = cluster.periods()
        new_words = {word for word in words if word not in cluster.entered}
        for word in new_words:
            self._entries += 1  # pairs that enter at one rank keep the order they entered
            cluster.entered[word] = (rank, self._entries)
        _grow(cluster, report, words, side)
        now = cluster.periods()
        # New words are filed in every period the cluster spans; the others, in the
        # periods its new date adds (where it was filed before stays: it is compared there
        # too, to no effect).
        filing = [(word, now) for word in new_words]
        if now != before:
            added = [at for at in now if at not in before]
            filing += [(word, added) for word in cluster.entered if word not in new_words]
        entries = [(word, (cluster.entered[word], cluster), periods) for word, periods in filing]
        for key in cluster.proposers:
            by_word = self._by_pair.setdefault(key, {})
            for word, entry, periods in entries:
                filed = by_word.get(word)
                if filed is None:
                    by_word[word] = [entry]
                elif not isinstance(filed, list):
                    for at in periods:
                        insort(filed.setdefault(at, []), entry, key=_entry)
                elif word in new_words:  # (a list holds the cluster already otherwise)
                    insort(filed, entry, key=_entry)
                    if len(filed) > _FILED:
                        by_word[word] = _by_period(filed)


#: Where a pair entered the index: (0, a stored report's rank) or (1, the order of addition).
Rank = tuple[int, tuple[str, ...]]
#: The rank of the pair's report, then the order in which pairs entered.
Entry = tuple[Rank, int]


#: One pair's clusters, in the order the pair entered the index: a list, or where they are
#: more than :data:`_FILED`, lists by period (``None``: the clusters with no date).
_Filed = list[tuple[Entry, _Cluster]] | dict[int | None, list[tuple[Entry, _Cluster]]]


def _entry(filed: tuple[Entry, _Cluster]) -> Entry:
    return filed[0]


def _by_period(filed: list[tuple[Entry, _Cluster]]) -> _Filed:
    """``filed`` by the periods each cluster's dates span, each period's in order."""
    periods: dict[int | None, list[tuple[Entry, _Cluster]]] = {}
    for entry in filed:
        for at in entry[1].periods():
            periods.setdefault(at, []).append(entry)
    return periods


def _without(filed: _Filed, old: set[_Cluster]) -> _Filed | None:
    """``filed`` without the clusters in ``old`` (``None``: nothing left)."""
    if isinstance(filed, list):
        return [entry for entry in filed if entry[1] not in old] or None
    periods = {}
    for at, entries in filed.items():
        if kept := [entry for entry in entries if entry[1] not in old]:
            periods[at] = kept
    return periods or None


def _periods(first: int, last: int) -> range:
    """The periods of :data:`_PERIOD_DAYS` that days ``first`` to ``last`` fall in."""
    return range(first // _PERIOD_DAYS, last // _PERIOD_DAYS + 1)


def _grow(cluster: _Cluster, report: Report, words: frozenset[str], side: set[str]) -> None:
    # The proposers are the first report's: a report that shares a proposer only with a
    # later one does not join (otherwise clusters snowball through chains of reports, each
    # adding proposers, until one proposal has dozens).
    if not cluster.size:
        cluster.proposers |= side
    cluster.size += 1
    if words not in cluster.distinct:
        cluster.distinct.append(words)
        if len(cluster.distinct) > _COMPARED:
            fresh = len(cluster.distinct) - 1 if cluster.holding else 0
            for at, member in enumerate(cluster.distinct[fresh:], fresh):
                for word in member:
                    cluster.holding.setdefault(word, []).append(at)
    cluster.concerns |= report.concerns
    cluster.docs.add(report.doc)
    if report.date:
        day = day_number(report.date)
        if day is not None:
            insort(cluster.days, (day, len(cluster.dates)))
        elif cluster.unreadable is None:
            cluster.unreadable = len(cluster.dates)
        cluster.dates.append(report.date)


def _fit(
    cluster: _Cluster, report: Report, words: frozenset[str], day: int | None
) -> tuple[float, frozenset[str], frozenset[str]] | None:
    """How well a report (dated ``day``) fits a cluster (``None``: not at all), and the
    words and the concerns they share."""
    if cluster.kind != report.kind or not words or report.doc in cluster.docs:
        return None  # two proposals of one document were kept apart by its own reading
    if day is not None and cluster.days:
        if day - cluster.days[-1][0] > WINDOW_DAYS or cluster.days[0][0] - day > WINDOW_DAYS:
            return None  # (the usual case, decided without looking at every date)
        if cluster.closest(day) > WINDOW_DAYS:
            return None
    # Content is compared with each report of the cluster, not with all their words
    # together, which would let any report that shares a few words join a large cluster.
    overlap, shared = cluster.overlap(words)
    if not shared:
        return None
    concerns = report.concerns & cluster.concerns
    if report.concerns and cluster.concerns and not concerns:
        return None  # "in Europe" and "in Asia": the same words about different things
    if overlap < _OVERLAP and not (concerns and len(shared) >= 2):
        return None
    return overlap + 0.1 * len(concerns), shared, concerns


def _joined(
    cluster: _Cluster,
    report: Report,
    side: set[str],
    shared: frozenset[str],
    concerns: frozenset[str],
) -> Joined:
    """What agreed when ``report`` joined ``cluster`` (before it joins)."""
    near = cluster.nearest(report.date) if report.date else None
    return Joined(
        cluster.id,
        report.kind,
        tuple(sorted(side & cluster.proposers)),
        tuple(sorted(shared)),
        tuple(sorted(concerns)),
        (report.date, near) if report.date and near else None,
    )


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


def position_words(
    label: str, names: Iterable[str] = (), *, named: frozenset[str] | None = None
) -> frozenset[str]:
    """The words that name a position, without the names of who holds it: "the EU's single
    market rules" and "the single market rules" are one position. ``named`` gives the
    names' words already gathered (:func:`name_words`), for a document of many positions.

    >>> sorted(position_words("the EU's single market rules", ["EU"]))
    ['market', 'rule', 'single']
    """
    drop = name_words(names) if named is None else named
    return frozenset(content_words(label) - drop)


def name_words(names: Iterable[str]) -> frozenset[str]:
    """The content words of actors' names, which a position's words leave out.

    >>> sorted(name_words(["European Union", "NATO"]))
    ['european', 'nato', 'union']
    """
    return frozenset(w for name in names for w in content_words(name))
