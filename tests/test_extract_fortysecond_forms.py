"""Forms of English met in briefings, communiques and wire copy, in phrasings of our own:
a briefing's heading that names its host after the host's titles and office, and more."""

from __future__ import annotations

import pytest
from extraction_helpers import affiliated, extract, held_on, labels, people, proposed

_BRIEFING_BODY = (
    "\n\nSPOKESPERSON: Good afternoon. We demand the release of our fishermen by Peru.\n\n"
    "Q (Lucia Mora, El Universo): Will Ecuador retaliate?\n\n"
    "SPOKESPERSON: We are ready to open talks with Lima next week.\n"
)


@pytest.mark.parametrize(
    "heading",
    [
        "Weekly press briefing by Foreign Ministry Spokesperson Tomas Albornoz\n\n"
        "Quito, 3 May 2026",
        "Transcript: Weekly press briefing by the Spokesperson of the Ministry of Foreign "
        "Affairs, Ambassador Tomas Albornoz\n\nQuito, 3 May 2026",
        "Press briefing by the Spokesperson of the Ministry of Foreign Affairs, Tomas "
        "Albornoz, Quito, 3 May 2026",
    ],
)
def test_a_briefings_heading_names_its_host_after_titles_and_office(heading: str) -> None:
    ex = extract(heading + _BRIEFING_BODY)
    assert "Tomas Albornoz" in people(ex)
    assert ("Tomas Albornoz", "the release of our fishermen by Peru") in proposed(ex)
    assert ("Tomas Albornoz", "open talks with Lima next week") in proposed(ex)
    assert ("Tomas Albornoz", "Ministry of Foreign Affairs of Ecuador") in affiliated(ex)


def test_a_headline_in_title_case_names_no_person_after_a_title() -> None:
    ex = extract(
        "Secretary-General Urges Calm As Border Talks Resume\n\n"
        "Peru and Ecuador resumed talks on Monday, the United Nations said.\n"
    )
    assert not people(ex)


def test_an_opening_participles_object_is_no_employer_of_the_titled_name_after_it() -> None:
    ex = extract(
        "The Security Council met on Tuesday. Briefing the Council, Assistant Secretary-General "
        "Rosa Mendes said the convoy had been turned back twice."
    )
    assert ("Rosa Mendes", "United Nations") in affiliated(ex)
    assert not any(org == "UN Security Council" for _, org in affiliated(ex))
    assert any(st.label == "the convoy had been turned back twice" for st in ex.statements)


@pytest.mark.parametrize(
    "text",
    [
        "Rosa Mendes, the Secretary-General's Special Representative, said the vote would slip.",
        "Addressing the Assembly, Under-Secretary-General Rosa Mendes said the fund was empty.",
        "Rosa Mendes, Assistant Secretary-General for the Middle East, told members the crossing "
        "had closed.",
    ],
)
def test_a_post_only_the_un_secretariat_gives_unqualified_is_the_uns(text: str) -> None:
    assert ("Rosa Mendes", "United Nations") in affiliated(extract(text))


def test_another_bodys_name_before_a_secretariat_post_keeps_the_post_that_bodys() -> None:
    ex = extract(
        "NATO Assistant Secretary General Tom Ekberg told allies the drill would go ahead."
    )
    assert affiliated(ex) == {("Tom Ekberg", "NATO")}


def test_an_envoys_post_for_a_state_names_the_state_it_is_for_not_the_employer() -> None:
    ex = extract(
        "The UN Special Representative for Yemen, Rosa Mendes, told reporters the exchange "
        "would go ahead."
    )
    assert affiliated(ex) == {("Rosa Mendes", "United Nations")}


def test_a_known_office_holder_titled_by_the_office_serves_a_body_the_text_leaves_unnamed() -> None:
    ex = extract(
        "The Security Council renewed the mission on Friday. The resolution asks Secretary-General "
        "António Guterres to report within 90 days."
    )
    assert ("António Guterres", "United Nations") in affiliated(ex)
    assert "United Nations" in {e.label for e in ex.entities}


def test_a_live_blogs_short_line_of_two_names_and_a_verb_is_a_sentence() -> None:
    ex = extract(
        "Live: fisheries commission, day two\n\n"
        "14:05 The IUCN asks for a moratorium on deep-sea trawling.\n\n"
        "14:20 Chile backs IUCN. Its delegate said the stocks were collapsing.\n"
    )
    assert ("Chile", "supports", "IUCN") in held_on(ex)


def test_recommending_puts_forward_a_demand() -> None:
    ex = extract("Fiji recommended that the commission close the lagoon to trawlers.")
    assert ("Fiji", "the commission close the lagoon to trawlers") in proposed(ex)
    assert {p.kind for p in ex.proposals} == {"demand"}


def test_the_federal_government_is_a_federations_not_the_state_named_last() -> None:
    ex = extract(
        "Mexico summoned Guatemala's ambassador on Monday to convey the "
        "Federal Government's protest over the arrests."
    )
    aliases = {e.label: e.aliases for e in ex.entities}
    assert "the Federal Government" in aliases["Mexico"]
    assert "the Federal Government" not in aliases.get("Guatemala", frozenset())


def test_an_industrys_word_ends_a_companys_name() -> None:
    ex = extract(
        "Tullow Oil and Aker Energy said on Monday they would defer the drilling campaign "
        "until the licence dispute is settled."
    )
    orgs = {e.label for e in ex.entities if e.cls == "Organisation"}
    assert {"Tullow Oil", "Aker Energy"} <= orgs


def test_a_states_word_and_an_industrys_before_a_title_is_a_portfolio() -> None:
    ex = extract("Nigerian Energy Minister Ada Obi said the refinery would reopen in March.")
    assert not any(e.cls == "Organisation" for e in ex.entities)
    assert ("Ada Obi", "Nigeria") in affiliated(ex)


def test_a_listing_places_hyphened_word_is_no_part_of_a_companys_name() -> None:
    ex = extract("Oslo-listed Aker Energy will sell its stake, the ministry said.")
    assert "Aker Energy" in {e.label for e in ex.entities}


@pytest.mark.parametrize(
    "name",
    ["Conseil National du Riz", "Banco Agrario", "Partido Verde", "Comité Nacional del Agua"],
)
def test_a_body_named_in_french_spanish_or_portuguese_by_its_first_word(name: str) -> None:
    ex = extract(f"The {name} said on Friday it would publish the contracts.")
    assert (name, "Organisation") in {(e.label, e.cls) for e in ex.entities}


def test_a_conference_group_named_before_a_lower_case_group_is_a_body() -> None:
    ex = extract(
        "The Shipowners' group asked for a five-year phase-in, while the Pacific group insisted "
        "on a levy from 2028."
    )
    assert ("Shipowners' group", "a five-year phase-in") in proposed(ex)
    assert any(who == "Pacific group" and "levy" in what for who, what in proposed(ex))


def test_a_plural_of_people_for_a_cause_names_a_group() -> None:
    ex = extract("Physicians for Clean Air said the new limits came too late.")
    assert ("Physicians for Clean Air", "Organisation") in {(e.label, e.cls) for e in ex.entities}
    assert {tuple(labels(ex)[k] for k in st.speakers) for st in ex.statements} == {
        ("Physicians for Clean Air",)
    }


def test_a_hyphened_title_of_office_is_no_part_of_the_name() -> None:
    ex = extract("OSCE Chair-in-Office Marta Lindqvist said the field missions would stay open.")
    assert people(ex) == {"Marta Lindqvist"}
    assert ("Marta Lindqvist", "OSCE") in affiliated(ex)


@pytest.mark.parametrize(
    "text",
    [
        "The ministers adopted the Master Plan for Digital Connectivity on Friday.",
        "The leaders set up a Fund for Coastal Diversity.",
    ],
)
def test_capitalised_abstract_words_name_no_person(text: str) -> None:
    assert not people(extract(text))


def test_an_office_before_its_holders_name_is_the_holder_whatever_the_accents() -> None:
    ex = extract(
        "1. The Council asks the Secretary General to table a revised budget.\n\n"
        "Secretary General Feridun Sinirlioglu said the Secretariat would comply."
    )
    assert people(ex) == {"Feridun Sinirlioğlu"}


def test_a_second_act_coordinated_with_the_first_acts_object_is_a_demand_of_its_own() -> None:
    ex = extract("Peru demanded the release of the trawler's crew and compensation for the catch.")
    assert proposed(ex) == {
        ("Peru", "the release of the trawler's crew"),
        ("Peru", "compensation for the catch"),
    }


def test_two_things_after_an_acts_of_stay_one_demand() -> None:
    ex = extract("Peru demanded the return of the trawler and its nets.")
    assert proposed(ex) == {("Peru", "the return of the trawler and its nets")}


def test_such_a_thing_in_a_reported_condition_refers_back_to_the_offer() -> None:
    ex = extract(
        "Peru's trade minister, Ana Rios, said Lima was ready to resume quota talks with Chile. "
        "Such talks, she added, could start only once the seizures end."
    )
    assert proposed(ex) == {("Peru", "resume quota talks with Chile")}
    assert [c.label for c in ex.conditions] == ["once the seizures end"]


def test_a_councils_closing_formula_offers_nothing() -> None:
    ex = extract(
        "Communique of the Peace and Security Council\n\n"
        "1. The Council calls on the parties to reopen the airport.\n\n"
        "2. The Council decides to remain actively seized of the situation.\n"
    )
    assert [p.label for p in ex.proposals] == ["reopen the airport"]


def test_co_sponsors_put_the_text_forward_with_its_author() -> None:
    ex = extract(
        "Live: fisheries talks\n\n"
        "10:15 Fiji has tabled a draft calling for a ban on drift nets. Tonga and Samoa are "
        "co-sponsors.\n"
    )
    assert {who for who, what in proposed(ex) if "drift nets" in what} == {
        "Fiji",
        "Tonga",
        "Samoa",
    }
    rules = {rule for p in ex.proposals for _, rule in p.reports}
    assert "proposals.co-sponsors" in rules


def test_co_sponsors_join_no_proposal_put_forward_sentences_before() -> None:
    ex = extract(
        "Fiji proposed a ban on drift nets in May. Tonga said nothing. Samoa welcomed the "
        "talks. A second paper, co-sponsored by Tonga and Samoa, is expected next week."
    )
    assert proposed(ex) == {("Fiji", "a ban on drift nets in May")}


@pytest.mark.parametrize(
    ("text", "who"),
    [
        (
            "Oxfam criticised the draft on Monday. The aid group wants a levy on windfall "
            "profits instead.",
            "Oxfam",
        ),
        (
            "The WTO ruled against the tariffs in May. The trade body wants the measures "
            "withdrawn by June.",
            "World Trade Organization",
        ),
    ],
)
def test_a_kind_of_body_after_the_stands_for_the_body_named_last(text: str, who: str) -> None:
    assert any(w == who for w, _ in proposed(extract(text)))


def test_a_kind_of_body_set_off_after_a_name_describes_that_name() -> None:
    ex = extract(
        "The Paris Club met in March. Japan, the largest lender, wants a longer grace period."
    )
    assert ("Japan", "a longer grace period") in proposed(ex)
    assert not any(who == "Paris Club" for who, _ in proposed(ex))


@pytest.mark.parametrize(
    "line",
    [
        "Paraguay dissociates itself from paragraph 14.",
        "The delegation of Paraguay said it could not associate itself with paragraph 14.",
    ],
)
def test_dissociating_from_a_paragraph_rejects_it(line: str) -> None:
    ex = extract(
        "Declaration of the Mercosur summit\n\n"
        "14. We call for a common tariff on imported steel.\n\n"
        f"{line}\n"
    )
    assert ("Paraguay", "rejects", "paragraph 14") in held_on(ex)


@pytest.mark.parametrize(
    "text",
    [
        "Senegal urges ECOWAS to act before the vote.",
        "Senegal urges the ECOWAS Commission to send observers to the border.",
    ],
)
def test_an_infinitive_after_an_urged_bodys_name_is_what_is_urged(text: str) -> None:
    ex = extract(text)
    assert [(labels(ex)[p.proposers[0]], p.kind) for p in ex.proposals] == [("Senegal", "demand")]


def test_northern_ireland_is_a_place_not_the_irish_state() -> None:
    ex = extract("Northern Ireland Secretary Ana Rios said the inquiry would reopen in May.")
    assert "Ireland" not in {e.label for e in ex.entities}
    assert not any(org == "Ireland" for _, org in affiliated(ex))


def test_a_person_a_who_clause_has_acting_is_the_he_of_the_next_sentence() -> None:
    ex = extract(
        "Chile's envoy, Ana Rios, rejected the audit on Monday. The committee later heard from "
        "Luis Mora, a fisheries scientist, who asked for more time. He said the stocks were "
        "still falling."
    )
    spoke = {(labels(ex)[k], st.label) for st in ex.statements for k in st.speakers}
    assert spoke == {("Luis Mora", "the stocks were still falling")}


def test_the_opposition_before_a_partys_name_describes_it_and_its_leader_is_the_partys() -> None:
    ex = extract(
        "The opposition Solidarity Party has seized on this. Its leader, Ana Rios, called "
        "it a surrender."
    )
    assert ("Ana Rios", "Solidarity Party") in affiliated(ex)


def test_a_person_whose_party_is_named_belongs_to_it() -> None:
    ex = extract("Prime Minister Ana Rios, whose Solidarity party opposed the deal, backs it now.")
    assert ("Ana Rios", "Solidarity party") in affiliated(ex)
