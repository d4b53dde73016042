"""Briefing transcripts whose labels name an unknown speaker, and forms of offers, demands and
stances met in reporting, in phrasings of our own."""

from __future__ import annotations

import pytest

from graph.documents import document_from_text
from graph.extract import extract_document
from graph.extract.records import Extraction


def _extract(text: str) -> Extraction:
    return extract_document(document_from_text(text, name="t.txt"))


def _labels(x: Extraction) -> dict[str, str]:
    return {e.key: e.label for e in x.entities}


def _proposers_of(x: Extraction, words: str) -> set[str]:
    """Who puts forward the one proposal whose label holds ``words``."""
    (p,) = [p for p in x.proposals if words in p.label]
    return set(p.proposers)


def _proposal_labels(x: Extraction) -> list[str]:
    return sorted(p.label for p in x.proposals)


def _offers(x: Extraction) -> set[tuple[tuple[str, ...], str]]:
    return {(p.proposers, p.label) for p in x.proposals}


# -- speakers a transcript names -------------------------------------------------------------------

_BRIEFING = """Briefing by Foreign Ministry spokesperson Tamar Kvirikashvili on the Geneva talks

TBILISI, March 4

KVIRIKASHVILI: Good morning. We proposed a monitoring mission along the boundary line.

Q (AFP): Will the talks go on?

KVIRIKASHVILI: We are ready to meet again in Geneva, provided that the other side stops
the detentions.

Q (Reuters): Does Georgia expect a reply this week?

KVIRIKASHVILI: The talks have gone on for sixteen years without a result.
"""


def test_a_title_line_names_the_speaker_whom_labels_in_capitals_name_by_surname() -> None:
    x = _extract(_BRIEFING)
    assert _labels(x).get("person-tamar-kvirikashvili") == "Tamar Kvirikashvili"
    speakers = {k for s in x.statements for k in s.speakers}
    assert "person-tamar-kvirikashvili" in speakers  # her last turn's claim
    assert "KVIRIKASHVILI" not in {e.label for e in x.entities}


def test_we_of_an_unknown_ministry_spokesperson_is_the_dateline_capitals_state() -> None:
    # the unqualified "Foreign Ministry" of a story filed in Tbilisi is Georgia's
    x = _extract(_BRIEFING)
    offers = {(p.proposers, p.label) for p in x.proposals}
    assert any("state-georgia" in by and "monitoring mission" in label for by, label in offers)
    (c,) = [c for c in x.conditions if "detentions" in c.label]
    assert c.label.startswith("provided that")


def test_a_headline_verb_in_title_case_after_a_title_is_no_name() -> None:
    x = _extract(
        "Secretary-General Urges Calm Over Border\n\nNEW YORK, May 2\n\nThe Secretary-General"
        " asked both sides to stop firing."
    )
    assert not [e for e in x.entities if "Urges" in e.label or "Calm" in e.label]


def test_a_label_in_capitals_with_a_bracketed_title_names_a_person() -> None:
    x = _extract(
        "Midday briefing\n\nBrussels, 3 May\n\nMARTA ILIC (EU Spokesperson for Trade): The EU"
        " calls on Serbia to lift the export ban.\n\nQ (Reuters): And if it does not?\n\n"
        "ILIC: The ban has cost farmers on both sides of the border dearly.\n"
    )
    assert _labels(x).get("person-marta-ilic") == "Marta Ilic"
    assert ("person-marta-ilic", "org-european-union") in {
        (a.person, a.org) for a in x.affiliations
    }
    assert "ILIC" not in {e.label for e in x.entities}  # no body of its own
    assert any("person-marta-ilic" in s.speakers for s in x.statements)


# -- forms of offers and demands -------------------------------------------------------------------


def test_a_memorandum_as_a_subject_demands_for_its_owner() -> None:
    x = _extract("The Chilean memorandum demands that Peru withdraw its boats from the bay.")
    (p,) = x.proposals
    assert p.proposers == ("state-chile",) and p.kind == "demand"
    assert "withdraw its boats" in p.label


def test_a_present_verb_after_a_noun_qualified_by_a_participle_goes_with_the_main_verb() -> None:
    x = _extract(
        '"We handed over a list of fishermen detained by Peru and demand their release,"'
        " Bolivia's foreign minister said."
    )
    assert any(p.kind == "demand" and p.label == "their release" for p in x.proposals)


def test_a_commitment_in_a_transcript_turn_is_reported_by_its_speaker() -> None:
    x = _extract(
        "Press conference by Foreign Minister Ana Rios\n\nRIOS: Good afternoon. Chile and"
        " Peru will exchange all detained fishermen next week.\n\nQ (EFE): When?\n\n"
        "RIOS: On Monday.\n"
    )
    assert any("exchange all detained fishermen" in p.label for p in x.proposals)


def test_an_infinitive_after_an_adverbial_phrase_is_what_the_verb_urges() -> None:
    x = _extract("Lima asked Santiago in return to lift the quota and to reopen the port.")
    assert _offers(x) == {
        (("state-peru",), "lift the quota"),
        (("state-peru",), "reopen the port"),
    }


def test_a_plan_infinitive_after_for_stays_the_plans() -> None:
    x = _extract("Peru asked Chile for a plan to reopen the border.")
    (p,) = x.proposals
    assert p.label == "a plan to reopen the border"


def test_agreeing_to_a_zone_commits_to_it() -> None:
    x = _extract("Uruguay agreed to a demilitarised zone along the river.")
    (p,) = x.proposals
    assert p.proposers == ("state-uruguay",) and p.label.startswith("a demilitarised zone")
    assert not x.stances


# -- names -----------------------------------------------------------------------------------------


def test_a_name_after_a_noun_of_organisations_is_that_body_whatever_its_first_word() -> None:
    x = _extract("The London-based group Ilois Futures rejected the agreement.")
    assert _labels(x).get("org-ilois-futures") == "Ilois Futures"
    (s,) = x.stances
    assert s.holder == "org-ilois-futures" and s.stance == "rejects"


def test_a_headlines_last_noun_does_not_make_the_next_lines_name_a_body() -> None:
    x = _extract(
        "Talks stall over militia\n\nAna Rios in Lima\n\nPeru rejected the offer of a truce."
    )
    assert x.entities and all(e.cls != "Organisation" or e.label != "Ana Rios" for e in x.entities)


def test_the_conservatives_are_the_uk_party() -> None:
    x = _extract("The opposition Conservatives rejected the fisheries deal in parliament.")
    (s,) = x.stances
    assert s.holder == "org-conservative-party"


# -- stances ---------------------------------------------------------------------------------------


def test_they_in_a_clause_coordinated_after_a_noun_subject_is_that_noun() -> None:
    x = _extract(
        'Peru demanded the recall of the ambassador. "Those demands are old, and they are'
        " not acceptable,\" Chile's foreign minister said."
    )
    (s,) = x.stances
    assert s.holder == "state-chile" and s.stance == "rejects"
    assert "recall of the ambassador" in s.label


def test_an_unnamed_speaker_for_a_state_is_that_state_in_the_next_sentence() -> None:
    x = _extract(
        "The representative of Ecuador said Peruvian boats had entered its waters. He demanded"
        " that Peru withdraw the boats."
    )
    (p,) = x.proposals
    assert p.proposers == ("state-ecuador",) and p.label == "Peru withdraw the boats"


def test_claims_pointed_back_to_are_no_proposal() -> None:
    x = _extract(
        "Peru proposed a joint patrol. Chile's envoy said Peru had sheltered smugglers. Peru's"
        " representative rejected those accusations."
    )
    (s,) = x.stances
    assert s.holder == "state-peru" and s.proposal is None
    assert "accusations" in s.label


def test_declining_to_give_a_date_takes_no_stance() -> None:
    x = _extract(
        "A senior Chilean official said Santiago was ready to reopen the consulate. He"
        " declined to give a date."
    )
    assert not x.stances


# -- lists and clauses the parser misreads ------------------------------------------------------


def test_an_infinitive_set_off_after_the_object_belongs_to_the_object() -> None:
    x = _extract("Brazil proposed a six-week truce, to be followed by talks on a settlement.")
    (p,) = x.proposals
    assert p.label.startswith("a six-week truce")


def test_infinitives_listed_after_a_comma_are_items_of_one_list() -> None:
    x = _extract(
        "Chile and Bolivia agreed to reopen two consulates, to resume rail freight and to"
        " meet again in La Paz."
    )
    assert _proposal_labels(x) == [
        "meet again in La Paz",
        "reopen two consulates",
        "resume rail freight",
    ]


def test_a_past_verb_after_a_subjunctive_that_clause_goes_with_the_main_verb() -> None:
    x = _extract(
        "Uruguay demanded that Argentina dredge the channel and pay for the works, and called"
        " for a joint commission."
    )
    assert _offers(x) == {
        (("state-uruguay",), "Argentina dredge the channel"),
        (("state-uruguay",), "pay for the works"),
        (("state-uruguay",), "a joint commission"),
    }


def test_the_two_sides_are_the_pair_named_together_with_the_one_named_most() -> None:
    x = _extract(
        "Ghana and Togo renewed their border pact in a statement issued with Nigeria on"
        " Monday. Nigeria hosted the meeting, and Ghana will chair the next one in Accra, the"
        " Ghanaian minister said.\n\n"
        "According to the statement, the two sides agreed to open three new crossings."
    )
    assert _proposers_of(x, "crossings") == {"state-ghana", "state-togo"}


def test_a_name_set_off_before_a_title_in_capitals_is_the_subject() -> None:
    x = _extract(
        "Addressing the Council today, Ana Rios, Special Envoy of the Secretary-General for the"
        " Andes, warned that the dispute was deepening. She proposed a contact group."
    )
    (p,) = x.proposals
    assert p.proposers == ("person-ana-rios",)


def test_an_infinitive_after_a_condition_clause_is_a_second_offer_not_a_condition() -> None:
    x = _extract(
        "Kenya said it was ready to host a donors' conference once the truce holds, and to"
        " train border guards for both sides."
    )
    assert _proposal_labels(x) == [
        "host a donors' conference",
        "train border guards for both sides",
    ]
    assert {c.label for c in x.conditions} == {"once the truce holds"}


def test_what_a_colon_spells_out_after_a_proposal_is_its_content() -> None:
    x = _extract("Oman presented a new proposal: a 90-day truce in the Red Sea.")
    (p,) = x.proposals
    assert p.proposers == ("state-oman",) and "90-day truce" in p.label


def test_a_whose_clause_the_parser_made_the_head_leaves_the_main_clause_its_stance() -> None:
    x = _extract(
        "The accord was welcomed by the African Union, whose chairman Ana Rios called it"
        ' "a turning point" for the region.'
    )
    assert [(s.holder, s.stance) for s in x.stances] == [("org-african-union", "supports")]


_TURKISH_BRIEFING = """Transcript: Foreign Ministry spokesperson's weekly briefing, Ankara, 2 March

SPOKESPERSON ŞEBNEM ÖZTÜRK: Good afternoon. We thank the Iraqi federal government for its help.
We are prepared to join a monitoring mission on condition that it covers the border as well.

Q (Ayla Demir, Reuters): Does Türkiye accept the Greek proposal?

ÖZTÜRK: We value it. I would remind you that the talks began in January.
"""


def test_a_titled_label_in_capitals_of_any_script_names_the_host_states_official() -> None:
    x = _extract(_TURKISH_BRIEFING)
    people = {e.key: e.label for e in x.entities if e.cls == "Person"}
    assert people.get("person-sebnem-ozturk") == "Şebnem Öztürk"
    assert _proposers_of(x, "monitoring mission") == {"person-sebnem-ozturk", "state-turkey"}
    assert not [p for p in x.proposals if "remind" in p.label]  # a turn of speech


def test_both_sides_are_never_a_state_and_its_own_ministry() -> None:
    x = _extract(
        "Weekly briefing by the Spokesperson, Ministry of Foreign Affairs, Lima, 3 May\n\n"
        "ANA RIOS: Good afternoon. The army commanders of Peru and Chile spoke on Monday."
        " Both sides agreed to observe the truce along the border.\n\n"
        "Q (EFE): And the ministry's view?\n\nRIOS: The Ministry of Foreign Affairs welcomes it.\n"
    )
    assert _proposers_of(x, "observe the truce") == {"state-peru", "state-chile"}


# -- forms met in sentences of our own written fresh ------------------------------------------


def test_a_negated_obstruction_on_a_condition_is_an_offer_to_let_it_pass() -> None:
    x = _extract(
        "Slovakia will not block the sanctions package as long as its gas imports are "
        "exempted, Prime Minister Robert Fico said."
    )
    assert _offers(x) == {(("state-slovakia",), "not block the sanctions package")}
    assert [c.label for c in x.conditions] == ["as long as its gas imports are exempted"]


def test_no_longer_negates_a_stance_verb() -> None:
    assert _extract("Turkey will no longer oppose Sweden joining NATO.").stances == ()


def test_an_outlet_that_saw_a_draft_does_not_own_it() -> None:
    x = _extract(
        "Under the draft seen by Reuters, Armenia would drop its claims at the International "
        "Court of Justice in exchange for Azerbaijan withdrawing troops from the border."
    )
    assert {k for p in x.proposals for k in p.proposers} == {"state-armenia"}


def test_a_bare_verb_taken_for_a_noun_before_a_gerund_is_the_demanded_act() -> None:
    x = _extract("Venezuela demanded that Guyana halt drilling in the disputed waters.")
    assert [(p.kind, p.proposers, p.addressees) for p in x.proposals] == [
        ("demand", ("state-venezuela",), ("state-guyana",))
    ]
    assert "halt drilling" in x.proposals[0].label


def test_a_move_welcomed_by_y_is_ys_support_of_what_the_clause_puts_forward() -> None:
    x = _extract(
        "South Korea and Japan agreed to resume regular shuttle diplomacy, a move welcomed by "
        "the United States."
    )
    assert {(s.holder, s.stance, s.label) for s in x.stances} == {
        ("state-united-states", "supports", "resume regular shuttle diplomacy")
    }


def test_what_a_side_would_consider_in_a_clause_on_a_request_is_no_offer() -> None:
    x = _extract(
        "The Philippines has asked Japan to send more coast guard vessels, a request Tokyo "
        "said it would consider."
    )
    assert [p.label for p in x.proposals] == ["send more coast guard vessels"]


@pytest.mark.parametrize(
    "text",
    [
        "Analysts say Beijing may agree to buy more soybeans.",
        "Beijing might offer to buy more soybeans, according to analysts.",
    ],
)
def test_an_offer_verb_under_may_that_no_one_of_the_side_says_is_a_guess(text: str) -> None:
    assert _extract(text).proposals == ()


def test_an_offer_verb_under_may_that_the_side_says_is_its_offer() -> None:
    x = _extract("Beijing said it may agree to buy more soybeans.")
    assert _offers(x) == {(("state-china",), "buy more soybeans")}


def test_taking_the_audiences_questions_is_no_offer() -> None:
    x = _extract("Chile is ready to send monitors. I am now happy to take your questions.")
    assert [p.label for p in x.proposals] == ["send monitors"]


def test_extract_the_one_host_of_a_briefing_whose_first_line_names_a_ministry() -> None:
    text = (
        "Weekly press briefing, Ministry of Foreign Affairs of the Republic of Indonesia, "
        "Jakarta\n\nQ: Will talks resume?\n\nSPOKESPERSON BUDI SANTOSO: Indonesia is open to "
        "joint development in the Ambalat block, provided that Malaysia respects our "
        "sovereignty. We urge Kuala Lumpur to return to the negotiating table.\n"
    )
    x = _extract(text)
    assert ("person-budi-santoso", "org-ministry-of-foreign-affairs-of-indonesia") in {
        (a.person, a.org) for a in x.affiliations
    }
    # the label in capitals is no part of the sentence its words are parsed in
    assert [(c.label, c.requires) for c in x.conditions] == [
        ("provided that Malaysia respects our sovereignty", ("state-malaysia",))
    ]


def test_extract_a_reporter_labelled_with_an_outlet_asks_and_a_title_label_is_the_host() -> None:
    text = (
        "Weekly press briefing, Ministry of Foreign Affairs of Peru, Lima\n\n"
        "Spokesperson Ana Rios: Good afternoon. Your questions, please.\n\n"
        "Tomas Berg (Zentinel): Chile says its frigate will stay in the zone. Your comment?\n\n"
        "Spokesperson: The maritime boundary was settled by the court in 2014 and it is final.\n"
    )
    x = _extract(text)
    assert ("person-tomas-berg", "Organisation") in {
        (a.person, next(e.cls for e in x.entities if e.key == a.org)) for a in x.affiliations
    }
    assert [s.speakers for s in x.statements if "settled" in s.label] == [("person-ana-rios",)]
    assert not [s for s in x.statements if "person-tomas-berg" in s.speakers]


def test_extract_a_session_of_its_holder_and_answers_after_a_label_in_capitals() -> None:
    text = (
        "Regular Press Conference of Spokesperson Ines Carvalho-Lobo\n\n"
        "Lisbon, 3 March 2026\n\n"
        "Q: Chile has offered talks on the cable route. Will Portugal attend?\n\n"
        "A: We welcome the offer and will send a delegation.\n"
    )
    x = _extract(text)
    assert "person-ines-carvalho-lobo" in _labels(x)
    assert "person-ines-carvalho-lobo" in [s.holder for s in x.stances]
    # no heading names the holder: an answer is the turn of the person the last label named
    text = (
        "Daily briefing, 4 May 2026\n\n"
        "TOMAS BERG: Good morning. Chile has offered talks on the border.\n\n"
        "Q: Will Peru accept?\n\n"
        "A: We welcome the offer and will send a delegation.\n"
    )
    assert [s.holder for s in _extract(text).stances] == ["person-tomas-berg"]


def test_extract_a_ministry_named_without_its_state_is_the_datelines_host() -> None:
    text = (
        "Transcript: Briefing by Minister Tomas Berg on the Chile-Peru case at the court\n\n"
        "Ministry of Foreign Affairs, Lima, 4 May\n\n"
        "Q: Chile has offered a quota swap. Will you accept it?\n\n"
        "BERG: We reject the offer.\n"
    )
    assert {s.holder for s in _extract(text).stances} == {"person-tomas-berg", "state-peru"}
    # the place the heading gives it, not the state named last before it
    text = text.replace("Chile-Peru case at the court", "Peru-Bolivia fisheries talks")
    assert {s.holder for s in _extract(text).stances} == {"person-tomas-berg", "state-peru"}


def test_extract_a_heading_line_of_a_name_and_a_post_names_the_host() -> None:
    text = (
        "Department Press Briefing, 4 March 2026\n\n"
        "Ana Rios, Department Spokesperson\n\n"
        "Q: Will you go?\n\n"
        "MS RIOS: We will attend the talks.\n"
    )
    x = _extract(text)
    assert [(p.proposers, p.label) for p in x.proposals] == [
        (("person-ana-rios",), "attend the talks")
    ]


_TITLED_BRIEFING = "\n\n".join(
    [
        "Transcript of the Weekly Briefing by the Official Spokesperson, Ana Quispe",
        "Ministry of Foreign Affairs, Lima, 3 March 2026",
        "Official Spokesperson, Ana Quispe: Good afternoon. Let me begin with Chile.",
        "Question (Luis Rojas, El Comercio): Chile's Foreign Minister Pablo Soto says Santiago"
        " wants Peru to hand over the two trawlers. Will Peru agree?",
        "Official Spokesperson: We reject this request. We are ready to reopen the consulate in"
        " Arica, provided Chile releases the crews.",
        "Question (Carla Diaz, RPP): Will the minister meet Mr Soto next month?",
        "Official Spokesperson: No meeting has been requested. If a request comes, it will be"
        " considered.",
    ]
)


def test_a_label_repeating_the_title_of_a_named_label_is_that_person_s_turn() -> None:
    x = _extract(_TITLED_BRIEFING)
    names = {e.key: e.label for e in x.entities}
    offers = [p for p in x.proposals if p.kind == "offer"]
    assert [(sorted(names[k] for k in p.proposers), p.label) for p in offers] == [
        (["Ana Quispe", "Peru"], "reopen the consulate in Arica")
    ]
    # the question's minister is no reporter of the outlet named in the label before him
    assert ("Pablo Soto", "El Comercio") not in [
        (names[a.person], names[a.org]) for a in x.affiliations
    ]
    demands = [(p.proposers, p.addressees) for p in x.proposals if p.kind == "demand"]
    assert (("state-chile",), ("state-peru",)) in demands
    # "If a request comes, it will be considered" conditions nothing of another answer
    assert [c.label for c in x.conditions] == ["provided Chile releases the crews"]


def test_a_spokesperson_label_is_the_briefing_holder_s_answer() -> None:
    text = "\n\n".join(
        [
            "Weekly Press Briefing by Ambassador Ana Quispe, Spokesperson of the Ministry of"
            " Foreign Affairs of Peru",
            "Lima, 14 January 2026",
            "SPOKESPERSON: Good afternoon. Peru is ready to reopen the border crossing.",
            "QUESTION (Luis Rojas, AFP): Chile has asked that the route be extended. Does Lima"
            " support that?",
            "SPOKESPERSON: We are open to any connection that increases trade.",
        ]
    )
    x = _extract(text)
    assert {s.speakers for s in x.statements} <= {("person-ana-quispe",)}
    assert not any("QUESTION" in s.label or "SPOKESPERSON" in s.label for s in x.statements)
    assert any("reopen the border crossing" in p.label for p in x.proposals)
