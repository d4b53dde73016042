"""Forms of English that say whom a person works for, in phrasings of our own."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc
from spacy.vocab import Vocab

from graph.documents import document_from_text
from graph.extract import extract_document
from graph.extract.affiliations import _subject_before
from graph.extract.records import Extraction


def _extract(text: str) -> Extraction:
    return extract_document(document_from_text(text, name="t.txt"))


def _pairs(text: str) -> set[tuple[str, str]]:
    return {(a.person, a.org) for a in _extract(text).affiliations}


@pytest.mark.parametrize(
    ("text", "person", "org"),
    [
        # an apposition after the last name of a list, hung by the parse on the first item
        (
            "Talks opened in Lima between Chile and Ana Rios, a senior adviser to the Andean "
            "Fisheries Board, on Monday.",
            "person-ana-rios",
            "org-andean-fisheries-board",
        ),
        # a title set off before the name by a comma: the body it names, not a place before it
        (
            "In her weekly column, the deputy editor of the Quito newspaper El Universo, Ana Rios, "
            "wrote that the quota was too low.",
            "person-ana-rios",
            "org-el-universo",
        ),
        # ... where the parse hung the name on the last word of the title's phrase
        (
            "Bolivia welcomes the landmark accord between Chile and Peru signed today in Quito "
            "under the auspices of the EU Special Representative for Water and Fisheries Policy, "
            "Ana Rios.",
            "person-ana-rios",
            "org-european-union",
        ),
        # a company the lexicon knows, then a title, then the name: the company's title
        (
            "Energoatom Executive Director Omar Haddad met the inspectors at the plant.",
            "person-omar-haddad",
            "org-energoatom",
        ),
        (
            "The talks ended on Friday, Lukoil Managing Director Ana Rios told reporters in Oslo.",
            "person-ana-rios",
            "org-lukoil",
        ),
        # a title set off after the name: the body its phrase names, not the state that owns it
        (
            "Talks stalled over Bolivia's petition, Ana Rios, spokeswoman for Chile's Foreign "
            "Ministry, said on Monday.",
            "person-ana-rios",
            "org-ministry-foreign-chile",
        ),
        # a state's adjective before the title is a nationality: the body the title serves
        (
            "The fleet owners gave ground, said Ana Rios, a Chilean legal adviser to the Andean "
            "Fisheries Board negotiators, on Monday.",
            "person-ana-rios",
            "org-andean-fisheries-board",
        ),
        # a title prefix opening the sentence before a body's one-word name: the body is named
        (
            "Deputy Hezbollah leader Ana Rios said the group would study the offer.",
            "person-ana-rios",
            "org-hezbollah",
        ),
        # a corporate title before the name
        (
            "Rosatom CEO Ana Rios said the reactor would be ready by 2030.",
            "person-ana-rios",
            "org-rosatom",
        ),
        (
            "Talks resumed after Lukoil chief executive Omar Haddad flew to Oslo.",
            "person-omar-haddad",
            "org-lukoil",
        ),
    ],
)
def test_extract_affiliation_forms_name_the_body(text: str, person: str, org: str) -> None:
    assert (person, org) in _pairs(text)


@pytest.mark.parametrize(
    ("text", "person", "org", "post"),
    [
        # a title with the place it is posted to, then the name with no comma between
        (
            "Talks were held on Monday with the head of the EU delegation to Georgia Ana Rios.",
            "person-ana-rios",
            "org-european-union",
            "state-georgia",
        ),
        (
            "France's ambassador to the United Nations Ana Rios said the offer stood.",
            "person-ana-rios",
            "state-france",
            "org-united-nations",
        ),
    ],
)
def test_extract_affiliation_a_posted_title_right_before_the_name(
    text: str, person: str, org: str, post: str
) -> None:
    pairs = _pairs(text)
    assert (person, org) in pairs
    assert (person, post) not in pairs


@pytest.mark.parametrize(
    "text",
    [
        "The Andean Fisheries Board hopes to close the deal this week, according to Deputy "
        "Managing Director Ana Rios.",
        "The Andean Fisheries Board met in Lima. It said the talks would be led by chairwoman "
        "Ana Rios.",
    ],
)
def test_extract_affiliation_a_bare_title_is_the_subject_bodys(text: str) -> None:
    assert ("person-ana-rios", "org-andean-fisheries-board") in _pairs(text)


def test_extract_affiliation_a_bare_head_of_state_title_is_not_the_subject_bodys() -> None:
    pairs = _pairs("The European Union said it would be received by President Ana Rios.")
    assert ("person-ana-rios", "org-european-union") not in pairs


@pytest.mark.parametrize(
    "text",
    [
        "Ana Rios, secretary-general of the Andean Fisheries Board and a senior member of the "
        "African Union, said the vote was final.",
        "At a briefing in Lima on Friday, Ana Rios, secretary-general of the Andean Fisheries "
        "Board and a senior member of the African Union, said the vote was final.",
    ],
)
def test_extract_affiliation_each_title_of_a_coordinated_apposition(text: str) -> None:
    pairs = _pairs(text)
    assert {
        ("person-ana-rios", "org-andean-fisheries-board"),
        ("person-ana-rios", "org-african-union"),
    } <= pairs


@pytest.mark.parametrize(
    "text",
    [
        "The Andean Fisheries Board's chairwoman, a former judge named Ana Rios, said the vote "
        "was final.",
        "The Andean Fisheries Board's leader, a former teacher named Ana Rios who is known as "
        '"the Captain", warned of more strikes.',
    ],
)
def test_extract_affiliation_a_title_given_a_name(text: str) -> None:
    assert ("person-ana-rios", "org-andean-fisheries-board") in _pairs(text)


@pytest.mark.parametrize(
    "text",
    [
        "The Andean Liberation Front took the mountain pass on Monday. The rebels said they "
        'would hold it.\n"We will not withdraw," the deputy rebel leader, Ana Rios, said.',
        "The talks stalled after Andean rebel political wing leader, Ana Rios, was quoted as "
        "saying the offer was empty. The Andean Liberation Front wants a ceasefire first.",
    ],
)
def test_extract_affiliation_a_rebel_title_is_the_groups(text: str) -> None:
    assert ("person-ana-rios", "org-andean-liberation-front") in _pairs(text)


def test_extract_affiliation_the_state_whose_town_a_title_names_is_no_employer() -> None:
    pairs = _pairs(
        "Church leaders like Ana Rios, the outspoken archbishop of Peru's second city "
        "Arequipa, have backed the talks."
    )
    assert ("person-ana-rios", "state-peru") not in pairs


def test_extract_affiliation_a_place_before_the_body_is_no_employer() -> None:
    pairs = _pairs(
        "In her weekly column, the deputy editor of the Quito newspaper El Universo, Ana Rios, "
        "wrote that the quota was too low."
    )
    assert ("person-ana-rios", "state-ecuador") not in pairs


def test_extract_affiliation_a_title_running_into_the_next_name_is_that_persons() -> None:
    pairs = _pairs(
        "The plan was welcomed in a joint letter by US Secretary of Commerce Ana Rios, EU "
        "Commissioner for Trade and Industrial Policy Tomas Berg and Japanese Minister of Economy "
        "Luis Prado."
    )
    assert ("person-ana-rios", "state-united-states") in pairs
    assert ("person-ana-rios", "org-european-union") not in pairs


def test_extract_affiliation_a_name_in_apposition_to_a_state_is_that_states() -> None:
    pairs = _pairs(
        "On Monday the presidents of Chile, Ana Rios, and Peru, Luis Prado, met in Quito to "
        "discuss the fishing grounds."
    )
    assert ("person-luis-prado", "state-chile") not in pairs


@pytest.mark.parametrize(
    ("text", "person", "org", "not_org"),
    [
        (  # qualified-body: a place's adjective on a word before the body's name
            "Chile passed a new water law on Monday. Elena Ruiz, an activist and the co-founder "
            "of Chilean pressure group Clean Rivers Forum, told reporters that the law was weak.",
            "person-elena-ruiz",
            "org-clean-rivers-forum",
            "state-chile",
        ),
        (  # title-as-second-subject, with the body's possessive owner inside the title
            "Peru will vote in May. Tomas Berg, spokesman for Peruvian President Ana Rios's "
            "Popular Renewal Party, said the vote would go ahead.",
            "person-tomas-berg",
            "org-popular-renewal-party",
            "state-peru",
        ),
    ],
)
def test_extract_affiliation_the_body_a_place_qualifies(
    text: str, person: str, org: str, not_org: str
) -> None:
    pairs = _pairs(text)
    assert (person, org) in pairs
    assert (person, not_org) not in pairs


@pytest.mark.parametrize(
    "text",
    [
        # the parse made the title the verb's subject and the name the object of "As"
        "As Ana Rios, the Andean Fisheries Board's Commissioner for Ports, arrives in Lima for "
        "talks, a Peruvian senator has tied any deal to new quotas.",
        # the parse hung the name and its title on the phrase of time before them
        "At a briefing on Friday, Ana Rios, secretary-general of the Andean Fisheries Board, "
        "said the quota stood.",
    ],
)
def test_extract_affiliation_an_apposition_read_from_the_words(text: str) -> None:
    assert ("person-ana-rios", "org-andean-fisheries-board") in _pairs(text)


@pytest.mark.parametrize(
    "text",
    [
        # a list of names and bodies, no title: no apposition
        "The talks brought together Ana Rios, the Andean Fisheries Board and Peru.",
        # a clause after the name: no apposition
        "After the talks, Ana Rios, who met the Andean Fisheries Board, said the quota stood.",
        # a critic holds no post in the body
        "After the talks, Ana Rios, a fierce critic of the Andean Fisheries Board, said the "
        "quota stood.",
    ],
)
def test_extract_affiliation_no_apposition_without_a_title(text: str) -> None:
    assert ("person-ana-rios", "org-andean-fisheries-board") not in _pairs(text)


def test_extract_affiliation_an_apposition_read_from_the_words_keeps_its_title_whole() -> None:
    found = _extract(
        "At a briefing on Friday, Ana Rios, secretary-general of the Andean Fisheries Board, "
        "said the quota stood."
    ).affiliations
    assert [a.role for a in found if a.rule == "affiliations.apposition-in-words"] == [
        "secretary-general"
    ]


@pytest.mark.parametrize(
    "text",
    [
        # the parse hung the place of posting on the name as a modifier
        "Rios spoke at a meeting with the head of the EU delegation to Peru Tomas Berg.",
        # ... or the name on the place of posting as its apposition
        "The talks were led by the head of the EU mission to Peru, Tomas Berg.",
    ],
)
def test_extract_affiliation_a_place_of_posting_is_no_employer(text: str) -> None:
    assert ("person-tomas-berg", "state-peru") not in _pairs(text)


@pytest.mark.parametrize(
    "text",
    [
        "Quota talks resumed in Lima. Tomas Berg, who is the chairman of the Andean Fisheries "
        "Board, said the quota would stay.",
        "Quota talks resumed in Lima. Tomas Berg, who is also the Andean Fisheries Board's "
        "secretary-general, told reporters the quota would stay.",
        "Quota talks resumed in Lima. Tomas Berg, who serves as deputy chairman of the Andean "
        "Fisheries Board, said the quota would stay.",
    ],
)
def test_extract_affiliation_a_title_in_a_relative_clause(text: str) -> None:
    assert ("person-tomas-berg", "org-andean-fisheries-board") in _pairs(text)


@pytest.mark.parametrize(
    "text",
    [
        # no title: a critic, an expert on the body, a guest of it
        "Quota talks resumed in Lima. Tomas Berg, who is a critic of the Andean Fisheries Board, "
        "said the quota would stay.",
        "Quota talks resumed in Lima. Tomas Berg, who is an expert on the Andean Fisheries "
        "Board, said the quota would stay.",
        # the title belongs to another person of the clause
        "Quota talks resumed in Lima. Tomas Berg, who is the son of the chairman of the Andean "
        "Fisheries Board, said the quota would stay.",
    ],
)
def test_extract_affiliation_no_title_in_a_relative_clause(text: str) -> None:
    assert ("person-tomas-berg", "org-andean-fisheries-board") not in _pairs(text)


def test_extract_affiliation_a_title_before_another_name_is_not_the_apposition_s() -> None:
    # a list of titled names: the last title is the last name's, never the first one's
    # (where the parse hangs the last name on the list's first title, as it did on a read text)
    pairs = _pairs(
        "Ana Rios held talks in Quito with the President of Peru Tomas Berg and the Prime "
        "Minister of Chile, Lena Varga, on Monday."
    )
    assert ("person-lena-varga", "state-peru") not in pairs


def test_extract_affiliation_a_title_before_its_own_name_stays() -> None:
    pairs = _pairs("Quota talks resumed in Lima. Chile's envoy, Lena Varga, said the quota stood.")
    assert ("person-lena-varga", "state-chile") in pairs


@pytest.mark.parametrize(
    ("text", "held"),
    [
        # a participle's phrase on the title names whom the person spoke to, not an employer
        (
            "Quota talks resumed in Lima. The prime minister Omar Haddad, talking to the Andean "
            "Fisheries Board (AFB), said that joint efforts were being made by the economic team.",
            False,
        ),
        (
            "Quota talks resumed in Lima. The president Rui Duarte, talking to the Andean "
            "Fisheries Board (AFB), said that joint efforts were being made by the economic team.",
            False,
        ),
        # ... unless it is one of working there
        (
            "Quota talks resumed in Lima. Ana Rios, an engineer working for the Andean Fisheries "
            "Board, said the quota would stay.",
            True,
        ),
    ],
)
def test_extract_affiliation_a_participle_names_no_employer(text: str, held: bool) -> None:
    assert any(org == "org-andean-fisheries-board" for _, org in _pairs(text)) == held


def test_extract_affiliation_a_title_the_parse_made_another_subject_before_the_name() -> None:
    doc = Doc(
        Vocab(),
        words=["Andean", "rebel", "leader", ",", "Rios", "was", "quoted"],
        heads=[2, 2, 6, 2, 6, 6, 6],
        deps=["amod", "amod", "nsubjpass", "punct", "nsubjpass", "auxpass", "ROOT"],
        pos=["PROPN", "ADJ", "NOUN", "PUNCT", "PROPN", "AUX", "VERB"],
    )
    assert [title.text for title, _ in _subject_before(doc[4])] == ["leader"]


def test_extract_the_known_head_of_a_body_the_document_names_holds_its_office() -> None:
    x = _extract(
        "The IAEA met Iran on Monday. Director General Rafael Grossi asked Iran for access."
    )
    (a,) = [a for a in x.affiliations if a.person == "person-rafael-grossi"]
    assert (a.org, a.role, a.rule) == ("org-iaea", "director general", "affiliations.known-office")


def test_extract_a_known_head_of_a_body_the_document_does_not_name_holds_nothing() -> None:
    x = _extract("Rafael Grossi asked Iran for access to the enrichment site.")
    assert not x.affiliations


def test_extract_a_known_head_tied_to_another_body_in_the_text_keeps_that_tie_only() -> None:
    x = _extract("Dutch Prime Minister Mark Rutte said NATO must stay united.")
    assert [(a.person, a.org) for a in x.affiliations] == [
        ("person-mark-rutte", "state-netherlands")
    ]


def test_extract_a_byline_line_in_capitals_names_its_author_and_employer() -> None:
    x = _extract(
        "Can Peru and Chile settle the fishing row?\n\n"
        "By Maria Keller, senior fellow at the Andes Policy Institute\n\n"
        "The talks resume next week."
    )
    assert ("person-maria-keller", "senior fellow") in {(a.person, a.role) for a in x.affiliations}


def test_extract_two_titled_names_in_a_list_each_keep_the_title_written_before_them() -> None:
    x = _extract(
        "Talks between Chilean President Ana Rios and Peruvian Prime Minister Luis Soto "
        "ended without agreement on Monday."
    )
    assert sorted((a.person, a.org, a.role) for a in x.affiliations) == [
        ("person-ana-rios", "state-chile", "President"),
        ("person-luis-soto", "state-peru", "Prime Minister"),
    ]


def _named_pairs(text: str) -> set[tuple[str, str]]:
    """(person, body) affiliations by label."""
    x = _extract(text)
    label = {e.key: e.label for e in x.entities}
    return {(label[a.person], label[a.org]) for a in x.affiliations}


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        # a lower-case ministry before its titled official: the state whose capital the
        # dateline names, not a state that ends the clause before it
        (
            "BEIJING, May 3 (Reuters) - China is ready to resume talks with Canada, commerce "
            "ministry spokesman Zhao Lei said on Monday.",
            ("Zhao Lei", "Ministry of Commerce of China"),
        ),
        # ... or whose capital opens the sentence
        (
            "11:45 — In Beijing, foreign ministry spokesman Lin Wei told reporters that the door "
            "to dialogue with Manila was open.",
            ("Lin Wei", "Ministry of Foreign Affairs of China"),
        ),
        # a title that is by itself a body's office, where its parent is named
        (
            "Trade Commissioner Anna Berg told reporters that the European Union would retaliate "
            "against US steel tariffs.",
            ("Anna Berg", "European Commission"),
        ),
        (
            "Maria Lund, the EU trade commissioner, said on Monday that the EU will decide in "
            "June.",
            ("Maria Lund", "European Commission"),
        ),
        (
            "Peter Sand, Special Representative of the Secretary-General for Libya, told the "
            "Security Council that the parties had agreed to a ceasefire.",
            ("Peter Sand", "United Nations"),
        ),
        # a party named before a lower-case "party", after "the opposition" or "his"
        (
            "Tom Hale, leader of the opposition Ataka party, called for a referendum on the euro "
            "in Bulgaria.",
            ("Tom Hale", "Ataka party"),
        ),
        # the body a person's possessive owns
        (
            "Israel's Finance Minister Bezalel Smotrich rejected the deal and threatened to pull "
            "his Religious Zionism party out of the government.",
            ("Bezalel Smotrich", "Religious Zionism party"),
        ),
        (
            "Kenya's opposition leader Raila Odinga demanded new elections. Odinga's party, the "
            "Orange Democratic Movement, said it would boycott parliament.",
            ("Raila Odinga", "Orange Democratic Movement"),
        ),
        # a title in a "whose" clause: the body the clause hangs on
        (
            "The deal was welcomed by the Federation of Korean Industries, whose chairman Ryu Jin "
            "called it a relief for exporters.",
            ("Ryu Jin", "Federation of Korean Industries"),
        ),
        # a relative clause of following a field at a body
        (
            '"Brussels will not move," said Karl Weber, who follows EU-Turkey relations at the '
            "Bruegel think tank in Brussels.",
            ("Karl Weber", "Bruegel"),
        ),
    ],
)
def test_extract_a_person_is_tied_to_the_body_the_form_names(
    text: str, pair: tuple[str, str]
) -> None:
    assert pair in _named_pairs(text)


@pytest.mark.parametrize(
    ("text", "person", "wrong"),
    [
        (
            "The UN High Commissioner for Refugees Filippo Grandi urged the EU to act.",
            "Filippo Grandi",
            "European Commission",
        ),
        (
            "ECOWAS Commissioner Musa Bala urged Mali to return. The European Union agreed.",
            "Musa Bala",
            "European Commission",
        ),
        (
            "Japan met Canada. Talks with Canada, trade ministry spokesman Ken Mori said, would go "
            "on.",
            "Ken Mori",
            "Ministry of Trade of Canada",
        ),
    ],
)
def test_extract_a_title_of_another_body_or_a_state_ending_a_clause_ties_no_one_to_it(
    text: str, person: str, wrong: str
) -> None:
    pairs = _named_pairs(text)
    assert (person, wrong) not in pairs
    assert not any(org.endswith("of Canada") for _, org in pairs)


def test_extract_the_one_answerer_of_a_briefing_whose_heading_names_a_title_and_body_holds_it() -> (
    None
):
    text = (
        "Transcript of the Weekly Press Briefing by the Spokesperson, Ministry of Foreign "
        "Affairs, Lima, 3 March\n\n"
        "ANA QUISPE: Good afternoon. Peru has proposed a joint fisheries commission with Chile.\n\n"
        "Q (Luis Soto, El Comercio): Will Chile accept?\n\n"
        "ANA QUISPE: We hope so. The offer stands.\n"
    )
    pairs = _named_pairs(text)
    assert ("Ana Quispe", "Ministry of Foreign Affairs of Peru") in pairs
    assert ("Ana Quispe", "El Comercio") not in pairs


def test_extract_a_heading_ties_the_titled_person_it_names_to_the_body_before_the_title() -> None:
    text = (
        "Briefing by Foreign Ministry spokesperson Ana Quispe on the fisheries talks\n\n"
        "LIMA, March 3\n\n"
        "QUISPE: Good afternoon. Peru has proposed a joint fisheries commission with Chile.\n"
    )
    assert ("Ana Quispe", "Ministry of Foreign Affairs of Peru") in _named_pairs(text)


def test_extract_a_question_label_in_capitals_names_no_body_and_ties_no_host_to_it() -> None:
    text = (
        "Press briefing by Foreign Minister Luis Soto\n\n"
        "LIMA, 3 March\n\n"
        "SOTO: Peru has proposed a joint fisheries commission with Chile.\n\n"
        "QUESTION (Ana Quispe, Reuters): Will Chile accept?\n\n"
        "SOTO: We hope so.\n"
    )
    x = _extract(text)
    # "QUESTION" is no abbreviation of Reuters, the host no reporter; the asker is Reuters'
    assert {(a.person, a.org) for a in x.affiliations} == {("person-ana-quispe", "org-reuters")}
    assert {e.label for e in x.entities if e.cls == "Organisation"} == {"Reuters"}


def test_extract_a_ministry_on_a_heading_line_with_its_capital_is_that_states() -> None:
    text = (
        "Transcript: Press briefing by Foreign Minister Luis Soto on the fisheries talks\n\n"
        "Ministry of Foreign Affairs, Lima, 12 June\n\n"
        "SOTO: Good morning. Peru has proposed a joint fisheries commission with Chile.\n"
    )
    x = _extract(text)
    labels = {e.label for e in x.entities}
    assert "Ministry of Foreign Affairs of Peru" in labels
    assert "Ministry of Foreign Affairs" not in labels


@pytest.mark.parametrize(
    "text",
    [
        "Ana Rios, Special Envoy for Yemen, said the truce was holding.",
        "Ana Rios, the special envoy for Yemen, said the truce was holding.",
    ],
)
def test_extract_affiliation_an_envoy_for_a_state_is_not_that_states(text: str) -> None:
    assert ("person-ana-rios", "state-yemen") not in _pairs(text)
    owned = "Peru's special envoy for Yemen, Ana Rios, said the truce was holding."
    assert ("person-ana-rios", "state-peru") in _pairs(owned)


def test_extract_affiliation_who_represents_a_state() -> None:
    text = "Ana Rios, who represents Peru at the United Nations, said the mission must go on."
    assert ("person-ana-rios", "state-peru") in _pairs(text)
    assert not _pairs("The lawyer Ana Rios, who represents the families, said the case goes on.")


def test_extract_affiliation_a_post_a_copula_predicates_with_its_place_of_work() -> None:
    x = _extract("Ana Rios is head of energy research at Steppe Risk Advisory.")
    assert [(a.person, a.org) for a in x.affiliations] == [
        ("person-ana-rios", "org-steppe-risk-advisory")
    ]


def test_extract_affiliation_forms_an_unknown_body_after_a_person_and_of() -> None:
    x = _extract('"The dam will kill the river," said Ana Quispe of Rivers Without Borders.')
    names = {e.key: e.label for e in x.entities}
    assert [(names[a.person], names[a.org]) for a in x.affiliations] == [
        ("Ana Quispe", "Rivers Without Borders")
    ]


def test_extract_affiliation_forms_an_offer_the_parse_set_beside_a_name_is_no_post() -> None:
    x = _extract(
        "The offer, made by Deputy Foreign Minister Ana Quispe at a session of the Andean"
        " Water Council in Lima, depends on Chile dropping its lawsuit."
    )
    names = {e.key: e.label for e in x.entities}
    assert ("Ana Quispe", "Andean Water Council") not in [
        (names[a.person], names[a.org]) for a in x.affiliations
    ]


def test_extract_affiliation_forms_a_bare_spokesperson_title_after_a_body_s_sentence() -> None:
    text = (
        "Peru's foreign ministry said Lima backed the talks. Spokeswoman Ana Quispe said the"
        " envoy would travel on Monday."
    )
    x = _extract(text)
    names = {e.key: e.label for e in x.entities}
    assert [(names[a.person], names[a.org]) for a in x.affiliations] == [
        ("Ana Quispe", "Ministry of Foreign Affairs of Peru")
    ]
    x = _extract(text.replace("said Lima", "said Lima and the Andean Water Council"))
    assert x.affiliations == ()  # two bodies before: whose spokeswoman is not said


def test_extract_affiliation_forms_our_body_in_a_spokesperson_s_words_is_not_theirs() -> None:
    x = _extract(
        "Peru's foreign ministry spokeswoman, Ana Quispe, said: \"Chile informed our High"
        ' Commission in Santiago of the decision."'
    )
    names = {e.key: e.label for e in x.entities}
    assert "High Commission" in names.values()
    assert [names[a.org] for a in x.affiliations if names[a.org] == "High Commission"] == []


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "The UN refugee agency, UNHCR, spoke out. The agency's Asia-Pacific spokeswoman,"
            " Ana Quispe, told reporters the returns were premature.",
            ("Ana Quispe", "UNHCR"),
        ),
        (
            "Peru's Andean Water Council rejected the plan. Council spokesman Luis Rojas told"
            " reporters it was premature.",
            ("Luis Rojas", "Andean Water Council"),
        ),
        (
            "The European Commission rejected the claim. Commission spokeswoman Ana Quispe told"
            " reporters in Brussels it was wrong.",
            ("Ana Quispe", "European Commission"),
        ),
        (
            "The opposition Patria Grande party took a different line. Its vice-chairman, Luis"
            " Rojas, urged the government to accept the offer.",
            ("Luis Rojas", "Patria Grande"),
        ),
        (
            "Senator Luis Rojas of the Unión por la Patria coalition rejected the communique.",
            ("Luis Rojas", "Unión por la Patria"),
        ),
        (
            "Ana Quispe of the Fundação Getulio Vargas was more sanguine.",
            ("Ana Quispe", "Fundação Getulio Vargas"),
        ),
        (
            "The valley is held by the Andean Liberation Army. Its spokesman, Luis Rojas, said"
            " the group would free the hostages.",
            ("Luis Rojas", "Andean Liberation Army"),
        ),
    ],
)
def test_extract_affiliation_forms_bodies_named_before_or_in_their_own_languages(
    text: str, pair: tuple[str, str]
) -> None:
    x = _extract(text)
    names = {e.key: e.label for e in x.entities}
    assert pair in [(names[a.person], names[a.org]) for a in x.affiliations]


def test_extract_affiliation_forms_an_institute_named_after_a_person_is_an_analyst_s() -> None:
    x = _extract(
        "Ana Quispe of the Fundação Getulio Vargas was more sanguine: a compromise, she argued,"
        " could pair a lower tariff with a phased opening, as long as Peru accepts a transition."
    )
    names = {e.key: e.label for e in x.entities}
    assert [(names[a.person], names[a.org]) for a in x.affiliations] == [
        ("Ana Quispe", "Fundação Getulio Vargas")
    ]
    assert x.proposals == ()  # an analyst's idea of a compromise, no side's offer
