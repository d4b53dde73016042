"""Forms of English met in communiques, briefings, live blogs and analysis, in phrasings of
our own: members of a meeting named before their body, a quotation right after a word, an
offer under a condition on what a side is able to do, verbs the parse took for adverbs or
adjectives, owned names and repeated prepositions taken apart, a summing noun and a colon's
clause, who speaks for whom, and the stances of sides that back or oppose what another puts
forward."""

from __future__ import annotations

from extraction_helpers import (
    affiliated,
    built,
    conditioned,
    extract,
    heads,
    held_on,
    labels,
    proposed,
)

from graph.extract.cues import load_cues
from graph.extract.parse import _repair

_DATED = "Lima, 3 May 2026\n\n"


def _conditioned(text: str) -> set[tuple[str, str, str]]:
    return conditioned(extract(_DATED + text))


def test_members_named_before_their_body_stand_for_it_alone() -> None:
    ex = extract(
        "Joint Statement of the Meeting of Foreign Ministers of the Andean Community\n\n"
        "Quito, 3 May 2026\n\n"
        "1. The ministers of Peru and Bolivia met in Quito.\n\n"
        "2. The Ministers agreed to open a joint customs office in Desaguadero.\n\n"
        "3. The Ministers reject unilateral export bans on fertiliser."
    )
    assert ("Andean Community", "open a joint customs office in Desaguadero") in proposed(ex)
    assert ("Andean Community", "rejects", "unilateral export bans on fertiliser") in held_on(ex)


def test_a_quotation_right_after_a_word_does_not_end_the_sentence() -> None:
    found = _conditioned(
        "Foreign Minister Ana Ruiz told reporters that Chile was ready to hold talks with Peru "
        '"at any time and in any place", provided that the maritime boundary is on the agenda.'
    )
    assert (
        "Chile",
        "hold talks with Peru",
        "provided that the maritime boundary is on the agenda",
    ) in found
    found = _conditioned(
        "Deputy Minister Ana Ruiz told reporters last week that Peru was ready to hold a summit "
        'with Chile "at any time and at any level", provided that the fate of every detainee is '
        "on the agenda."
    )
    assert found == {
        (
            "Peru",
            "hold a summit with Chile at any time and at any level",
            "provided that the fate of every detainee is on the agenda",
        )
    }


def test_what_a_side_would_not_be_able_to_do_unless_another_acts_is_offered() -> None:
    found = _conditioned(
        "The delegation of Peru stated that it would not be in a position to sign the fisheries "
        "protocol unless the schedule for anchovy includes a safeguard."
    )
    assert {(who, label) for who, label, _ in found} == {("Peru", "sign the fisheries protocol")}
    assert (
        "Peru",
        "sign the fisheries protocol",
        "unless the schedule for anchovy includes a safeguard",
    ) in found


def test_what_a_side_is_able_to_do_without_a_condition_is_no_offer() -> None:
    ex = extract(_DATED + "Bolivia is able to supply gas to Chile. Peru is in a position to help.")
    assert not ex.proposals


def test_a_verb_of_stance_taken_for_an_adverb_of_the_names_before_it() -> None:
    doc = built(
        [
            ("Germany", 0, "ROOT", "NNP", "PROPN"),
            ("and", 0, "cc", "CC", "CCONJ"),
            ("Norway", 0, "conj", "NNP", "PROPN"),
            ("back", 0, "advmod", "RB", "ADV"),
            ("the", 5, "det", "DT", "DET"),
            ("clause", 0, "appos", "NN", "NOUN"),
            (".", 0, "punct", ".", "PUNCT"),
        ]
    )
    _repair(doc, load_cues(), frozenset())
    found = heads(doc)
    assert found["back"] == ("ROOT", "back")
    assert found["Germany"] == ("nsubj", "back")
    assert found["clause"] == ("dobj", "back")
    assert found["."] == ("punct", "back")
    assert doc[3].pos_ == "VERB"


def test_names_that_back_a_clause_support_it() -> None:
    ex = extract(
        _DATED + "Member states are divided. Germany and the Netherlands back a human-rights "
        "clause that would allow payments to be frozen."
    )
    found = {(who, stance) for who, stance, _ in held_on(ex)}
    assert found == {("Germany", "supports"), ("Netherlands", "supports")}


def test_a_member_of_the_european_parliament_is_no_member_of_its_state() -> None:
    ex = extract(
        _DATED + "In the European Parliament, Dutch Green MEP Sanne Bakker is gathering "
        "signatures for the motion. Dutch senator Anna Visser backed the motion."
    )
    assert affiliated(ex) == {
        ("Sanne Bakker", "European Parliament"),
        ("Anna Visser", "Netherlands"),
    }


def test_a_dateline_that_names_a_building_before_its_city() -> None:
    ex = extract(
        "Transcript of the Weekly Press Briefing by the Spokesperson of the Ministry of Foreign "
        "Affairs, Aziz Rahman\n\nWisma Putra, Putrajaya, 14 January 2026\n\n"
        "Spokesperson Aziz Rahman: Good morning.\n\n"
        "Q (Daniel Lim, The Star): Will you accept the wall?\n\n"
        "A: We have asked Bangkok to share the wall's alignment with our survey department."
    )
    assert ("Aziz Rahman", "Ministry of Foreign Affairs of Malaysia") in affiliated(ex)
    assert (
        "Ministry of Foreign Affairs of Malaysia",
        "share the wall's alignment with our survey department",
    ) in proposed(ex)


def test_two_names_each_after_its_owner_are_two_people() -> None:
    ex = extract(
        _DATED + "The co-facilitators, Norway's Per Haugland and Bhutan's Sonam Wangdi, said the "
        "draft was ready."
    )
    assert affiliated(ex) == {("Per Haugland", "Norway"), ("Sonam Wangdi", "Bhutan")}
    names = labels(ex)
    assert [sorted(names[k] for k in s.speakers) for s in ex.statements] == [
        ["Per Haugland", "Sonam Wangdi"]
    ]


def test_the_owned_names_repair_leaves_a_right_parse_alone() -> None:
    rows = [
        ("Norway", 2, "poss", "NNP", "PROPN"),
        ("'s", 0, "case", "POS", "PART"),
        ("Ola", 7, "nsubj", "NNP", "PROPN"),
        ("and", 2, "cc", "CC", "CCONJ"),
        ("Bhutan", 6, "poss", "NNP", "PROPN"),
        ("'s", 4, "case", "POS", "PART"),
        ("Sonam", 2, "conj", "NNP", "PROPN"),
        ("said", 7, "ROOT", "VBD", "VERB"),
    ]
    doc = built(rows)
    _repair(doc, load_cues(), frozenset())
    assert heads(doc) == heads(built(rows))


def test_a_person_speaking_for_a_body_is_its_own() -> None:
    ex = extract(
        _DATED + "Speaking for the African Telecommunications Union, Nigeria's Amina Bello said "
        "the group would back new limits. Tuvalu's Losana Tafua, speaking for the Alliance of "
        "Small Island States, proposed a fast-track window. Katrin Vogel, who leads for the "
        "European Union, said the bloc was open to a target."
    )
    assert affiliated(ex) >= {
        ("Amina Bello", "African Telecommunications Union"),
        ("Losana Tafua", "Alliance of Small Island States"),
        ("Katrin Vogel", "European Union"),
    }


def test_a_goal_to_triple_a_sum_is_one_demand() -> None:
    ex = extract(_DATED + "Peru calls for a new goal to triple adaptation finance by 2030.")
    assert proposed(ex) == {("Peru", "a new goal to triple adaptation finance")}


def test_a_united_nations_official_asks_in_their_own_name() -> None:
    ex = extract(
        _DATED + "Briefing the Council, Ana Ruiz, Under-Secretary-General for Humanitarian "
        "Affairs, said no United Nations convoy had reached the town. She urged the rebels to "
        "lift the siege."
    )
    assert ("Ana Ruiz", "United Nations") in affiliated(ex)
    assert proposed(ex) == {("Ana Ruiz", "lift the siege")}


def test_a_summing_noun_the_parse_made_a_second_object_is_the_first_ones_apposition() -> None:
    doc = built(
        [
            ("She", 1, "nsubj", "PRP", "PRON"),
            ("floated", 1, "ROOT", "VBD", "VERB"),
            ("a", 3, "det", "DT", "DET"),
            ("registry", 1, "dobj", "NN", "NOUN"),
            (",", 3, "punct", ",", "PUNCT"),
            ("an", 6, "det", "DT", "DET"),
            ("idea", 1, "dobj", "NN", "NOUN"),
            ("France", 8, "nsubj", "NNP", "PROPN"),
            ("welcomed", 6, "relcl", "VBD", "VERB"),
            (".", 1, "punct", ".", "PUNCT"),
        ]
    )
    _repair(doc, load_cues(), frozenset())
    assert heads(doc)["idea"] == ("appos", "registry")


def test_a_summing_noun_set_off_after_an_object_is_its_apposition() -> None:
    ex = extract(
        _DATED + "Chile also floated a registry for planned re-entries, an idea France's "
        "delegate immediately welcomed."
    )
    assert proposed(ex) == {("Chile", "a registry for planned re-entries")}
    assert held_on(ex) == {("France", "supports", "a registry for planned re-entries")}


def test_a_proposal_spelled_out_after_a_colon() -> None:
    ex = extract(
        _DATED + "Japan opened the debate by tabling its proposal: the disposal period for "
        "satellites would be cut from 25 years to five."
    )
    assert [p.label for p in ex.proposals] == [
        "its proposal: the disposal period for satellites would be cut from 25 years to five"
    ]


def test_sides_that_back_the_subject_support_what_it_presses_for() -> None:
    ex = extract(
        _DATED + "France, backed by the Netherlands and Denmark, pressed for permanent access "
        "for its fishermen."
    )
    assert held_on(ex) == {
        ("Netherlands", "supports", "permanent access for its fishermen"),
        ("Denmark", "supports", "permanent access for its fishermen"),
    }


def test_a_participle_coordinated_after_a_stance_participle_is_said_of_the_same() -> None:
    ex = extract(
        _DATED + "Chile proposed a joint patrol, an idea welcomed by Peru but rejected by Bolivia."
    )
    assert held_on(ex) == {
        ("Peru", "supports", "a joint patrol"),
        ("Bolivia", "rejects", "a joint patrol"),
    }


def test_an_object_before_a_stance_verbs_particle_is_its_target() -> None:
    ex = extract(
        _DATED + "Algeria proposed a six-month transition under a civilian authority. Niger "
        "turned it down in October."
    )
    assert held_on(ex) == {
        ("Niger", "rejects", "a six-month transition under a civilian authority")
    }


def test_a_preposition_repeated_after_and_puts_a_second_item_forward() -> None:
    ex = extract(
        _DATED + "Vietnam asked for a longer consultation and for a joint monitoring programme "
        "covering the basin."
    )
    assert proposed(ex) == {
        ("Vietnam", "a longer consultation"),
        ("Vietnam", "a joint monitoring programme covering the basin"),
    }


def test_a_preposition_repeated_inside_a_noun_phrase_is_left_to_the_content() -> None:
    rows = [
        ("Peru", 1, "nsubj", "NNP", "PROPN"),
        ("wants", 1, "ROOT", "VBZ", "VERB"),
        ("a", 3, "det", "DT", "DET"),
        ("ban", 1, "dobj", "NN", "NOUN"),
        ("on", 3, "prep", "IN", "ADP"),
        ("nets", 4, "pobj", "NNS", "NOUN"),
        ("and", 4, "cc", "CC", "CCONJ"),
        ("on", 4, "conj", "IN", "ADP"),
        ("trawling", 7, "pobj", "NN", "NOUN"),
        (".", 1, "punct", ".", "PUNCT"),
    ]
    doc = built(rows)
    _repair(doc, load_cues(), frozenset())
    assert heads(doc)["trawling"] == ("pobj", "on")
    assert [(t.dep_, t.head.i) for t in doc][7] == ("conj", 4)


def test_a_name_ending_in_railways_is_a_company() -> None:
    ex = extract(
        _DATED + "Kazakhstan Railways will add two freight trains a week, its chief executive, "
        "Arman Sadykov, said."
    )
    found = {(e.label, e.cls) for e in ex.entities}
    assert ("Kazakhstan Railways", "Organisation") in found
    assert ("Arman Sadykov", "Kazakhstan Railways") in affiliated(ex)


def test_it_does_not_stand_for_two_sides_named_together() -> None:
    ex = extract(
        _DATED + "Greece and Hungary oppose the clause, arguing that it would hand Tunis a "
        "pretext to walk away."
    )
    assert not ex.proposals
    assert held_on(ex) == {
        ("Greece", "rejects", "the clause"),
        ("Hungary", "rejects", "the clause"),
    }


def test_it_after_a_position_another_side_backed_is_that_position() -> None:
    ex = extract(
        _DATED + "Germany backs a clause that would allow payments to be frozen. Greece opposes it."
    )
    assert held_on(ex) == {
        ("Germany", "supports", "a clause that would allow payments to be frozen"),
        ("Greece", "rejects", "a clause that would allow payments to be frozen"),
    }


def test_names_that_back_a_clause_before_a_semicolon_support_it() -> None:
    ex = extract(
        _DATED + "Germany and the Netherlands back a clause that would allow payments to be "
        "frozen; Greece and Hungary oppose it."
    )
    assert {(who, stance) for who, stance, _ in held_on(ex)} == {
        ("Germany", "supports"),
        ("Netherlands", "supports"),
        ("Greece", "rejects"),
        ("Hungary", "rejects"),
    }
