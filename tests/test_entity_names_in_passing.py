"""Names after offices, and the bodies and persons a text names in passing."""

from __future__ import annotations

from graph.extract.mentions import resolve_mentions
from graph.extract.text import split_sentences


def _named(text: str) -> list[tuple[str, str]]:
    res = resolve_mentions(text, split_sentences(text))
    out = []
    for m in res.mentions:
        info = res.entities[m.key]
        if info.cls in ("State", "Organisation", "Person"):
            out.append((text[m.start : m.end], info.cls))
    return out


def test_name_after_an_office_of_two_fields() -> None:
    text = "Later, Minister of Fisheries and Coastal Affairs Ilse Maren spoke to the press."
    named = _named(text)
    assert ("Ilse Maren", "Person") in named
    assert not any("Affairs" in surface for surface, _ in named)


def test_a_name_after_and_is_no_field_of_an_office() -> None:
    text = "The Minister of Trade and Industry Tomas Vell met Ilse Maren and Anton Brisk."
    named = _named(text)
    assert ("Tomas Vell", "Person") in named
    assert ("Anton Brisk", "Person") in named


def test_a_given_name_before_a_known_name_is_part_of_it() -> None:
    text = "The talks chaired by Muhammad Shehbaz Sharif ended late on Monday."
    named = _named(text)
    assert ("Muhammad Shehbaz Sharif", "Person") in named
    assert ("Muhammad", "Person") not in named


def test_a_document_named_with_its_abbreviation_is_no_body() -> None:
    text = "The lenders and Tessaly signed a Memorandum of Understanding (MoU) on the port."
    named = _named(text)
    assert not any(surface in ("MoU", "Memorandum of Understanding") for surface, _ in named)
    text = "The Group of Coastal Friends (GCF) met in Lima."
    assert ("GCF", "Organisation") in _named(text)


def test_a_stock_ticker_is_no_body() -> None:
    text = "Shares of the lender Marebank MRB.L fell after Tessaly froze the loans."
    assert not any(surface == "MRB" for surface, _ in _named(text))


def test_a_session_is_no_one() -> None:
    text = "Peru and Chile met in Lima.\nClosing Plenary Session\nChile said it would wait."
    assert not any("Session" in surface for surface, _ in _named(text))


def test_a_name_given_as_a_newspaper_is_no_one_elsewhere() -> None:
    text = (
        "Omar Haddad told the Cairo-based Sahar Al-Nour newspaper that he met the envoy."
        " 'We will wait,' Haddad told Sahar Al-Nour."
    )
    assert not any(surface == "Sahar Al-Nour" for surface, _ in _named(text))


def test_a_hyphen_joins_an_actor_and_a_body_of_more_words() -> None:
    named = _named("Peru accepted a plan presented by the UN-African Union envoy on Monday.")
    assert ("UN", "Organisation") in named
    assert ("African Union", "Organisation") in named
    assert not any("-" in surface for surface, _ in named)


def test_a_known_body_after_its_state_possessive_is_the_known_one() -> None:
    named = _named("Talks stalled. Colombia's National Liberation Army wants a truce first.")
    assert ("National Liberation Army", "Organisation") in named
    res_text = "Talks stalled. Colombia's National Liberation Army wants a truce first."
    res = resolve_mentions(res_text, split_sentences(res_text))
    assert "org-eln" in res.entities
    assert not any(k != "org-eln" and "liberation" in k for k in res.entities)


def test_another_states_adjective_keeps_a_bare_alias_from_the_known_body() -> None:
    text = (
        "Talks stall in Lima.\nPeruvian Congress Urges President to Meet the Rebels\n"
        "Lawmakers said so on Monday."
    )
    assert not any(surface == "Congress" for surface, _ in _named(text))


def test_a_compass_letter_before_a_known_name() -> None:
    named = _named("Envoys discuss N Korea sanctions in Lima")
    assert ("N Korea", "State") in named
    assert ("S Jaishankar", "Person") in _named("Later, S Jaishankar met the envoys of Peru.")
    assert not any(cls == "Person" for _, cls in _named("Peru weighs a W Sahara self-rule offer"))


def test_a_trade_agreement_known_by_its_acronym_is_no_body() -> None:
    named = _named("Canada said the next round of NAFTA talks would open in Lima.")
    assert not any(surface == "NAFTA" for surface, _ in named)


def test_a_title_in_title_case_leaves_its_short_words_small() -> None:
    text = (
        "Brisk Met with the Ministers of Norland and Tessaly in Lima\n\n"
        "Peru said on Monday that the talks with Chile would go on."
    )
    assert not any("Met" in surface for surface, _ in _named(text))


def test_a_rank_abbreviated_without_a_full_stop_is_no_part_of_the_name() -> None:
    text = (
        "Peru's army chief Gen Anton Brisk met Lt Gen Ilse Maren and Col Tomas Vell in Lima."
        " Maj Gen Rosa Quint and Gov Luis Arce stayed away."
    )
    named = _named(text)
    for name in ("Anton Brisk", "Ilse Maren", "Tomas Vell", "Rosa Quint", "Luis Arce"):
        assert (name, "Person") in named


def test_and_between_two_adjectives_is_inside_one_name() -> None:
    text = "Peru took the case to the Court of Justice of the Andean Economic and Monetary Union."
    named = _named(text)
    assert (
        "Court of Justice of the Andean Economic and Monetary Union",
        "Organisation",
    ) in named
    assert not any(surface == "Monetary Union" for surface, _ in named)


def test_a_body_named_with_a_list_of_fields_is_one_name() -> None:
    text = (
        "Peru asked the Board of Fisheries, Ports and Coastal Affairs to reply."
        " The Committee on Energy, Mines and Industry met in Lima."
    )
    named = _named(text)
    assert ("Board of Fisheries, Ports and Coastal Affairs", "Organisation") in named
    assert ("Committee on Energy, Mines and Industry", "Organisation") in named
    assert not any(
        surface in ("Ministry of Fisheries", "Committee on Energy") for surface, _ in named
    )


def test_a_list_of_states_after_a_body_is_no_part_of_its_name() -> None:
    named = _named("The Council of Ministers, Peru and Chile agreed on the plan.")
    assert ("Peru", "State") in named
    assert ("Chile", "State") in named


def test_an_abbreviation_spells_a_name_that_lists_its_fields() -> None:
    text = (
        "Fisheries, Ports and Coastal Affairs Tessaly (FPCAT) will keep the quotas."
        " FPCAT said Norland had not replied."
    )
    named = _named(text)
    assert ("Fisheries, Ports and Coastal Affairs Tessaly", "Organisation") in named
    assert ("FPCAT", "Organisation") in named
    assert not any(surface == "FPCAT" and cls == "State" for surface, cls in named)


def test_a_surname_alone_is_the_person_of_that_name_named_last_before_it() -> None:
    text = (
        "President Ana Vargas met the envoys of Chile on Monday. Vargas said Peru could not pay."
        " Her predecessor Luis Vargas disagreed. Vargas called the plan reckless."
    )
    res = resolve_mentions(text, split_sentences(text))
    alone = [m.key for m in res.mentions if text[m.start : m.end] == "Vargas"]
    assert alone == ["person-ana-vargas", "person-luis-vargas"]


def test_a_capital_in_a_dateline_is_where_the_story_was_filed() -> None:
    for text in (
        "Lima | Chile said it would wait for Bolivia.",
        "Lima — Chile said it would wait.",
        "Lima, May 5 (Andean Wire) - Chile said it would wait.",
    ):
        assert not any(cls == "State" and surface == "Lima" for surface, cls in _named(text))
    assert ("Lima", "State") in _named("Lima said on Monday it would wait for Chile.")


def test_a_state_named_before_its_private_people_is_no_actor() -> None:
    text = "Gangs in Peru freed two Chile missionaries on Monday, officials in Lima said."
    res = resolve_mentions(text, split_sentences(text))
    forms = [(text[m.start : m.end], m.form) for m in res.mentions if m.key == "state-chile"]
    assert forms == [("Chile", "demonym")]


def test_a_demonym_after_another_states_is_a_people_of_that_state() -> None:
    text = "Bolivian Chilean leaders rejected the plan on Monday."
    res = resolve_mentions(text, split_sentences(text))
    forms = [m.form for m in res.mentions if m.key == "state-chile"]
    assert forms == ["demonym"]


def test_a_verb_of_meeting_in_a_title_is_no_part_of_a_name() -> None:
    for text in (
        "Secretary General Brisk Met with Foreign Ministers of Peru and Chile\n\nPeru agreed.",
        "Brisk Tours Lima\n\nPeru agreed to the plan on Monday.",
    ):
        assert not any(w in surface for surface, _ in _named(text) for w in ("Met", "Tours"))
