"""Proposals: lists of demands under a light head, weighing a proposal as a response, coordinated
objects, a stressed need, a gerund on a verb; in phrasings of our own."""

from __future__ import annotations

from graph.documents import document_from_text
from graph.extract import extract_document
from graph.extract.records import Extraction


def _extract(text: str) -> Extraction:
    return extract_document(document_from_text(text, name="t.txt"))


def test_extract_a_list_of_demands_put_forward_by_an_agent_is_read_with_its_light_head() -> None:
    x = _extract("Peru rejected the six-point list of demands drawn up by Chile on Friday.")
    (p,) = x.proposals
    assert p.proposers == ("state-chile",)
    assert p.label == "the six-point list of demands"


def test_extract_weighing_a_proposal_put_to_one_is_a_response_not_a_proposal() -> None:
    assert _extract("Peru is ready to examine the Chilean offer.").proposals == ()
    assert _extract("Peru said it would review the draft before Friday.").proposals == ()
    x = _extract("Peru is ready to review its tariffs on Chilean wine.")
    assert [p.label for p in x.proposals] == ["review its tariffs on Chilean wine"]


def test_extract_a_verbs_list_of_objects_is_one_item_unless_a_serial_comma_sets_it_apart() -> None:
    x = _extract(
        "Chile said it would allow the free transit of trucks, the opening of the dam and"
        " the shared use of the harbour."
    )  # the objects of one act, listed: one thing allowed
    assert [p.label for p in x.proposals] == [
        "allow the free transit of trucks, the opening of the dam and the shared use of the harbour"
    ]
    x = _extract("Canada is ready to discuss tariff cuts, fishing quotas, and visa rules.")
    assert [p.label for p in x.proposals] == [
        "discuss tariff cuts",
        "discuss fishing quotas",
        "discuss visa rules",
    ]
    x = _extract("Chile offered Peru the deal, a pact on fishing and trade.")  # it renames
    assert [p.label for p in x.proposals] == ["the deal, a pact on fishing and trade"]


def test_extract_a_second_object_the_parse_hung_on_the_verb_is_no_item_of_its_own() -> None:
    x = _extract(
        "Chile demanded that Peru withdraw the border forces and weaponry stoking alarm in"
        " the valley."
    )
    assert [p.label for p in x.proposals] == [
        "Peru withdraw the border forces and weaponry stoking alarm in the valley"
    ]
    x = _extract("Chile demanded that Peru withdraw its troops and close its consulate.")
    assert [p.label for p in x.proposals] == ["Peru withdraw its troops", "close its consulate"]


def test_extract_a_stressed_need_is_the_subject_s_demand_not_a_need_someone_has() -> None:
    x = _extract("Chile stressed the need to reopen the pass and end the fishing ban.")
    assert [(p.proposers, p.kind, p.label) for p in x.proposals] == [
        (("state-chile",), "demand", "reopen the pass"),
        (("state-chile",), "demand", "end the fishing ban"),
    ]
    assert _extract("Chile stressed Peru's need to import more gas.").proposals == ()
    assert _extract("Chile stressed that there was no need to reopen the pass.").proposals == ()
    assert _extract("Chile did not stress the need to reopen the pass.").proposals == ()


def test_extract_a_gerund_after_in_or_by_on_a_verb_has_the_verb_s_subject() -> None:
    x = _extract("Chile joined Brazil in urging Peru to free the prisoners.")
    assert [(p.proposers, p.kind, p.label) for p in x.proposals] == [
        (("state-chile",), "demand", "free the prisoners")
    ]
    x = _extract("Peru answered by proposing a joint survey of the reef.")
    assert [(p.proposers, p.label) for p in x.proposals] == [
        (("state-peru",), "a joint survey of the reef")
    ]


def test_extract_what_a_verb_of_judging_calls_its_object_is_no_part_of_the_label() -> None:
    x = _extract(
        "Peru dismissed a financial offer made by the Chilean government to settle the fishing"
        " dispute as “unacceptable”."
    )
    assert [p.label for p in x.proposals] == ["a financial offer to settle the fishing dispute"]
    x = _extract("Peru dismissed a financial offer made by the Chilean government as insulting.")
    assert [p.label for p in x.proposals] == ["a financial offer"]
    x = _extract("Peru urged Chile to recognise the island as Peruvian.")  # the content's own
    assert [p.label for p in x.proposals] == ["recognise the island as Peruvian"]


def test_extract_the_items_of_a_list_after_a_colon_are_read_once_with_the_noun_s_kind() -> None:
    x = _extract(
        "Peru laid out two demands: a halt to the border patrols and the return of the boats."
    )
    assert [(p.kind, p.label) for p in x.proposals] == [
        ("demand", "a halt to the border patrols"),
        ("demand", "the return of the boats"),
    ]


def test_extract_a_content_whose_object_is_a_relative_pronoun_names_no_act_of_its_own() -> None:
    assert (
        _extract("Peru listed the terms that it wants to see met before any talks.").proposals == ()
    )
    assert (
        _extract(
            "It is a step that Chile needs to think about very carefully, Peru said."
        ).proposals
        == ()
    )
    x = _extract("Peru said Chile should accept the plan that it rejected.")
    assert [p.label for p in x.proposals] == ["accept the plan that it rejected"]
    x = _extract(
        "Chile proposed a ten-day truce and then a five-day truce, all of which were rejected."
    )
    assert [p.label for p in x.proposals] == ["a ten-day truce", "a five-day truce"]


def test_extract_the_pro_verb_do_so_names_no_act_of_its_own() -> None:
    assert _extract("Chile has to do that to get back to the table, Peru said.").proposals == ()
    assert _extract("Peru says Chile must do so before Friday.").proposals == ()
    x = _extract("Peru says Chile must do more to stop the smugglers.")
    assert len(x.proposals) == 1
