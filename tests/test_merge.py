"""Cross-document merging of proposal reports, and its B-cubed score."""

from __future__ import annotations

import random
from bisect import insort
from datetime import date as Date
from datetime import timedelta

import pytest

from graph.evaluate import b_cubed
from graph.merge import WINDOW_DAYS, Joined, ProposalIndex, Report, day_number, position_words

RUSSIA = frozenset({"state-russia"})


def _r(doc: str, label: str, *, kind: str = "demand", who=RUSSIA, date: str | None = "2022-01-10"):
    return Report(doc, "k", frozenset(who), kind, label, date=date)


def test_merge_three_reports_of_one_demand_are_one_cluster() -> None:
    index = ProposalIndex()
    first = index.add(_r("a", "a halt to NATO expansion eastward"))
    second = index.add(_r("b", "NATO halt its eastward expansion", date="2022-01-12"))
    third = index.add(_r("c", "no further NATO expansion eastward", date="2022-01-20"))
    assert first.reason() is None
    assert first.cluster == second.cluster == third.cluster
    reason = second.reason()
    assert reason is not None and "expansion" in reason
    assert "state-russia" in reason and "dated 2022-01-12 near 2022-01-10" in reason
    assert "Russia" in (second.reason({"state-russia": "Russia"}.get) or "")


def test_merge_reports_from_a_store_keep_their_cluster() -> None:
    index = ProposalIndex()
    index.add_to(_r("a", "a halt to NATO expansion eastward"), "iri-1")
    index.add_to(_r("b", "no NATO bases near Russia's borders"), "iri-1")
    joined = index.add(_r("c", "no NATO bases near the borders", date="2022-01-11"))
    assert joined.cluster == "iri-1" and joined.joined


def test_merge_keeps_apart_what_differs() -> None:
    index = ProposalIndex()
    base = index.add(_r("a", "withdraw troops from the border areas"))
    assert index.add(_r("b", "reopen the Rafah crossing")).cluster != base.cluster
    assert (
        index.add(_r("c", "withdraw troops from the border areas", kind="offer")).cluster
        != base.cluster
    )
    far = _r("d", "withdraw troops from the border areas", date="2023-06-01")
    assert index.add(far).cluster != base.cluster
    other = _r("e", "withdraw troops from the border areas", who={"state-ukraine"})
    assert index.add(other).cluster != base.cluster


def test_merge_a_person_meets_the_state_they_speak_for() -> None:
    index = ProposalIndex([("person-lavrov", "state-russia")])
    a = index.add(_r("a", "legal guarantees against NATO enlargement", who={"person-lavrov"}))
    b = index.add(_r("b", "legally binding guarantees against NATO enlargement"))
    assert a.cluster == b.cluster


def test_merge_positions_ignore_who_holds_them() -> None:
    held = position_words("NATO's open door policy", ["NATO"])
    assert held == position_words("the open door policy") == {"open", "door", "policy"}


def test_merge_b_cubed() -> None:
    assert b_cubed(["x", "x", "y", "z"], ["1", "1", "2", "3"]) == (1.0, 1.0)
    precision, recall = b_cubed(["x", "x", "y"], ["1", "1", "1"])
    assert recall == 1.0 and round(precision, 3) == 0.556
    precision, recall = b_cubed(["x", "x", "x"], ["1", "2", "3"])
    assert precision == 1.0 and round(recall, 3) == 0.333


def test_merge_the_same_words_about_different_places_are_two_proposals() -> None:
    index = ProposalIndex()
    europe = Report(
        "a",
        "k",
        RUSSIA,
        "offer",
        "limit missile deployments in Europe",
        frozenset({"place-europe"}),
        "2022-01-10",
    )
    asia = Report(
        "b",
        "k",
        RUSSIA,
        "offer",
        "limit missile deployments in Asia",
        frozenset({"place-asia"}),
        "2022-01-11",
    )
    unsaid = Report("c", "k", RUSSIA, "offer", "limit missile deployments", date="2022-01-12")
    assert index.add(europe).cluster != index.add(asia).cluster
    assert index.add(unsaid).joined


def test_merge_clusters_do_not_snowball_through_chains_of_reports() -> None:
    # b shares a proposer with a, c shares one only with b: c is not a's proposal.
    index = ProposalIndex()
    a = index.add(_r("a", "talks on gas transit", who={"state-russia"}))
    b = index.add(_r("b", "talks on gas transit", who={"state-russia", "state-belarus"}))
    c = index.add(_r("c", "talks on gas transit", who={"state-belarus"}))
    assert a.cluster == b.cluster and c.cluster != a.cluster
    # Nor through words: c' shares "transit" with a member, but not enough of any one report.
    d = index.add(_r("d", "a ban on transit fees and new pipeline tariffs"))
    assert d.cluster != a.cluster


def test_merge_a_person_who_spoke_for_two_states_links_neither() -> None:
    index = ProposalIndex([("person-x", "state-a"), ("person-x", "state-b")])
    first = index.add(_r("a", "a prisoner exchange", who={"state-a"}))
    assert index.add(_r("b", "a prisoner exchange", who={"state-b"})).cluster != first.cluster
    index.add_side("person-y", "state-c")
    third = index.add(_r("c", "reopen the port", who={"state-c"}))
    assert index.add(_r("d", "reopen the port", who={"person-y"})).cluster == third.cluster


def test_merge_stored_clusters_read_back_a_few_at_a_time_answer_as_all_at_once() -> None:
    """Two stored clusters tie for a new report: the one whose words entered the index first
    wins, whichever cluster the store gave back first."""
    usa = frozenset({"state-united-states"})
    early = _r("a", "a halt to NATO expansion", date="2022-01-05")
    late = _r("b", "NATO expansion halt talks", who=RUSSIA | usa, date="2022-01-07")
    stored = [(early, "iri-early"), (late, "iri-late")]

    def rank(report: Report) -> tuple[str, ...]:
        return (report.date or "", report.doc, report.key)

    whole = ProposalIndex()
    for report, iri in stored:
        whole.add_to(report, iri, rank=rank(report))
    in_parts = ProposalIndex()
    for report, iri in reversed(stored):  # the later cluster comes back first
        in_parts.add_to(report, iri, rank=rank(report))
    new = _r("c", "halt NATO expansion", who=RUSSIA | usa, date="2022-01-08")
    assert whole.add(new).cluster == in_parts.add(new).cluster == "iri-early"


class _EveryMember:
    """The index as first written: every cluster that shares a (proposer, word) pair with a
    report, in the order the pairs entered, compared with every report it holds, one after
    another. The index must answer exactly as this does (its candidates by period, its
    distinct word sets, its closest date by bisection are only faster)."""

    def __init__(self) -> None:
        self.sides = ProposalIndex()  # (for the sides alone)
        self.by_pair: dict[tuple[str, str], list] = {}
        self.clusters: dict[str, dict] = {}
        self.added = 0

    def add(self, report: Report) -> Joined:
        side, words = self.sides.side(report.proposers), report.words
        best, seen = None, set()
        for pair in sorted((k, w) for k in side for w in words):
            for _, c in self.by_pair.get(pair, ()):
                if c["id"] not in seen:
                    seen.add(c["id"])
                    scored = self._fit(c, report, words, side)
                    if scored is not None and (best is None or scored[0] > best[0]):
                        best = (scored[0], c, scored[1])
        self.added += 1
        rank = (1, (f"{self.added:012d}",))
        if best is None:
            c = self._cluster(f"{report.doc}#{report.key}", report.kind)
            self._join(c, report, words, side, rank)
            return Joined(c["id"])
        self._join(best[1], report, words, side, rank)
        return best[2]

    def add_to(self, report: Report, cluster_id: str, rank: tuple[str, ...]) -> None:
        c = self.clusters.get(cluster_id) or self._cluster(cluster_id, report.kind)
        self._join(c, report, report.words, self.sides.side(report.proposers), (0, rank))

    def _cluster(self, cid: str, kind: str) -> dict:
        self.clusters[cid] = {"id": cid, "kind": kind, "proposers": set(), "words": set()}
        self.clusters[cid].update(concerns=set(), dates=[], days=[], docs=set(), members=[])
        return self.clusters[cid]

    def _join(self, c: dict, report: Report, words, side, rank) -> None:
        new_words = words - c["words"]
        if not c["members"]:
            c["proposers"] |= side
        c["members"].append(words)
        c["words"] |= words
        c["concerns"] |= report.concerns
        c["docs"].add(report.doc)
        if report.date:
            c["dates"].append(report.date)
            if day_number(report.date) is not None:
                c["days"].append(day_number(report.date))
        for key in c["proposers"]:
            for word in new_words:
                insort(self.by_pair.setdefault((key, word), []), (rank, c), key=lambda e: e[0])

    @staticmethod
    def _fit(c: dict, report: Report, words, side):
        if c["kind"] != report.kind or not words or report.doc in c["docs"]:
            return None
        day = day_number(report.date)
        if day is not None and c["days"] and min(abs(day - d) for d in c["days"]) > WINDOW_DAYS:
            return None
        overlap, shared = 0.0, frozenset()
        for member in c["members"]:
            common = words & member
            if common and len(common) / min(len(words), len(member)) > overlap:
                overlap, shared = len(common) / min(len(words), len(member)), common
        concerns = report.concerns & c["concerns"]
        if not shared or (report.concerns and c["concerns"] and not concerns):
            return None
        if overlap < 0.6 and not (concerns and len(shared) >= 2):
            return None

        def days(a: str, b: str) -> int | None:
            a_day, b_day = day_number(a), day_number(b)
            return None if a_day is None or b_day is None else abs(a_day - b_day)

        near = min(c["dates"], key=lambda d: days(report.date or d, d) or 0, default=None)
        joined = Joined(
            c["id"],
            report.kind,
            tuple(sorted(side & c["proposers"])),
            tuple(sorted(shared)),
            tuple(sorted(concerns)),
            (report.date, near) if report.date and near else None,
        )
        return overlap + 0.1 * len(concerns), joined


@pytest.mark.parametrize("seed", range(6))
def test_merge_index_answers_as_comparing_every_member(seed: int) -> None:
    """Random reports (shared words, sides, concerns, dates years apart, undated and
    unreadable dates, stored clusters brought back by rank) join the same clusters, for
    the same reasons, as comparing each with every report of every cluster."""
    rng = random.Random(seed)
    words = "ceasefire talks gas transit border troops sanctions grain port prisoner".split()
    actors = ["state-a", "state-b", "state-c", "person-x", "person-y"]
    index, reference = ProposalIndex(), _EveryMember()
    joins = 0
    for n in range(700):
        if rng.random() < 0.03:
            person, state = rng.choice(actors[3:]), rng.choice(actors[:3])
            index.add_side(person, state)
            reference.sides.add_side(person, state)
        year = rng.choice([2020, 2021, 2022, 2022, 2022, 2023, 2030])
        date = rng.choice(
            [f"{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"] * 8
            + [None, "2022-02-30", f"{year}0{rng.randint(1, 9)}1{rng.randint(0, 9)}"]
        )
        report = Report(
            f"doc-{rng.randint(0, 300)}",
            f"k{n}",
            frozenset(rng.sample(actors, rng.choice([1, 1, 2]))),
            rng.choice(["offer", "demand"]),
            " ".join(rng.sample(words, rng.randint(1, 4))),
            frozenset(rng.sample(["place-x", "place-y", "place-z"], rng.randint(0, 1))),
            date,
        )
        if rng.random() < 0.1:  # a stored report brought back into a cluster
            cluster, rank = f"iri-{rng.randint(0, 40)}", (f"{rng.randint(0, 99):03d}", f"k{n}")
            index.add_to(report, cluster, rank=rank)
            reference.add_to(report, cluster, rank)
        else:
            joined = index.add(report)
            assert joined == reference.add(report), n
            joins += joined.joined
    assert joins > 100


@pytest.mark.parametrize("seed", range(4))
def test_merge_index_that_forgets_what_is_too_old_answers_the_same(seed: int) -> None:
    """Dated reports added in the order of their dates, the index forgetting the clusters
    more than WINDOW_DAYS older than each (as a build of dated documents does), join the
    same clusters for the same reasons as the reference that keeps every cluster; and
    the index holds a window of clusters, not all of them."""
    rng = random.Random(seed)
    words = "ceasefire talks gas transit border troops sanctions grain port prisoner".split()
    actors = ["state-a", "state-b", "person-x"]
    days = sorted(rng.randint(0, 3000) for _ in range(600))
    index, reference = ProposalIndex([("person-x", "state-a")]), _EveryMember()
    reference.sides.add_side("person-x", "state-a")
    joins = forgotten = 0
    for n, day in enumerate(days):
        date = (Date(2015, 1, 1) + timedelta(days=day)).isoformat()
        forgotten += len(index.retire(day_number(date) - WINDOW_DAYS))
        report = Report(
            f"doc-{n // 3}",
            f"k{n}",
            frozenset(rng.sample(actors, rng.choice([1, 1, 2]))),
            rng.choice(["offer", "demand"]),
            " ".join(rng.sample(words, rng.randint(1, 3))),
            date=date,
        )
        joined = index.add(report)
        assert joined == reference.add(report), n
        joins += joined.joined
    assert joins > 100
    assert len(index._by_id) + forgotten == len(reference.clusters)
    assert len(index._by_id) < len(reference.clusters) // 4
