"""Cross-document merging of proposal reports, and its B-cubed score."""

from __future__ import annotations

from graph.evaluate import b_cubed
from graph.merge import ProposalIndex, Report, position_words

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
