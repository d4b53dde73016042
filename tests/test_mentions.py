"""The entity layer's passes over a whole document: aliases, anaphors, pairs, ministries, units."""

from __future__ import annotations

import pytest

from graph.documents import document_from_text
from graph.extract import extract_document
from graph.extract.mentions import Resolution, head_noun, resolve_mentions
from graph.extract.text import split_sentences


def _resolve(text: str) -> Resolution:
    return resolve_mentions(text, split_sentences(text))


def _named(text: str) -> list[tuple[str, str, str]]:
    return [(text[m.start : m.end], m.key, m.form) for m in _resolve(text).mentions]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Oslo Peace Forum (OPF) said on Monday that OPF staff had left.",
            [
                ("Oslo Peace Forum", "org-oslo-peace-forum", "name"),
                ("OPF", "org-oslo-peace-forum", "name"),
                ("OPF", "org-oslo-peace-forum", "name"),
            ],
        ),
        (
            "NATO said it would respond. Russia and Ukraine talked. "
            "The alliance said the two sides must meet.",
            [
                ("NATO", "org-nato", "name"),
                ("Russia", "state-russia", "name"),
                ("Ukraine", "state-ukraine", "name"),
                ("The alliance", "org-nato", "anaphor"),
                ("the two sides", "state-russia", "pair"),
                ("the two sides", "state-ukraine", "pair"),
            ],
        ),
        (
            "Prime Minister Anna Kovac arrived. The prime minister said she would stay.",
            [
                ("Anna Kovac", "person-anna-kovac", "name"),
                ("The prime minister", "person-anna-kovac", "anaphor"),
            ],
        ),
        (
            "Israel said the offer stood. The government said it would wait.",
            [("Israel", "state-israel", "name"), ("The government", "state-israel", "anaphor")],
        ),
        (
            "Greece said so. Greece and Turkey met. The Foreign Ministry said talks would resume.",
            [
                ("Greece", "state-greece", "name"),
                ("Greece", "state-greece", "name"),
                ("Turkey", "state-turkey", "name"),
                ("Foreign Ministry", "org-ministry-of-foreign-affairs-of-turkey", "name"),
            ],
        ),
    ],
)
def test_mentions_document_passes(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _named(text) == expected


def _anaphors(text: str) -> list[tuple[str, str]]:
    return [(text[m.start : m.end], m.key) for m in _resolve(text).mentions if m.form == "anaphor"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A junta named with its state before: the later bare noun is that state's.
        (
            "The Chadian junta met envoys. Sudan sent a delegation. The junta said it would wait.",
            [("The junta", "state-chad")],
        ),
        (
            "Guinea's ruling junta met envoys. Senegal sent a delegation. "
            "The junta said it would wait.",
            [("The junta", "state-guinea")],
        ),
        # Never named with its state: the junta is left unread, not given the last state named.
        ("Members of the junta met envoys. Senegal sent a delegation. The junta said no.", []),
        # A government noun named with a state before wins over the state named last.
        (
            "The Kenyan government hosted the talks. Uganda and Tanzania sent envoys. "
            "The government said the talks would go on.",
            [("The government", "state-kenya")],
        ),
        (
            "Somalia asked for more troops. The federal government said it would pay.",
            [("The federal government", "state-somalia")],
        ),
    ],
)
def test_mentions_government_nouns_refer_to_the_state_named_with_them(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert _anaphors(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Lena Varga wrote on Harbour Social that the talks had failed.",
        "Lena Varga shared it on her platform, Harbour Social, on Monday.",
        "Lena Varga said in a post on her Harbour Social account that talks had failed.",
    ],
)
def test_mentions_platform_where_something_was_posted_is_no_actor(text: str) -> None:
    """ "wrote on Harbour Social": where it was posted, not a person."""
    assert _named(text) == [("Lena Varga", "person-lena-varga", "name")]


def test_mentions_abbreviation_is_not_read_inside_a_longer_word() -> None:
    text = "The Oslo Peace Forum (OPF) said so. OPF staff left; OPFx and OPF_2 are codes."
    forum = [s for s, key, _ in _named(text) if key == "org-oslo-peace-forum"]
    assert forum == ["Oslo Peace Forum", "OPF", "OPF"]


def test_mentions_unit_at_an_institute_named_twice_is_one_node() -> None:
    # The second "X at Y" used to raise a KeyError: the unit had been merged the first time.
    text = (
        "Jane Roe, a fellow at the Center for Arms Control at the Oslo Institute, spoke. "
        "The Center for Arms Control at the Oslo Institute said so."
    )
    res = _resolve(text)
    assert {m.key for m in res.mentions if m.key.startswith("org-")} == {"org-oslo-institute"}
    aliases = res.entities["org-oslo-institute"].aliases
    assert "Center for Arms Control at the Oslo Institute" in aliases


def test_mentions_actor_mentions_in_a_range() -> None:
    text = "Russia said so. Vienna hosted talks. NATO and Ukraine met in Vienna."
    res = _resolve(text)
    for start, end in ((0, len(text)), (16, 40), (37, 60), (5, 5)):
        assert res.actor_mentions(start, end) == [
            m for m in res.mentions if start <= m.start and m.end <= end and res.is_actor(m.key)
        ]


def test_mentions_a_headline_verb_after_a_name_is_no_surname() -> None:
    x = extract_document(
        document_from_text("Kobus Offers to Mediate Border Row\n\nKobus Offers said nothing.")
    )
    assert not any(e.label.endswith("Offers") for e in x.entities)


def test_mentions_the_pm_is_the_prime_minister_named_before() -> None:
    x = extract_document(
        document_from_text(
            "Border talks\n\nPrime Minister Ana Ruiz met the envoy on Monday. "
            "The PM is seeking changes to the border treaty."
        )
    )
    assert [p.proposers for p in x.proposals] == [("person-ana-ruiz",)]


def test_mentions_the_outfit_is_the_armed_group_named_before() -> None:
    named = _named(
        "Hamas turned down the truce on Monday. The outfit said the prisoners would stay."
    )
    assert ("The outfit", "org-hamas", "anaphor") in named


def test_mentions_pm_before_a_name_is_a_title() -> None:
    x = extract_document(document_from_text("Peruvian PM Ana Ruiz flew to Lima on Monday."))
    assert {e.key for e in x.entities} >= {"person-ana-ruiz", "state-peru"}
    assert ("person-ana-ruiz", "state-peru") in {(a.person, a.org) for a in x.affiliations}


@pytest.mark.parametrize(
    ("label", "head"),
    [
        ("IAEA Board of Governors", "board"),
        ("UN Security Council", "council"),
        ("European Commission", "commission"),
        ("Hamas", None),
        ("G7", None),
    ],
)
def test_mentions_head_noun_of_an_organisations_name(label: str, head: str | None) -> None:
    assert head_noun(label) == head


def test_mentions_the_head_noun_refers_to_the_organisation_named_last_with_it() -> None:
    text = (
        "The Lima Fisheries Council met the Andean Water Board on Monday. "
        "The council said the board had refused. The state would wait."
    )
    found = [(f, k) for f, k, form in _named(text) if form == "anaphor"]
    assert found == [
        ("The council", "org-lima-fisheries-council"),
        ("the board", "org-andean-water-board"),
    ]


def test_mentions_an_anaphor_that_opens_a_longer_name_is_that_name() -> None:
    text = (
        "Ana Ruiz is a fellow at the Baltic Policy Institute. "
        "Tom Baker works at the Institute for Arctic Studies in Oslo."
    )
    assert [f for f, _, form in _named(text) if form == "anaphor"] == []


@pytest.mark.parametrize(
    ("text", "key"),
    [  # a wire agency's credit after a dateline is no abbreviation of the place
        ("LIMA, Peru (AP) — Chile and Peru met. AP could not confirm it.", "org-associated-press"),
        # an abbreviation that spells the name is its alias, whatever else it may stand for
        (
            "The National Steering Committee (NSC) met. The NSC said no.",
            "org-national-steering-committee",
        ),
    ],
)
def test_mentions_an_abbreviation_in_brackets_spells_the_name_or_names_its_own_body(
    text: str, key: str
) -> None:
    assert {k for f, k, _ in _named(text) if f in ("AP", "NSC")} == {key}


def test_mentions_no_head_noun_reference_before_the_name() -> None:
    text = "The board will meet on Monday. The Andean Water Board has not said when."
    assert [f for f, _, form in _named(text) if form == "anaphor"] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The talks were useful, Chile's foreign minister said. "
            "Chilean Foreign Minister Ana Ruiz spoke after the meeting.",
            [("Chile's foreign minister", "person-ana-ruiz")],
        ),
        (
            "Peru's Foreign Minister Ana Ruiz met Chile's foreign minister on Monday.",
            [],
        ),
    ],
)
def test_mentions_a_states_title_is_the_one_person_so_titled_with_that_state(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert [(f, k) for f, k, form in _named(text) if form == "anaphor"] == expected


def test_mentions_a_leader_counts_for_the_state_they_lead_in_both_governments() -> None:
    # Maduro and Modi lead Venezuela and India in the lexicon; Brazil is named more often
    # than either state, less often than either state with its leader.
    text = (
        "Brazil hosted the summit in Brazil's capital. Venezuela sent Nicolas Maduro, who met "
        "Narendra Modi of India; Maduro thanked Modi. Later both governments signed a memorandum."
    )
    pairs = sorted(k for f, k, form in _named(text) if form == "pair")
    assert pairs == ["state-india", "state-venezuela"]


def test_mentions_both_sides_are_the_pair_named_together_not_a_busy_mediator() -> None:
    # Norway is named more often than either side, never together with one.
    text = (
        "Chile, Peru resume talks. Chile and Peru met in Oslo, Norway hosted them, Norway "
        "paid, and Norway spoke. Later the host said both sides agreed to meet again."
    )
    pairs = sorted(k for f, k, form in _named(text) if form == "pair")
    assert pairs == ["state-chile", "state-peru"]


def test_mentions_the_sides_are_the_two_sides_not_the_last_two_named() -> None:
    text = (
        "Chile and Peru met in Lima. Chile and Peru talked. Bolivia and Ecuador watched. "
        "When the sides last met, they agreed on quotas."
    )
    pairs = sorted(k for f, k, form in _named(text) if form == "pair")
    assert pairs == ["state-chile", "state-peru"]


def test_mentions_both_sides_may_be_a_state_and_an_armed_group() -> None:
    text = (
        "Colombia and the FARC met in Havana. Colombia spoke first and the FARC replied. "
        "Cuba urged both sides to keep talking."
    )
    pairs = sorted(k for f, k, form in _named(text) if form == "pair")
    assert pairs == ["org-farc", "state-colombia"]


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "Chile and Peru fought. Chile shelled the port. Bolivia urged both sides to stop.",
            ["state-chile", "state-peru"],
        ),
        (
            "Chile and Peru met. Bolivia spoke. Chile and Peru signed the deal, with both sides "
            "pledging to stop.",
            ["state-chile", "state-peru"],
        ),
    ],
)
def test_mentions_both_sides_are_not_the_one_actor_that_addresses_them(
    text: str, pair: list[str]
) -> None:
    assert sorted(k for _, k, form in _named(text) if form == "pair") == pair


@pytest.mark.parametrize(
    ("text", "first"),
    [
        (
            "Greeting Putin in Lima, the envoy said talks would go on.",
            ("Putin", "person-vladimir-putin"),
        ),
        (
            "Irving Stone met the envoy. Stone said talks would go on.",
            ("Irving Stone", "person-irving-stone"),
        ),
    ],
)
def test_mentions_a_participle_opening_a_sentence_is_no_given_name(
    text: str, first: tuple[str, str]
) -> None:
    assert _named(text)[0][:2] == first


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Chile will consult the bank. The Andean nation rejected the offer on Monday.",
            [("The Andean nation", "state-chile")],
        ),
        ("Chile met Peru. The other country said no. The two nations will talk.", []),
    ],
)
def test_mentions_a_state_described_not_named(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(f, k) for f, k, form in _named(text) if form == "anaphor"] == expected


def test_mentions_an_abbreviation_spelled_out_after_it_stands_for_the_name() -> None:
    text = "The LPF (Lima Peace Forum) met on Monday. The LPF said it would meet again."
    assert {k for f, k, _ in _named(text) if f == "LPF"} == {"org-lima-peace-forum"}


@pytest.mark.parametrize(
    "text",
    [
        "The talks covered Confidence Building Measures and the Basic Principles.",
        "Clashes erupted in Kerman District of Illegally Annexed Valley.",
        "The Lima-headquartered Andean Water Board met.",
    ],
)
def test_mentions_title_case_phrases_of_texts_and_areas_are_no_people(text: str) -> None:
    assert not [k for _, k, _ in _named(text) if k.startswith("person-")]


@pytest.mark.parametrize(
    "text",
    [
        "Delegates from Andean Empowerment met the minister.",
        "The Reconstituted Interim Government said it would sign.",
        "Delegates praised the Coastal Reconciliation effort.",
    ],
)
def test_mentions_title_case_phrases_ending_in_an_abstract_noun_are_no_people(text: str) -> None:
    assert not [k for _, k, _ in _named(text) if k.startswith("person-")]


def test_mentions_a_surname_shorter_than_an_abstract_noun_stays_a_name() -> None:
    assert [k for _, k, _ in _named("Ashley Clement of Kenya spoke.")] == [
        "person-ashley-clement",
        "state-kenya",
    ]


def test_mentions_given_names_that_end_like_adverbs_stay_names() -> None:
    assert [k for _, k, _ in _named("Sally Daly and Anne Adams spoke.")] == [
        "person-sally-daly",
        "person-anne-adams",
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a transcript's label in capitals after an honorific: a surname, not an acronym
            "Q: Will the talks resume?\n\nMS. QUIROGA: They will resume next week.",
            [("QUIROGA", "person-quiroga", "name")],
        ),
        (  # the one person of the document with that surname
            "Ana Quiroga spoke to reporters.\n\nMS. QUIROGA: The talks will resume next week.",
            [
                ("Ana Quiroga", "person-ana-quiroga", "name"),
                ("QUIROGA", "person-ana-quiroga", "name"),
            ],
        ),
    ],
)
def test_mentions_a_surname_in_capitals_after_an_honorific(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert _named(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a common word in capitals: a time, not an acronym
        ("The rebels have until Friday at NINE (9) AM to reply, the envoy said.", []),
        # a word stressed in a sentence that already stresses a phrase in capitals
        (
            '"This is the FINAL OFFER, and after it comes all CHAOS," '
            "the president of Kenya wrote.",
            [("Kenya", "state-kenya")],
        ),
        # a caption's label glued to its credit
        (
            "Police led away a man in Nairobi on Monday.PICTURE:AFP",
            [
                ("Nairobi", "place-nairobi"),
                ("AFP", "org-agence-france-presse"),
            ],
        ),
        # a region's abbreviation before a postcode
        ("Write to: 4 Lake Road, Canberra, ACT 2600.", [("Canberra", "state-australia")]),
        # an unknown acronym mid-sentence still names an organisation
        (
            "The minister met ZNFU officials on Monday.",
            [("ZNFU", "org-znfu")],
        ),
    ],
)
def test_mentions_words_in_capitals_that_are_no_acronym(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert [(f, k) for f, k, _ in _named(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Andean Liberation Front met government envoys in Quito. "
            "The rebel group rejected the offer.",
            [("The rebel group", "org-andean-liberation-front")],
        ),
        (
            "The Economic Community of West African States met in Abuja. "
            "The regional bloc proposed a longer transition.",
            [("The regional bloc", "org-ecowas")],
        ),
    ],
)
def test_mentions_an_anaphor_with_a_describing_word(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert [(f, k) for f, k, form in _named(text) if form == "anaphor"] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Government of National Salvation met the Alliance of Free Farmers.",
            [
                ("Government of National Salvation", "org-government-of-national-salvation"),
                ("Alliance of Free Farmers", "org-alliance-of-free-farmers"),
            ],
        ),
        (  # the government of a state the lexicon knows is that state
            "The Government of Canada wrote to India.",
            [("Government of Canada", "state-canada"), ("India", "state-india")],
        ),
    ],
)
def test_mentions_a_government_or_alliance_of_a_name_is_an_organisation(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert [(f, k) for f, k, _ in _named(text)] == expected


def test_mentions_the_soviet_union_is_a_former_state_no_actor() -> None:
    text = "Poland wants no return to the days of the USSR and of the Soviet Union."
    assert [(f, k) for f, k, _ in _named(text)] == [
        ("Poland", "state-poland"),
        ("USSR", "place-soviet-union"),
        ("Soviet Union", "place-soviet-union"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The dispute centres on Zenbank, a Chilean-owned savings bank that serves the north.",
            [("Zenbank", "org-zenbank")],
        ),
        (
            "Gas would reach the region through the national grid operator, Andegas. It failed.",
            [("Andegas", "org-andegas")],
        ),
        ("Talks with Kovac, a member of the party, failed.", []),
    ],
)
def test_mentions_a_single_name_described_as_an_organisation(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert [(f, k) for f, k, _ in _named(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Minister of Regional Cooperation Tomas Varga rejected the offer.",
            [("Tomas Varga", "person-tomas-varga")],
        ),
        (
            "The rebels wrote to the High Commissioner for Reconciliation Lena Kovac on Monday.",
            [("Lena Kovac", "person-lena-kovac")],
        ),
    ],
)
def test_mentions_a_name_after_a_title_of_an_office(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert [(f, k) for f, k, _ in _named(text)] == expected


def test_mentions_a_capital_naming_a_clock_or_a_meeting_is_a_place() -> None:
    text = "Peru and Chile will talk at 09:00 Hanoi time, a week after the Vienna meeting."
    assert [(f, k) for f, k, _ in _named(text)] == [
        ("Peru", "state-peru"),
        ("Chile", "state-chile"),
        ("Hanoi", "place-hanoi"),
        ("Vienna", "place-vienna"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Five Rivers Alliance met envoys. The Rivers Alliance rejected the plan.",
            [
                ("Five Rivers Alliance", "org-five-rivers-alliance"),
                ("Rivers Alliance", "org-five-rivers-alliance"),
            ],
        ),
        (
            "The Fisheries Directorate said talks went well. The Chilean Fisheries Directorate "
            "wants calm.",
            [
                ("Fisheries Directorate", "org-chilean-fisheries-directorate"),
                ("Chilean Fisheries Directorate", "org-chilean-fisheries-directorate"),
            ],
        ),
        (  # a word of the name, not a qualifier: two bodies
            "The Liberal Democratic Party met the Democratic Party.",
            [
                ("Liberal Democratic Party", "org-liberal-democratic-party"),
                ("Democratic Party", "org-democratic-party"),
            ],
        ),
    ],
)
def test_mentions_an_organisation_named_with_and_without_a_qualifier_is_one_node(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert [(f, k) for f, k, _ in _named(text)] == expected


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (  # a stored excerpt cut off inside a name: the cut name is none
            "Chile asked the Andean Fisheries Board for a ruling. Peru wrote to the Andean Fish",
            ["Chile", "Andean Fisheries Board", "Peru"],
        ),
        (
            "Chile wrote to the Oslo Peace Forum. Peru wrote to the OP",
            ["Chile", "Oslo Peace Forum", "Peru"],
        ),
        (  # whole: the name named before, or one the lexicon knows
            "Chile wrote to the Oslo Peace Forum. Peru wrote to the Oslo Peace Forum",
            ["Chile", "Oslo Peace Forum", "Peru", "Oslo Peace Forum"],
        ),
        (  # a word taken for the cut name's surname goes with it
            "Chile asked Andean for a ruling. Peru wrote to the Andean Fish",
            ["Chile", "Peru"],
        ),
        ("Chile wrote to Peru", ["Chile", "Peru"]),
    ],
)
def test_mentions_a_name_cut_off_by_the_end_of_an_excerpt_is_none(
    text: str, names: list[str]
) -> None:
    assert [surface for surface, _, _ in _named(text)] == names


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # self-governing entities that negotiate in their own name, and their other spellings
            "Officials of Republika Srpska met envoys from Transdnestr.",
            [("Republika Srpska", "state-republika-srpska"), ("Transdnestr", "state-transnistria")],
        ),
        (  # a demonym of a de facto state, longer than the demonym of its patron
            "The Turkish Cypriot side asked for a new crossing.",
            [("Turkish Cypriot", "state-northern-cyprus")],
        ),
        (  # leaders met by surname only, a monarch by regnal number
            "Christodoulides and Erhürman met; later Mohammed VI wrote to both.",
            [
                ("Christodoulides", "person-nikos-christodoulides"),
                ("Erhürman", "person-tufan-erhurman"),
                ("Mohammed VI", "person-mohammed-vi"),
            ],
        ),
        (  # a company and a standing group of three mediators
            "ExxonMobil declined to comment. The Troika urged both parties to return.",
            [("ExxonMobil", "org-exxonmobil"), ("Troika", "org-troika")],
        ),
        (  # a group of creditor states, parties of a state, news outlets
            "The Paris Club agreed; New Democracy and To Potami objected, TV4 and ANF reported.",
            [
                ("Paris Club", "org-paris-club"),
                ("New Democracy", "org-new-democracy-greece"),
                ("To Potami", "org-to-potami"),
                ("TV4", "org-tv4-sweden"),
                ("ANF", "org-firat-news-agency"),
            ],
        ),
    ],
)
def test_mentions_real_world_states_people_and_bodies_of_the_lexicon(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert [(f, k) for f, k, _ in _named(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # an event named after a person is no person
            "Speaking at the Daniel Moraga Memorial Lecture, Ana Ruiz said talks would go on.",
            [("Ana Ruiz", "person-ana-ruiz")],
        ),
        ("Traders waited at the Rio Verde Border Post for days.", []),  # a facility, no paper
        ("The Sarn Islanders say their reef is richer now.", []),  # a plural of people
        (  # a hyphenated attributive ("X-headquartered") before a name is no surname
            "Talks were held by the Santa Cruz-headquartered OAS.",
            [("OAS", "org-organization-of-american-states")],
        ),
    ],
)
def test_mentions_title_case_phrases_that_name_no_person(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert [(f, k) for f, k, _ in _named(text)] == expected


def test_mentions_an_acronym_of_a_name_the_text_wrote_out() -> None:
    text = "The Andean Fisheries Board (AFB-North) met on Monday. Later the AFB said it would wait."
    assert [(f, k) for f, k, _ in _named(text)] == [
        ("Andean Fisheries Board", "org-andean-fisheries-board"),
        ("AFB-North", "org-andean-fisheries-board"),
        ("AFB", "org-andean-fisheries-board"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a dateline with no full stop: the capitalised word after it opens a sentence
            "Filed 2024-03-01 With Harbour Workers Union (HWU) on strike, the port shut.",
            [
                ("Harbour Workers Union", "org-harbour-workers-union"),
                ("HWU", "org-harbour-workers-union"),
            ],
        ),
        (  # a common word after a noun of companies is no company's name
            "Of the offers Chile tabled, the group None accepted, and talks ended.",
            [("Chile", "state-chile")],
        ),
    ],
)
def test_mentions_a_capitalised_common_word_opens_no_name(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert [(f, k) for f, k, _ in _named(text)] == expected


@pytest.mark.parametrize(
    "text",
    [
        "The Ministers of Foreign Affairs of Chile and Peru met in Lima on Monday.",
        "The EU High Representative for Foreign Affairs and Security Policy, Ana Ruiz, spoke.",
        "Ana Ruiz, Minister of Foreign Affairs, and Jon Bel, Minister of Trade, signed it.",
        "Ana Ruiz, the Secretary of Foreign Affairs, met her Norlandic peer on Friday.",
        "The president asked the heads of Energy, Jon Bel, and Foreign Affairs, Ana Ruiz, to act.",
    ],
)
def test_mentions_a_portfolio_in_a_title_is_no_organisation(text: str) -> None:
    assert not [k for _, k, _ in _named(text) if k == "org-foreign-affairs"]


def test_mentions_the_magazine_of_a_portfolio_name_is_read_when_called_one() -> None:
    text = "An essay in the Foreign Affairs magazine argued that Norland had erred."
    assert "org-foreign-affairs" in [k for _, k, _ in _named(text)]


@pytest.mark.parametrize(
    "text",
    [
        "The Defence Affairs spokesman Minister Ravi Perera said the army would hold.",
        "Both sides signed the Tarapaca Agreements in March.",
        "The Andean Protocols were never ratified.",
    ],
)
def test_mentions_portfolios_and_plural_texts_are_no_people(text: str) -> None:
    found = [f for f, k, _ in _named(text) if k.startswith("person-")]
    assert found in ([], ["Ravi Perera"])


def test_mentions_a_peerage_title_before_a_surname_is_a_title() -> None:
    text = "Baroness Jane Holt chaired the talks. Later Lady Holt thanked both delegations."
    assert {k for _, k, _ in _named(text) if k.startswith("person-")} == {"person-jane-holt"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Talks with the Zapatists stalled. The Zapatists said the army must leave first.",
            [("Zapatists", "org-zapatists"), ("Zapatists", "org-zapatists")],
        ),
        (
            "The country's Zapatist rebels rejected the offer. The rebels want a new charter.",
            [("Zapatist rebels", "org-zapatists"), ("The rebels", "org-zapatists")],
        ),
        ("Scientists said the glacier was melting.", []),
    ],
)
def test_mentions_a_movement_named_by_its_followers(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert [(f, k) for f, k, _ in _named(text)] == expected


@pytest.mark.parametrize(
    ("text", "name", "abbr"),
    [
        (  # a connector's letter kept: "in" gives the I
            "Peacekeepers from the Andean Observer Mission in Peru (AOMIP) left Lima on Monday.",
            "Andean Observer Mission in Peru",
            "AOMIP",
        ),
        (  # the written-out name after its abbreviation, a connector's letter dropped
            "The talks can resume once the CRM (Coastal Riders of Manta) disarm.",
            "Coastal Riders of Manta",
            "CRM",
        ),
    ],
)
def test_mentions_an_abbreviation_names_the_whole_name_it_spells(
    text: str, name: str, abbr: str
) -> None:
    named = _named(text)
    whole = [k for f, k, _ in named if f == name]
    assert whole and whole[0].startswith("org-")
    assert {k for f, k, _ in named if f == abbr} == set(whole)
    assert not [k for _, k, _ in named if k.startswith("person-")]


@pytest.mark.parametrize(
    ("text", "state"),
    [
        ("Peru and Chile agreed at their summit in Ecuador to reopen the border.", "state-ecuador"),
        ("The meeting of the two ministers took place in Bolivia on Monday.", "state-bolivia"),
        ("Chile and Peru held talks on the fishing accord in Bolivia last week.", "state-bolivia"),
        ("Envoys of Peru and Chile began a new round in Quito, Ecuador, in May.", "state-ecuador"),
        ("Chile and Bolivia signed the accord in Lima, Peru, on Sunday.", "state-peru"),
    ],
)
def test_mentions_a_state_named_as_where_a_meeting_was_held_is_a_place(
    text: str, state: str
) -> None:
    assert state not in {k for _, k, _ in _named(text)}


@pytest.mark.parametrize(
    "text",
    [
        "Chile said Bolivia had broken the Lima Convention on fishing.",
        "Under the Lima Treaty, Chile and Bolivia share the river's water.",
    ],
)
def test_mentions_a_capital_naming_a_text_is_no_state(text: str) -> None:
    assert "state-peru" not in {k for _, k, _ in _named(text)}


@pytest.mark.parametrize(
    "text",
    [
        "The talks were held in Ecuador. The Ecuadorian envoy said both sides had agreed.",
        "The talks were held in Ecuador, which has mediated two earlier rounds.",
        "The envoys met in Quito, Ecuador. Ecuador offered to host the next round.",
    ],
)
def test_mentions_a_venue_also_named_as_an_actor_stays_a_state(text: str) -> None:
    assert "state-ecuador" in {k for _, k, _ in _named(text)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "European Union Spokesperson's Remarks\n\nThe spokesperson said talks would resume.",
            [("European Union", "org-european-union")],
        ),
        (  # a name inside a longer name of the title is not read on its own
            "Ministry of Foreign Affairs of Chile\n\nThe ministry said the talks would resume.",
            [],
        ),
    ],
)
def test_mentions_names_the_lexicon_knows_in_a_title_line(
    text: str, expected: list[tuple[str, str]]
) -> None:
    body = text.index("\n\n") + 2
    res = resolve_mentions(text, split_sentences(text, body))
    found = [(text[m.start : m.end], m.key) for m in res.mentions if m.start < body]
    assert [x for x in found if x[1] != "state-chile"] == expected


@pytest.mark.parametrize(
    ("text", "person"),
    [
        (  # a diplomatic honorific is a title
            "Chile thanked His Excellency Tomas Varga for a month of patient mediation.",
            "person-tomas-varga",
        ),
        (  # a name word an organisation also bears, between a given name and a surname
            "The council named Omar Fatah Haddadi, a former minister, as its envoy.",
            "person-omar-fatah-haddadi",
        ),
    ],
)
def test_mentions_a_persons_name_read_whole(text: str, person: str) -> None:
    assert person in {k for _, k, _ in _named(text)}


@pytest.mark.parametrize(
    ("text", "places"),
    [
        (
            "Power was cut in Alta Vista, Baja Loma, Punta Roja and Cerro Azul on Monday.",
            {"place-baja-loma", "place-punta-roja", "place-cerro-azul"},
        ),
        ("Fighting reached the western towns of Tarma and Az Zahra.", {"place-az-zahra"}),
    ],
)
def test_mentions_names_listed_after_a_place_are_places(text: str, places: set[str]) -> None:
    keys = {k for _, k, _ in _named(text)}
    assert places <= keys
    assert not [k for k in keys if k.startswith("person-")]


def test_mentions_a_name_after_a_place_and_a_comma_is_no_list() -> None:
    text = "Speaking in Geneva, Ana Ruiz said the talks would resume."
    assert "person-ana-ruiz" in {k for _, k, _ in _named(text)}


@pytest.mark.parametrize(
    "text",
    [
        "The negotiator told Voz Andina television that the deal did not cover fishing.",
        "The minister told the Rio Claro magazine in an interview that talks would resume.",
    ],
)
def test_mentions_a_name_before_a_noun_of_outlets_is_no_person(text: str) -> None:
    assert not [k for _, k, _ in _named(text) if k.startswith("person-")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Secretary-General welcomed the accord. The Secretary-General urged calm.",
            [
                ("The Secretary-General", "person-secretary-general"),
                ("The Secretary-General", "person-secretary-general"),
            ],
        ),
        (
            "The Union Home Minister offered talks with the hill tribes.",
            [("The Union Home Minister", "person-union-home-minister")],
        ),
        (
            "Secretary-General Ana Ruiz met them. The Secretary-General said talks would go on.",
            [
                ("Ana Ruiz", "person-ana-ruiz"),
                ("The Secretary-General", "person-ana-ruiz"),
            ],
        ),
    ],
)
def test_mentions_an_office_no_one_is_named_to_is_the_actor(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert [(f, k) for f, k, _ in _named(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ana Ruiz said the Kolo Vena crossing would reopen.",
            [("Ana Ruiz", "person-ana-ruiz"), ("Kolo Vena", "place-kolo-vena")],
        ),
        (
            "Both armies claim three shrines, including Prey Tuol Kam.",
            [("Prey Tuol Kam", "place-prey-tuol-kam")],
        ),
    ],
)
def test_mentions_a_name_a_noun_of_places_follows_or_introduces_is_a_place(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert [(f, k) for f, k, _ in _named(text)] == expected


@pytest.mark.parametrize(
    "text",
    [
        "(Writing by Lena Marsh and Oskar BrandtEditing by Tom Reed)",
        "Oskar BrandtNorth Sea correspondent",
    ],
)
def test_mentions_two_words_run_together_are_no_persons_name(text: str) -> None:
    """A page that lost the space between a name and the next word ("BrandtEditing"): no name
    word, so no person; "McLeod", "MacArthur" and "DeSantis" stay names."""
    persons = {e.label for e in _resolve(text).entities.values() if e.cls == "Person"}
    assert not any("Brandt" in p for p in persons)


def test_mentions_a_capital_inside_a_surname_stays_a_name() -> None:
    text = "On Monday, Ruth MacArthur said talks would go on. Ian McLeod met Ana DeSantis."
    persons = {e.label for e in _resolve(text).entities.values() if e.cls == "Person"}
    assert persons == {"Ian McLeod", "Ruth MacArthur", "Ana DeSantis"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Talks resumed as Tarvo hoped. Tarvo said the offer stood.", ("Tarvo", "Person")),
        ("The rebels met on Monday, Tarvo told reporters.", ("Tarvo", "Person")),
        (
            "The line waited, and Tarvo said it had no plans to return.",
            ("Tarvo", "Organisation"),
        ),
        ('"We will wait," the Tarvo leader said.', ("Tarvo", "Organisation")),
        ("A Tarvo spokesman denied the report.", ("Tarvo", "Organisation")),
    ],
)
def test_mentions_a_single_unknown_name_placed_by_the_next_word(
    text: str, expected: tuple[str, str]
) -> None:
    """A lone name the lexicon lacks: a person as the subject of a verb of saying, a body if it
    says "it" of itself or before a noun of its members' roles."""
    res = _resolve(text)
    assert [(e.label, e.cls) for e in res.entities.values()] == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "The Commission said the offer stood.",
        "Ana Ruiz, the Vice president, met them.",
        "The Tarvo said nothing.",
        "Talks resumed. Tarvo calls were not returned.",
        "Scientists said the glacier was melting.",
        "The Ministry of Trade and Tarvo said the offer stood.",
    ],
)
def test_mentions_a_single_word_before_a_role_or_a_verb_that_names_no_one(text: str) -> None:
    names = {e.label for e in _resolve(text).entities.values()}
    assert not names & {"Commission", "Vice", "Tarvo"}


def test_mentions_words_for_republic_and_national_in_other_languages_are_no_surnames() -> None:
    """ "Republika Nova Tarvia" is a state's proposed name, no person; "Gerakan Pembela Nasional
    (GPN)" is the body its abbreviation spells."""
    text = "The names offered were Republika Nova Tarvia and Republika Gorna Tarvia."
    assert _named(text) == []
    text = "Officials met Gerakan Pembela Nasional (GPN), a rebel movement, on Monday."
    res = _resolve(text)
    assert [(e.label, e.cls) for e in res.entities.values()] == [
        ("Gerakan Pembela Nasional", "Organisation")
    ]


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Lebanon asked for time. The bill was rejected by parliament on Monday.", "parliament"),
        ("The Lebanese parliament voted on Friday.", "Lebanese parliament"),
        ("Lebanon's parliament voted on Friday.", "Lebanon's parliament"),
        # the capital after "in" names the state, not the state named most before it
        (
            "Israel and Israel's envoy waited for Israel's reply. The parliament in Beirut "
            "voted on Friday.",
            "parliament",
        ),
    ],
)
def test_mentions_a_legislature_named_by_its_noun_is_its_states(text: str, surface: str) -> None:
    """A legislature the lexicon does not know acts for its state: "once parliament passes
    the law" asks the state to act."""
    res = _resolve(text)
    found = [(text[m.start : m.end], res.entities[m.key].label) for m in res.mentions]
    assert (surface, "Lebanon") in found
    assert not any(e.cls == "Organisation" for e in res.entities.values())


def test_mentions_a_legislature_the_lexicon_knows_by_demonym() -> None:
    text = "Turkey said so. The Turkish parliament voted."
    keys = [m.key for m in _resolve(text).mentions]
    assert keys == ["state-turkey", "org-grand-national-assembly-of-turkey"]


@pytest.mark.parametrize(
    "text",
    [
        "Lebanon waited. Ana Ruiz, a member of parliament, said no.",
        "Lebanon waited. The premier told parliament on Monday that talks had stalled.",
        '"No one outside our own parliament decides this," the Lebanese envoy said.',
        "Lebanon waited. Parliament Speaker Ana Ruiz said no.",
    ],
)
def test_mentions_a_legislature_that_is_no_actor(text: str) -> None:
    res = _resolve(text)
    assert not [text[m.start : m.end] for m in res.mentions if "arliament" in text[m.start : m.end]]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Publisher Andean Fisheries Board\n\nNorway and Tarvia met on Monday.",
            ["Andean Fisheries Board", "Norway"],
        ),
        ("Published Feb 12, 2024\n\nNorway met Ana Ruiz on Monday.", ["Norway", "Ana Ruiz"]),
    ],
)
def test_mentions_a_pages_label_opening_a_line_is_no_part_of_a_name(
    text: str, expected: list[str]
) -> None:
    assert [f for f, _, _ in _named(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The board named a Special Coordinator for River Fisheries last year.", []),
        (
            "U.S. Trade Representative Lena Marsh sent the offer to Chile.",
            [
                ("U.S.", "state-united-states"),
                ("Lena Marsh", "person-lena-marsh"),
                ("Chile", "state-chile"),
            ],
        ),
    ],
)
def test_mentions_offices_that_are_titles_not_names(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert [(f, k) for f, k, _ in _named(text)] == expected


@pytest.mark.parametrize(
    "text",
    [
        "The ministers signed the Harbour Security Compact on Monday.",
        "They met under the Common Framework for Loan Treatments on Monday.",
        "The two states renewed the Delta Water Accord after a long dispute.",
    ],
)
def test_mentions_title_case_names_of_texts_and_plural_abstract_nouns_are_no_people(
    text: str,
) -> None:
    assert not any(e.cls == "Person" for e in _resolve(text).entities.values())


@pytest.mark.parametrize(
    "text",
    [
        "Trade grew between the port and the Campo de Arenas over the year.",
        "The supply boat sailed to Sierra Blanca at the shoal on Monday.",
        "Beijing said the reef is part of its Xisha Qundao and of nothing else.",
        "The coast guard met near Huangyan Jiao in the morning.",
    ],
)
def test_mentions_place_words_of_other_languages_make_no_person(text: str) -> None:
    assert not any(e.cls == "Person" for e in _resolve(text).entities.values())


@pytest.mark.parametrize(
    "text",
    [
        "Ghana asked the fund for US$3 billion on Monday.",
        "Lenders spurn US$40 billion offer\n\nGhana asked the fund for more on Monday.",
    ],
)
def test_mentions_a_states_name_before_a_dollar_sign_is_a_currency(text: str) -> None:
    assert [k for _, k, _ in _named(text)] == ["state-ghana"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The list sent by the Andean quartet was long.",
            [("Andean quartet", "org-andean-quartet")],
        ),
        (
            "Chile and six world powers held talks on Monday.",
            [("Chile", "state-chile"), ("six world powers", "org-six-world-powers")],
        ),
    ],
)
def test_mentions_a_group_named_by_a_collective_phrase_is_a_body(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert [(f, k) for f, k, _ in _named(text)] == expected


def test_mentions_a_class_of_states_is_no_body() -> None:
    """ "Poor countries", "developing nations": states of a kind, no body that acts."""
    text = "Poor countries rejected the offer. Developing nations wanted more. Peru agreed."
    assert [(f, k) for f, k, _ in _named(text)] == [("Peru", "state-peru")]


@pytest.mark.parametrize(
    "text",
    [
        "France and Germany met. The two powers agreed.",
        "Chile and Peru, as co-chairs of the forum, met on Monday.",
        "A statement by the Lima Contact Group co-chairs followed.",
    ],
)
def test_mentions_a_collective_phrase_that_is_no_body_of_its_own(text: str) -> None:
    assert not any(
        k.startswith("org-") and "chairs" in k or "powers" in k for _, k, _ in _named(text)
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Talks stalled, the TPF spokesman said on Monday.", [("TPF", "org-tpf")]),
        ("Officials said the PP leader would vote against it.", [("PP", "org-pp")]),
        (
            "The Tarvo Patriotic Front (TPF) met on Monday. Later TPF chair Ana Ruiz left.",
            [
                ("Tarvo Patriotic Front", "org-tarvo-patriotic-front"),
                ("TPF", "org-tarvo-patriotic-front"),
                ("TPF", "org-tarvo-patriotic-front"),
                ("Ana Ruiz", "person-ana-ruiz"),
            ],
        ),
    ],
)
def test_mentions_an_acronym_before_a_members_role_is_a_body(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert [(f, k) for f, k, _ in _named(text)] == expected


def test_mentions_a_ministry_the_lexicon_names_whole_is_not_made_again() -> None:
    text = (
        "Norway and the United States met on Friday. Japan’s Foreign Ministry said it hoped "
        "for a deal. “The US asks too much,” the ministry said later."
    )
    keys = {k for _, k, _ in _named(text)}
    assert "org-ministry-of-foreign-affairs-of-japan" in keys
    assert not [k for k in keys if k.startswith("org-ministry-foreign-")]


@pytest.mark.parametrize(
    ("text", "key", "alias"),
    [
        (
            "Peru turned down the request, the foreign ministry in Tokyo said on Friday.",
            "org-ministry-of-foreign-affairs-of-japan",
            "foreign ministry in Tokyo",
        ),
        (
            "Ana Ruiz of the Russian foreign Ministry said the talks had failed.",
            "org-ministry-of-foreign-affairs-of-russia",
            "Russian foreign Ministry",
        ),
    ],
)
def test_mentions_a_ministry_takes_its_state_from_the_words_around_it(
    text: str, key: str, alias: str
) -> None:
    res = _resolve(text)
    assert alias in res.entities[key].aliases


@pytest.mark.parametrize(
    "text",
    [
        "The envoy met Foreign Minister Santiago Vallejo in Oslo on Friday.",
        "Norway's envoy met Argentine President Santiago Vallejo on Friday.",
    ],
)
def test_mentions_a_capitals_name_before_an_unknown_surname_is_a_given_name(text: str) -> None:
    named = _named(text)
    assert ("Santiago Vallejo", "person-santiago-vallejo") in [(f, k) for f, k, _ in named]
    assert "state-chile" not in {k for _, k, _ in named}


def test_mentions_a_capital_before_a_known_word_stays_the_capital() -> None:
    text = "Envoys from Lima and Santiago met in Quito, and the Lima Uprising was recalled."
    keys = {k for _, k, _ in _named(text)}
    assert {"state-chile", "state-peru"} <= keys


def test_mentions_a_surname_spelled_as_the_text_spelled_the_known_full_name() -> None:
    text = (
        "President Volodymyr Zelenskyy met the envoys on Monday. "
        "Officials said Zelenskyy would not sign the draft."
    )
    named = _named(text)
    assert ("Zelenskyy", "person-volodymyr-zelensky") in [(f, k) for f, k, _ in named]
    assert not [k for _, k, _ in named if k == "person-zelenskyy"]


@pytest.mark.parametrize(
    "text",
    [
        "Officials in Kyiv said more than 40,000 Georgians had crossed the border since May.",
        "Thousands of Georgians waited at the crossing for a third day.",
        "Aid groups urged all ordinary Georgians to stay indoors.",
    ],
)
def test_mentions_people_counted_or_described_by_a_plural_demonym_are_no_state(
    text: str,
) -> None:
    assert [(f, m) for f, k, m in _named(text) if k == "state-georgia"] == [
        ("Georgians", "demonym")
    ]


def test_mentions_a_plural_demonym_alone_still_names_the_state() -> None:
    text = "The Georgians rejected the offer on Monday."
    assert ("Georgians", "state-georgia", "demonym_plural") in _named(text)


@pytest.mark.parametrize(
    "text",
    [
        "The envoys laid wreaths at the Sofia Rising Museum on Sunday.",
        "Crowds gathered by the Harbour Martyrs Monument after the talks.",
    ],
)
def test_mentions_a_building_named_by_its_noun_is_no_person(text: str) -> None:
    assert not [k for _, k, _ in _named(text) if k.startswith("person-")]


@pytest.mark.parametrize(
    "text",
    [
        "Talks will go on, according to First Deputy Managing Director Ana Ruiz.\n"
        "“We are flexible,” Ruiz told reporters.",
        "Talks will go on, said Acting Deputy Managing Director Ana Ruiz.\n"
        "“We are flexible,” Ruiz told reporters.",
    ],
)
def test_mentions_a_title_after_stacked_prefixes_leaves_the_name(text: str) -> None:
    named = _named(text)
    assert [(f, k) for f, k, _ in named] == [
        ("Ana Ruiz", "person-ana-ruiz"),
        ("Ruiz", "person-ana-ruiz"),
    ]


def test_mentions_a_body_named_with_and_without_its_state_after_it_is_one() -> None:
    text = (
        "The Bondholder Group backed the swap on Monday.\n\n"
        "The Bondholder Group for Peru said its work with the lenders goes on."
    )
    keys = {k for _, k, _ in _named(text) if k.startswith("org-")}
    assert keys == {"org-bondholder-group-for-peru"}


def test_mentions_a_legislature_noun_glossing_a_name_in_brackets_is_no_other_body() -> None:
    text = (
        "Peru opened an office in Quito on Monday. The largest party in the Althing "
        "(parliament) wants it renamed. Peru's parliament said nothing."
    )
    found = [f for f, k, _ in _named(text) if k == "state-peru"]
    assert found == ["Peru", "Peru's parliament"]


def test_mentions_a_ministry_the_lexicon_lacks_is_named_with_its_state() -> None:
    x = extract_document(
        document_from_text("Peru's foreign ministry said the talks were useful.", name="t.txt")
    )
    (ministry,) = [e for e in x.entities if e.key == "org-ministry-foreign-peru"]
    assert ministry.label == "Ministry of Foreign Affairs of Peru"
    assert {
        "Peruvian Foreign Ministry",
        "Peru's Foreign Ministry",
        "Foreign Ministry of Peru",
    } <= set(ministry.aliases)


def test_mentions_a_ministry_with_no_state_named_takes_its_titled_spokespersons() -> None:
    text = (
        "Transcript\n\nForeign Ministry Spokesperson Mao Ning's Regular Press Conference\n\n"
        "Mao Ning: The talks were useful."
    )
    x = extract_document(document_from_text(text, name="t.txt"))
    assert ("person-mao-ning", "org-ministry-of-foreign-affairs-of-china") in {
        (a.person, a.org) for a in x.affiliations
    }


def test_mentions_an_office_no_one_is_named_to_is_its_body_where_the_text_names_it() -> None:
    text = "The Security Council met on Monday. The Secretary-General welcomed the accord."
    assert ("The Secretary-General", "org-united-nations") in [(f, k) for f, k, _ in _named(text)]
    inside = "The Special Representative of the Secretary-General briefed the Security Council."
    assert not [k for _, k, _ in _named(inside) if k.startswith("person-")]


def test_mentions_a_ministry_named_with_several_fields_is_known_by_its_written_name() -> None:
    text = "Norway's Ministry of Trade, Industry and Fisheries said the quotas would stay."
    res = resolve_mentions(text, split_sentences(text))
    named = [(text[m.start : m.end], m.key) for m in res.mentions if "Ministry" in text[m.start :]]
    ministries = [(surface, key) for surface, key in named if surface.startswith("Ministry")]
    assert [surface for surface, _ in ministries] == ["Ministry of Trade, Industry and Fisheries"]
    assert "Ministry of Trade, Industry and Fisheries" in res.entities[ministries[0][1]].aliases
