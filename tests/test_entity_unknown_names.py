"""Unknown capitalised names: offices, common noun phrases and the bodies a noun names."""

from __future__ import annotations

import pytest

from graph.extract.mentions import resolve_mentions
from graph.extract.text import split_sentences


def _named(text: str) -> list[tuple[str, str, str | None]]:
    res = resolve_mentions(text, split_sentences(text))
    out = []
    for m in res.mentions:
        info = res.entities[m.key]
        if info.cls in ("State", "Organisation", "Person"):
            out.append((text[m.start : m.end], info.cls, info.fine))
    return out


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("Aides say Fisheries Minister Tomas Vell will meet the lenders.", "Fisheries Minister"),
        ("The Tessaly Resident Coordinator, Ms. Ilse Maren, spoke first.", "Resident Coordinator"),
        (
            "Norland will not sit on the panel proposed by the Minister for Island Affairs.",
            "Island Affairs",
        ),
        ("Aid reached them through the envoy and the Harbour Team.", "Harbour Team"),
    ],
)
def test_offices_and_common_noun_phrases_are_no_one(text: str, absent: str) -> None:
    assert not any(absent in surface for surface, cls, _ in _named(text) if cls == "Person")


def test_name_after_office_on_the() -> None:
    text = "Later, Special Adviser on the Border Question Ilse Maren said talks would resume."
    assert ("Ilse Maren", "Person", None) in _named(text)


def test_common_noun_title_then_a_name() -> None:
    text = "Oren Vask, a spokesman for Davor Lind, said the offer was unserious."
    assert ("Davor Lind", "Person", None) in _named(text)


def test_noun_after_a_name_with_the_says_what_it_is() -> None:
    text = (
        "Milo Trask, who leads the Sarn Vela gang, spoke. Later Sarn Vela said it would talk. "
        "The gangs formed a coalition known as Kova Drin. Kova Drin rejected the offer."
    )
    named = _named(text)
    assert named.count(("Sarn Vela", "Organisation", "armed_group")) == 2
    assert named.count(("Kova Drin", "Organisation", "party")) == 2
    assert not any(cls == "Person" and "Sarn" in surface for surface, cls, _ in named)


def test_the_name_with_a_possessive_is_a_body() -> None:
    text = "The Norland embassy said it backs the Vela Kovan’s proposal for a shared port."
    assert ("Vela Kovan", "Organisation", None) in _named(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Kiro Vask leads the Varn People's Liberation Front, a militia.",
            "Varn People's Liberation Front",
        ),
        ("The army fought the People's Defence Forces near the river.", "People's Defence Forces"),
        ("Members of the Norland Peoples' Unity Party were freed.", "Peoples' Unity Party"),
        ("She led the Liberal Unity Party's Trade Division for years.", "Liberal Unity Party"),
    ],
)
def test_a_possessive_of_people_inside_a_name(text: str, name: str) -> None:
    assert any(surface.endswith(name) and cls == "Organisation" for surface, cls, _ in _named(text))


def test_a_known_state_after_a_possessive_of_people_stays_the_state() -> None:
    text = "The Embassy of the People's Republic of China in Norland said so."
    assert ("People's Republic of China", "State", None) in _named(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Norland backs the Regional Ad hoc Committee on Water, its envoy said.",
            "Regional Ad hoc Committee on Water",
        ),
        (
            "The talks ran under the Tessaly Border Implementation Panel, officials said.",
            "Tessaly Border Implementation Panel",
        ),
    ],
)
def test_ad_hoc_and_panel_in_a_body_s_name(text: str, name: str) -> None:
    assert (name, "Organisation", "international_body") in _named(text)


def test_ad_hoc_before_a_common_noun_is_no_name() -> None:
    assert _named("An Ad hoc group met on Monday.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Crowds in Tessaly protested against French military presence on Sunday.",
        "Norland said British military exercises near the coast must stop.",
        "Crowds watched as the French military left. Later the military rulers of Tessaly spoke.",
    ],
)
def test_military_as_an_adjective_names_no_armed_force(text: str) -> None:
    res = resolve_mentions(text, split_sentences(text))
    strong = [m for m in res.mentions if m.strong and res.entities[m.key].fine == "armed_force"]
    assert all(m.start > 0 and text[m.start - 4 : m.start] == "the " for m in strong)


def test_the_military_as_a_noun_is_the_armed_force() -> None:
    text = "Crowds watched as the French military left. Later the military said it would return."
    res = resolve_mentions(text, split_sentences(text))
    assert [m.key for m in res.mentions if m.strong].count("org-french-armed-forces") == 2


@pytest.mark.parametrize(
    "text",
    [
        "Tessaly passed a law halting its work with the UN watchdog last month.",
        "The two delegations met at a base run by UN peacekeepers near the border.",
    ],
)
def test_a_body_named_after_another_is_no_mention_of_it(text: str) -> None:
    res = resolve_mentions(text, split_sentences(text))
    assert not any(m.strong for m in res.mentions if m.key == "org-united-nations")


def test_a_body_before_a_title_is_still_named() -> None:
    text = "UN envoy Ilse Maren said the talks would resume."
    res = resolve_mentions(text, split_sentences(text))
    assert any(m.strong for m in res.mentions if m.key == "org-united-nations")


def test_the_name_before_a_noun_of_media_is_an_outlet() -> None:
    text = "The envoy told the Vela Kurier magazine in May that talks had stalled."
    assert ("Vela Kurier", "Organisation", "media") in _named(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Foreign Minister Gideon Sa'ar said on Monday that talks would go on.", "Gideon Sa'ar"),
        ("In a long interview, Karim Da'oud, who leads the group, spoke.", "Karim Da'oud"),
    ],
)
def test_an_apostrophe_inside_a_name_s_word(text: str, name: str) -> None:
    assert (name, "Person", None) in _named(text)


def test_an_apostrophe_of_a_contraction_or_possessive_ends_the_word() -> None:
    named = _named("Norland's envoy Karim Daoud doesn't agree.")
    assert ("Karim Daoud", "Person", None) in named


def test_a_gathering_after_on_the_sidelines_of_is_no_actor() -> None:
    text = "Ana Ruiz met Tessaly's envoy on the sidelines of the Varna Security Forum on Friday."
    res = resolve_mentions(text, split_sentences(text))
    forum = [m for m in res.mentions if text[m.start : m.end] == "Varna Security Forum"]
    assert forum and not any(m.strong for m in forum)


def test_the_same_body_named_as_an_actor_stays_one() -> None:
    text = "The Varna Security Forum said it would meet. Envoys talked on its sidelines."
    res = resolve_mentions(text, split_sentences(text))
    assert any(m.strong and text[m.start : m.end] == "Varna Security Forum" for m in res.mentions)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The Andean Textile & Garment Council urged Lima to cut the duty.",
            "Andean Textile & Garment Council",
        ),
        ("Harlow & Marsh said the duty would raise prices.", "Harlow & Marsh"),
    ],
)
def test_a_name_joined_by_an_ampersand_is_one_body(text: str, name: str) -> None:
    assert (name, "Organisation") in {(n, cls) for n, cls, _ in _named(text)}
    assert not any(cls == "Person" for _, cls, _ in _named(text))


def test_a_name_goes_on_across_para_la_and_pour_la() -> None:
    text = "Ana Ruiz of the Fundación Ideas para la Paz said the tariffs would hurt farmers."
    assert ("Fundación Ideas para la Paz", "Organisation") in {(n, c) for n, c, _ in _named(text)}


def test_a_name_ending_in_force_is_an_armed_force_not_a_person() -> None:
    text = "Fishermen say the Tarvian navy stopped a Belize Defence Force patrol on Sunday."
    named = _named(text)
    assert ("Belize Defence Force", "Organisation", "armed_force") in named
    assert not any(cls == "Person" for _, cls, _ in named)


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "The Deputy Special Representative and Head of the Tessaly Monitoring Mission, Ana "
            "Rios, said the ceasefire held.",
            "Tessaly Monitoring Mission",
        ),
        ("Ana Rios, Head of the Andean Survey Mission in Lima, said the ceasefire held.", None),
        ("The Sahel Economic Community said it was ready to send observers.", None),
    ],
)
def test_a_body_named_after_an_office_held_in_it_starts_after_the_office(
    text: str, body: str | None
) -> None:
    orgs = [surface for surface, cls, _ in _named(text) if cls == "Organisation"]
    assert len(orgs) == 1
    assert not orgs[0].startswith(("Head", "Deputy", "Special"))
    if body is not None:
        assert orgs == [body]


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("Tomas Berg, the head of Zenbank, said the loans would continue.", "Zenbank"),
        ("The chief executive of Zenbank said the loans would continue.", "Zenbank"),
        ("Ana Rios of the Tessaly Daily Inquirer asked about the loans.", "Tessaly Daily Inquirer"),
        (
            "The Harbour City Chronicle reported that the talks had stalled.",
            "Harbour City Chronicle",
        ),
    ],
)
def test_an_unknown_name_a_post_heads_or_a_newspaper_word_ends_is_a_body(
    text: str, body: str
) -> None:
    assert (body, "Organisation") in [(surface, cls) for surface, cls, _ in _named(text)]


def test_a_title_case_headline_clause_is_no_body_name() -> None:
    text = (
        "Security Council Extends Mission in Mali for One Year\n\n"
        "The Security Council extended the mission on Monday."
    )
    orgs = [surface for surface, cls, _ in _named(text) if cls == "Organisation"]
    assert not [o for o in orgs if "Extends" in o]
    assert "Security Council" in orgs


@pytest.mark.parametrize(
    ("text", "person", "absent"),
    [
        ("Paolo Santiago, a reporter, asked whether Peru would accept.", "Paolo Santiago", "Chile"),
        ("Peru proposed talks, said Ines Paris, a spokeswoman.", "Ines Paris", "France"),
        ("The question came from Ana Lima of the Daily Star.", "Ana Lima", "Peru"),
    ],
)
def test_a_capitals_name_after_a_given_name_is_a_surname(
    text: str, person: str, absent: str
) -> None:
    named = _named(text)
    assert (person, "Person", None) in named
    assert absent not in {surface for surface, _, _ in named}


def test_a_city_qualifier_or_a_texts_name_leaves_a_capital_no_persons_name() -> None:
    assert ("Lima", "State", None) in _named("Greater Lima said it would help.")
    assert _named("Both signed the Treaty of Paris and the Declaration of Lima.") == []


def test_a_known_name_running_past_the_capitalised_words_is_read_whole() -> None:
    text = "Later the UN Assistance Mission in Afghanistan offered to host technical talks."
    assert _named(text) == [
        ("UN Assistance Mission in Afghanistan", "Organisation", "international_body")
    ]


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("New Zealand paused its aid on Monday.", ("New Zealand", "State", None)),
        ("The state utility Varnelec owes money.", ("Varnelec", "Organisation", "company")),
        ("The Cook Islands signed a deal with Samoa.", ("Cook Islands", "State", None)),
    ],
)
def test_names_a_common_word_opens_or_a_body_noun_introduces(
    text: str, named: tuple[str, str, str | None]
) -> None:
    assert named in _named(text)


@pytest.mark.parametrize(
    ("text", "named"),
    [
        (
            "Chevron and Transneft said the pipeline would reopen.",
            ("Transneft", "Organisation", "company"),
        ),
        (
            "The Banque du Liban said it would lend in dollars.",
            ("Banque du Liban", "Organisation", "agency"),
        ),
        (
            "Tomas Berg of Andes Capital Economics said so.",
            ("Andes Capital Economics", "Organisation", "research_institute"),
        ),
    ],
)
def test_known_companies_central_banks_and_consultancies(
    text: str, named: tuple[str, str, str | None]
) -> None:
    assert named in _named(text)
