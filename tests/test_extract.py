"""Extraction rules on short texts in phrasings of our own (not the dev corpus)."""

from __future__ import annotations

import pytest

from graph.documents import document_from_text
from graph.extract import extract_document
from graph.extract.records import Condition, Extraction, Proposal


def _extract(text: str) -> Extraction:
    return extract_document(document_from_text(text, name="t.txt"))


def _labels(x: Extraction) -> dict[str, str]:
    return {e.key: e.label for e in x.entities}


@pytest.mark.parametrize(
    ("text", "key", "forms"),
    [
        (
            "The U.S. and the US and Washington met. America spoke.",
            "state-united-states",
            {"U.S.", "US", "Washington"},
        ),
        (
            "Moscow’s reply came late. The Kremlin said Russia would wait.",
            "state-russia",
            {"Moscow", "Kremlin", "Russia"},
        ),
        ("NATO met. The alliance agreed to talk.", "org-nato", {"NATO"}),
        (
            "Kyiv and Kiev are one. Ukraine's army moved.",
            "state-ukraine",
            {"Kyiv", "Kiev", "Ukraine"},
        ),
    ],
)
def test_extract_merges_surface_forms_into_one_node(text: str, key: str, forms: set[str]) -> None:
    x = _extract(text)
    entity = next(e for e in x.entities if e.key == key)
    assert forms <= entity.aliases | {entity.label}
    assert sum(1 for e in x.entities if e.label == entity.label) == 1


def test_extract_two_actors_joined_by_a_hyphen_are_both_named() -> None:
    x = _extract("The China-U.S. talks and the Israel-Hamas truce. Franco-German ties held.")
    named = {k for e in x.entities for k in [e.key] if any(m.key == k for m in x.mentions)}
    assert {"state-china", "state-united-states", "state-israel", "org-hamas"} <= named
    spans = {x.mentions[i].key: (x.mentions[i].start, x.mentions[i].end) for i in range(4)}
    assert spans["state-united-states"] == (10, 14)  # "U.S.", its full stops its own


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("Talks were held in Vienna on Monday.", "state-austria"),
        (
            "Status: Open\n\nMonday Briefing\n\nOn Monday the talks resumed.",
            "person-monday-briefing",
        ),
        ("The Spanish wine was served.", "state-spain"),
        ("Negotiators discussed the Trump Route for Regional Trade at length.", "person-trump"),
        (  # a policy, strategy or mechanism is no one's name
            "Farmers said the Andean Fisheries Policy would ruin them.",
            "person-andean-fisheries-policy",
        ),
        (
            "The Border Coordination Mechanism met on Monday.",
            "person-border-coordination-mechanism",
        ),
        (  # a title with a prefix is no name
            "Acting Foreign Minister of Peru Ana Rios met her Chilean counterpart.",
            "person-acting-foreign-minister",
        ),
        (  # a title with its portfolio is no organisation
            "Chile's Minister of Foreign Affairs said talks with Peru would resume.",
            "org-foreign-affairs",
        ),
        (
            "The Secretary General of the Arab League, Ahmed Aboul Gheit, urged restraint.",
            "org-secretary-general-of-the-arab-league",
        ),
    ],
)
def test_extract_makes_no_false_actor(text: str, absent: str) -> None:
    keys = {e.key for e in _extract(text).entities if e.cls in ("State", "Organisation", "Person")}
    assert absent not in keys


@pytest.mark.parametrize(
    ("text", "person", "org"),
    [
        (
            "The Secretary General of the Arab League, Ahmed Aboul Gheit, urged restraint.",
            "person-ahmed-aboul-gheit",
            "org-arab-league",
        ),
        (
            "Chile's Minister of Foreign Affairs Ana Rios said talks with Peru would resume.",
            "person-ana-rios",
            "state-chile",
        ),
    ],
)
def test_extract_a_title_of_an_organisation_affiliates_the_person(
    text: str, person: str, org: str
) -> None:
    assert (person, org) in {(a.person, a.org) for a in _extract(text).affiliations}


def test_extract_a_headline_in_capitals_names_no_person() -> None:
    x = _extract(
        "The envoy arrived in Pristina on Monday.\nKurti Sets Clear Conditions\n"
        "The envoy met Prime Minister Albin Kurti. Kurti reaffirmed his readiness to talk."
    )
    assert [e.label for e in x.entities if e.cls == "Person"] == ["Albin Kurti"]


def test_extract_a_speaker_line_in_capitals_names_a_person() -> None:
    x = _extract("Vice Premier Ulla Marrow Kestin:\n\nWe held candid talks in Geneva.")
    assert any(e.cls == "Person" and "Kestin" in e.label for e in x.entities)


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        ("The editor of the Chilean daily El Sol, Ana Ruiz, said talks were over.", "El Sol"),
        (
            "The movement said in its mouthpiece, Andes Voice, that it would not disarm.",
            "Andes Voice",
        ),
        ("Writing in the weekly Costa Sur, Ana Ruiz said the talks had failed.", "Costa Sur"),
    ],
)
def test_extract_a_name_after_a_noun_of_news_outlets_is_an_outlet(text: str, outlet: str) -> None:
    x = _extract(text)
    assert [(e.label, e.cls) for e in x.entities if e.label == outlet] == [(outlet, "Organisation")]
    assert all(e.cls != "Person" or e.label == "Ana Ruiz" for e in x.entities)


@pytest.mark.parametrize(
    ("text", "person", "body"),
    [
        (
            "Rosa Quispe, a member of the Andes' regional assembly, said the vote had been "
            "delayed.",
            "person-rosa-quispe",
            "Andes' regional assembly",
        ),
        (
            "Omar Haddad, head of the Tuareg supreme tribal council, rejected the offer on Monday.",
            "person-omar-haddad",
            "Tuareg supreme tribal council",
        ),
    ],
)
def test_extract_a_body_in_lower_case_a_person_belongs_to_is_an_organisation(
    text: str, person: str, body: str
) -> None:
    x = _extract(text)
    [org] = [e for e in x.entities if e.label == body]
    assert org.cls == "Organisation"
    assert [(a.person, a.org) for a in x.affiliations] == [(person, org.key)]


def test_extract_an_agency_in_lower_case_is_no_body_of_members() -> None:
    x = _extract("Ana Rios, head of the Andean fisheries agency, said the quota was fair.")
    assert all("agency" not in e.label for e in x.entities)


def test_extract_recognises_unknown_people_and_institutes() -> None:
    x = _extract(
        '"The fee is too high," said Aigerim Bekova, a senior analyst at the Almaty Centre for Energy Studies.'
    )
    labels = _labels(x)
    assert labels["person-aigerim-bekova"] == "Aigerim Bekova"
    assert labels["org-almaty-centre-for-energy-studies"] == "Almaty Centre for Energy Studies"
    assert [(a.person, a.org, a.role) for a in x.affiliations] == [
        ("person-aigerim-bekova", "org-almaty-centre-for-energy-studies", "senior analyst")
    ]
    assert [s.speakers for s in x.statements] == [("person-aigerim-bekova",)]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (  # a title after a word the lexicon lacks is still a title
            "\u201cThe offer is fair,\u201d Ruritanian Foreign Minister Ana Duarte said.",
            {"person-ana-duarte": "Ana Duarte"},
        ),
        (  # a surname an organisation also bears may end a person's name
            "His counterpart, Ana Kayikwamba Wagner, demanded a withdrawal. Wagner Group left.",
            {
                "person-ana-kayikwamba-wagner": "Ana Kayikwamba Wagner",
                "org-wagner-group": "Wagner Group",
            },
        ),
    ],
)
def test_extract_names_people_the_lexicon_does_not_know(text: str, names: dict[str, str]) -> None:
    labels = _labels(_extract(text))
    assert {k: labels.get(k) for k in names} == names


def test_extract_surname_remention_resolves_to_full_name() -> None:
    x = _extract("Rashid Meredov arrived late. Meredov then left.")
    person = next(e for e in x.entities if e.cls == "Person")
    assert person.key == "person-rashid-meredov"
    assert len(person.mentions) == 2


def test_extract_a_family_name_written_first_names_the_lexicon_person_alone() -> None:
    # Korean names put the family name first: "Yoon" is Yoon Suk Yeol, named alone.
    x = _extract("Yoon told reporters that the talks with Japan would resume in May.")
    [statement] = x.statements
    assert statement.speakers == ("person-yoon-suk-yeol",)


@pytest.mark.parametrize(
    ("text", "proposer", "fragment", "condition", "requires"),
    [
        (
            "Kazakhstan offered to open its Aktau terminal to gas shipments, provided that Ashgabat guarantees a fee.",
            "state-kazakhstan",
            "open its Aktau terminal",
            "provided that Ashgabat",
            "state-turkmenistan",
        ),
        (
            "Germany is ready to lift the tariffs in exchange for a written pledge from Beijing.",
            "state-germany",
            "lift the tariffs",
            "in exchange for",
            "state-china",
        ),
        (
            "Japan would not ease sanctions unless Pyongyang closes the test site.",
            "state-japan",
            "ease sanctions",
            "unless Pyongyang",
            "state-north-korea",
        ),
        (
            "NATO met on Monday. The alliance would consider limits on deployments if Moscow did the same.",
            "org-nato",
            "limits on deployments",
            "if Moscow did the same",
            "state-russia",
        ),
        (  # an inverted condition needs no comma before it
            "France offered a path to a settlement should Armenia accept it, the envoy said.",
            None,
            "a path",
            "should Armenia accept it",
            "state-armenia",
        ),
        (  # a demonstrative subject refers back to the proposal before it
            "Malta proposed a joint patrol of the strait. This measure will only work if Libya"
            " shares its radar data.",
            "state-malta",
            "joint patrol",
            "if Libya shares",
            "state-libya",
        ),
        (  # a verb that ties its object to a phrase: the object is offered on that condition
            "Algeria conditioned the reopening of its airspace on an apology from France.",
            "state-algeria",
            "reopening of its airspace",
            "apology from France",
            "state-france",
        ),
        (  # the parser hangs the by-phrase on the verb; it is the condition's agent
            "Denmark tied its grant to an audit by the European Union.",
            "state-denmark",
            "its grant",
            "audit by the European Union",
            "org-european-union",
        ),
        (  # "until" after a negated verb is a condition
            "Moldova will not sign the protocol until Romania ratifies the gas accord.",
            "state-moldova",
            "sign the protocol",
            "Romania ratifies",
            "state-romania",
        ),
    ],
)
def test_extract_proposals_with_conditions(
    text: str, proposer: str | None, fragment: str, condition: str, requires: str
) -> None:
    x = _extract(text)
    matches = [p for p in x.proposals if fragment in p.label]
    assert matches, [p.label for p in x.proposals]
    p = matches[0]
    if proposer:
        assert proposer in p.proposers
    assert any(condition in c.label and requires in c.requires for c in _conditions(x, p))


@pytest.mark.parametrize(
    "text",
    [
        "Turkey linked the bombing to a Kurdish militia.",  # an event, not an offer, is linked
        "The truce between Chad and Niger will last until Friday.",  # "until" on no negation
        "Niger will keep its embassy open until Chad reopens the border.",
    ],
)
def test_extract_tying_and_until_set_no_condition_without_an_offer_or_a_negation(text: str) -> None:
    assert not _extract(text).conditions


def test_extract_coordinated_infinitives_give_one_proposal_each() -> None:
    x = _extract("Astana is ready to cut tariffs on rail freight and to share port data with Baku.")
    labels = [p.label for p in x.proposals]
    assert labels == ["cut tariffs on rail freight", "share port data with Baku"]


def test_extract_a_percent_sign_ends_a_label_as_a_word() -> None:
    x = _extract("Norway offered to cut its tariff to 15% if Chile lowered its duties to 10%.")
    assert [p.label for p in x.proposals] == ["cut its tariff to 15%"]
    assert [c.label for c in x.conditions] == ["if Chile lowered its duties to 10%"]


def test_extract_a_word_the_tokenizer_split_is_one_item() -> None:
    x = _extract("Iran seeks sanctions relief and re-entry into the global banking system.")
    assert [p.label for p in x.proposals] == ["sanctions relief", "re-entry"]


def test_extract_actions_after_including_are_items_of_their_own() -> None:
    x = _extract(
        "Venezuela agreed to open up the electoral process, including allowing foreign"
        " observers and creating a process for lifting bans."
    )
    assert [p.label for p in x.proposals] == [
        "open up the electoral process",
        "allowing foreign observers",
        "creating a process for lifting bans",
    ]
    people = _extract("Chad offered talks including Niger and Mali.")
    assert [p.label for p in people.proposals] == ["talks including Niger and Mali"]


def test_extract_a_readiness_is_its_owners_whoever_reaffirms_it() -> None:
    x = _extract("Albin Kurti reaffirmed Kosovo's readiness to normalize relations with Serbia.")
    assert [(p.label, p.proposers) for p in x.proposals] == [
        ("normalize relations with Serbia", ("state-kosovo",))
    ]


def test_extract_what_is_said_before_an_attribution_the_parser_made_a_complement() -> None:
    x = _extract(
        "Ursula von der Leyen met Donald Trump. The deal will 'help farmers on both sides,'"
        " Ms. von der Leyen said as she sat next to Mr. Trump and the leaders spoke."
    )
    assert [(st.label, st.speakers) for st in x.statements] == [
        ("The deal will 'help farmers on both sides", ("person-ursula-von-der-leyen",))
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Peru will defend core principles, including freedom of navigation and the right of"
        " states to choose their own alliances.",
        "Peru said there are core principles that it is committed to uphold and defend,"
        " including freedom of navigation and the right of states to choose their own alliances.",
    ],
)
def test_extract_a_stance_on_listed_examples_is_on_each(text: str) -> None:
    x = _extract(text)
    assert [(s.holder, s.stance, s.label) for s in x.stances] == [
        ("state-peru", "supports", "freedom of navigation"),
        ("state-peru", "supports", "the right of states to choose their own alliances"),
    ]


def test_extract_what_is_urged_in_coordinated_verbs_is_no_offer_of_the_urged() -> None:
    x = _extract(
        "Peru urged Chile and Bolivia to seize the moment and agree to a truce on the border."
    )
    assert {(p.kind, p.proposers) for p in x.proposals} == {("demand", ("state-peru",))}


def test_extract_will_uphold_is_a_stance_not_an_undertaking() -> None:
    x = _extract("Officials said NATO will uphold its open-door policy.")
    assert not x.proposals
    assert [(s.holder, s.stance) for s in x.stances] == [("org-nato", "supports")]


def test_extract_reported_would_is_a_stance_taken_unless_a_condition_hangs_on_it() -> None:
    taken = _extract("The minister said Ghana would back the resolution.")
    assert [(s.holder, s.stance) for s in taken.stances] == [("state-ghana", "supports")]
    offered = _extract("The minister said Ghana would back the resolution if it were amended.")
    assert not offered.stances
    assert [p.proposers for p in offered.proposals] == [("state-ghana",)]


def test_extract_a_long_quotation_that_is_one_proposal_is_left_to_it() -> None:
    x = _extract(
        'Vladimir Putin spoke on Monday. "Russia is prepared to keep to the central limits under'
        ' the treaty for one more year after the fifth of February," said the Russian president.'
    )
    assert [p.proposers for p in x.proposals] == [("state-russia",)]
    assert not x.statements


@pytest.mark.parametrize(
    ("text", "label", "kind"),
    [
        (
            "Chile refused to reopen the northern border crossing, one of Peru's main demands.",
            "reopen the northern border crossing",
            "demand",
        ),
        (
            "Chile rejected a cap on fishing quotas, one of Peru's key proposals.",
            "a cap on fishing quotas",
            "offer",
        ),
        (
            "Chile firmly refused to lift the export ban, one of Peru's main demands, and it"
            " accused Lima of stalling.",
            "lift the export ban",
            "demand",
        ),
    ],
)
def test_extract_one_of_an_actors_demands_sums_up_the_phrase_before(
    text: str, label: str, kind: str
) -> None:
    x = _extract(text)
    assert [(p.label, p.kind, p.proposers) for p in x.proposals] == [(label, kind, ("state-peru",))]
    assert [(s.holder, s.stance, s.proposal) for s in x.stances] == [
        ("state-chile", "rejects", x.proposals[0].key)
    ]


def test_extract_a_name_written_out_is_the_organisation_its_initials_spell() -> None:
    # The lexicon lists the OSCE by its acronym only: the written-out name is read from
    # its initials and the place after "in".
    x = _extract(
        "Georgia invited the Organization for Security and Co-operation in Europe to observe"
        " the vote."
    )
    assert "org-osce" in {e.key for e in x.entities}
    assert not [e for e in x.entities if e.label.startswith("Organization")]


def test_extract_comma_list_gives_one_proposal_each() -> None:
    x = _extract("Canada is ready to discuss tariff cuts, fishing quotas, and visa rules.")
    assert [p.label for p in x.proposals] == [
        "discuss tariff cuts",
        "discuss fishing quotas",
        "discuss visa rules",
    ]


@pytest.mark.parametrize(
    ("text", "labels"),
    [
        (  # the parser hangs the second "not to" under a clause of the first
            "Tokyo demanded not to deploy rockets at sites from which they can reach the"
            " islands, not to hold drills near the strait and regularly share flight plans.",
            [
                "not to deploy rockets at sites from which they can reach the islands",
                "not to hold drills near the strait",
                "regularly share flight plans",
            ],
        ),
        (
            "Finland offered confidence-building steps, such as sharing radar data,"
            " opening a military hotline, and resuming port visits.",
            [
                "confidence-building steps",
                "sharing radar data",
                "opening a military hotline",
                "resuming port visits",
            ],
        ),
    ],
)
def test_extract_each_item_a_content_lists_is_a_proposal(text: str, labels: list[str]) -> None:
    assert [p.label for p in _extract(text).proposals] == labels


@pytest.mark.parametrize(
    ("text", "labels"),
    [
        (  # the tagger reads the first subjunctive as a past tense
            "Oman demanded that Yemen cut the cable and return the tanker to its crew.",
            ["Yemen cut the cable", "return the tanker to its crew"],
        ),
        (  # the parser hangs the second bare verb under the first one's infinitive
            "The draft accord says that Peru would agree to hand over the files, not arm the"
            " militia and not build new bases.",
            ["hand over the files", "not arm the militia", "not build new bases"],
        ),
        (  # base verbs after an infinitive, which the parse coordinated with "urged"
            "Angola urged Zambia to work towards a border accord, halt the raids and free the"
            " herders.",
            ["work towards a border accord", "halt the raids", "free the herders"],
        ),
        (  # the parse coordinated the second clause's subject with the first one's object
            "Benin tabled a plan on Monday. Under the plan, Togolese police would leave the"
            " market and a joint patrol would guard it.",
            ["a plan", "Togolese police leave the market", "a joint patrol guard it"],
        ),
        (  # an aside between the particle and its object
            "Malta committed to, among other measures, doubling its patrols at sea.",
            ["doubling its patrols at sea"],
        ),
        (  # a phrase after the last noun of a list is the last item's
            "Latvia wants a trade deal and cooperation on offshore wind farms.",
            ["a trade deal", "cooperation on offshore wind farms"],
        ),
        (  # a clause of its own with its own subject and modal is no item of the offer
            "Cuba will release the fishermen if the quota is raised, and Mexico will send a ferry.",
            ["release the fishermen"],
        ),
    ],
)
def test_extract_coordinated_items_wherever_the_parse_hangs_them(
    text: str, labels: list[str]
) -> None:
    assert [p.label for p in _extract(text).proposals if "state-mexico" not in p.proposers] == (
        labels
    )


def test_extract_each_clause_listed_after_a_condition_marker_is_a_condition() -> None:
    x = _extract(
        "Fiji will sign the fisheries pact only if the quotas are cut, the patrol boats are"
        " withdrawn, and a joint inspectorate is created."
    )
    (pact,) = [p for p in x.proposals if "fisheries pact" in p.label]
    assert [c.label for c in _conditions(x, pact)] == [
        "only if the quotas are cut",
        "only if the patrol boats are withdrawn",
        "only if a joint inspectorate is created",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The two disputes should not be linked, the Georgian foreign minister said.",  # a view
        "Benin urged all parties on Monday.",  # who is asked, not what
    ],
)
def test_extract_no_demand_in_a_view_or_in_whom_it_asks(text: str) -> None:
    assert _extract(text).proposals == ()


@pytest.mark.parametrize(
    ("text", "holder", "stance", "label"),
    [
        (
            "Gabon seized two trawlers off its coast, a move that Senegal condemned as piracy.",
            "state-senegal",
            "rejects",
            "seized two trawlers off its coast",
        ),
        (
            "Togo reopened the bridge to lorries, a step Benin welcomed.",
            "state-benin",
            "supports",
            "reopened the bridge to lorries",
        ),
    ],
)
def test_extract_a_stance_on_a_summing_noun_is_on_the_clause_it_sums_up(
    text: str, holder: str, stance: str, label: str
) -> None:
    assert [(s.holder, s.stance, s.label) for s in _extract(text).stances] == [
        (holder, stance, label)
    ]


@pytest.mark.parametrize(
    ("text", "by", "label"),
    [
        ("Chad rejected a truce proposed by Niger.", "state-niger", "a truce"),
        ("Peru welcomed a draft circulated by Chile.", "state-chile", "a draft"),
        ("Mali rejected demands submitted by Algeria.", "state-algeria", "demands"),
    ],
)
def test_extract_a_noun_put_forward_by_the_agent_of_its_participle(
    text: str, by: str, label: str
) -> None:
    proposals = _extract(text).proposals
    assert [(p.proposers, p.label, p.rule) for p in proposals] == [
        ((by,), label, "proposals.agent-of-participle")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The troops sent by Chad stayed.",
        "The talks hosted by Qatar ended.",
        "Mali studied the proposals presented by Algeria.",  # those read where they were made
    ],
)
def test_extract_a_participle_of_presenting_puts_forward_only_a_proposal_noun(text: str) -> None:
    assert _extract(text).proposals == ()


def test_extract_what_befalls_a_plan_is_none_of_its_terms() -> None:
    x = _extract("Chile tabled a plan. The plan would be shelved for a year if talks failed.")
    assert [p.label for p in x.proposals] == ["a plan"]


def test_extract_a_guess_at_what_another_might_do_is_no_offer() -> None:
    assert _extract("Oman suggested that Yemen might demand a new truce.").proposals == ()


def test_extract_a_stance_on_all_of_which_is_on_what_they_hang_on() -> None:
    x = _extract("Peru offered two draft accords, both of which Chile rejected.")
    assert [(s.holder, s.stance, s.label) for s in x.stances] == [
        ("state-chile", "rejects", "two draft accords")
    ]


def test_extract_a_modal_is_shared_by_coordinated_verbs() -> None:
    x = _extract("Gabon said it would fully endorse and implement the fisheries accord.")
    assert [(p.proposers, p.label) for p in x.proposals] == [
        (("state-gabon",), "implement the fisheries accord")
    ]


def test_extract_a_summing_noun_after_a_demand_is_no_second_demand() -> None:
    x = _extract(
        "Gabon demanded that Chad close the camps, a demand the Chadian side hesitated to meet."
    )
    assert [p.label for p in x.proposals] == ["Chad close the camps"]


def test_extract_talks_put_forward_are_addressed_to_whom_they_are_with() -> None:
    x = _extract(
        "Eritrea said the release of the fishermen is a prerequisite for any talks with Yemen."
    )
    (talks,) = [p for p in x.proposals if "talks" in p.label]
    assert talks.addressees == ("state-yemen",)
    assert [c.requires for c in _conditions(x, talks)] == [("state-yemen",)]


@pytest.mark.parametrize(
    "text",
    [
        "Tonga said a visa waiver for Fijians was not on the table until Fiji reopens its port.",
        "Tonga said a visa waiver for Fijians was not possible until Fiji reopens its port.",
    ],
)
def test_extract_what_is_not_possible_until_a_condition_is_offered_on_it(text: str) -> None:
    x = _extract(text)
    (waiver,) = x.proposals
    assert waiver.proposers == ("state-tonga",) and "visa waiver" in waiver.label
    assert [(c.label, c.negated) for c in _conditions(x, waiver)] == [
        ("until Fiji reopens its port", True)
    ]


def test_extract_a_pronoun_in_a_condition_on_talks_is_the_other_side() -> None:
    x = _extract(
        'The Danish minister said that talks with Iceland were "not on the table until they'
        ' stop whaling".'
    )
    (talks,) = x.proposals
    assert [c.requires for c in _conditions(x, talks)] == [("state-iceland",)]


def test_extract_a_purpose_infinitive_after_a_comma_is_no_list_item() -> None:
    x = _extract("Russia offered to send troops to the border, not to help the rebels.")
    assert len(x.proposals) == 1  # no negated infinitive opens the list: no list


def test_extract_a_predicate_conditions_earlier_offers_only_when_its_subject_is_one() -> None:
    x = _extract(
        "Chile offered to cut tariffs on copper. The offer is subject to approval by Peru."
    )
    assert [c.label for c in x.conditions] == ["subject to approval by Peru"]
    x = _extract(
        "Chile offered to cut tariffs on copper. Grain exports will be subject to a 10 percent levy."
    )
    assert x.conditions == ()  # a fact about exports, not a term of the offer


@pytest.mark.parametrize(
    ("text", "label"),
    [
        (
            "The grain accord, which was abandoned by Russia in July, let ships sail.",
            "The grain accord",
        ),
        ("Kyiv signed the roadmap that Moscow rejected.", "the roadmap"),
    ],
)
def test_extract_a_stance_in_a_relative_clause_is_on_the_noun_it_hangs_on(
    text: str, label: str
) -> None:
    x = _extract(text)
    assert [(s.stance, s.label) for s in x.stances] == [("rejects", label)]


def test_extract_the_subject_of_a_clause_acts_in_its_gerund_after_by() -> None:
    x = _extract("Peruvian officials tried to save the talks by proposing a joint patrol.")
    assert [(p.label, p.proposers) for p in x.proposals] == [("a joint patrol", ("state-peru",))]


def test_extract_a_vague_demand_spelled_out_after_a_dash_and_its_source() -> None:
    x = _extract(
        "Chilean diplomats pressed the talks forward by demanding more from Bolivia — an end to the"
        " blockade and a survey of the border."
    )
    assert [(p.label, p.addressees) for p in x.proposals] == [
        ("an end to the blockade", ("state-bolivia",)),
        ("a survey of the border", ("state-bolivia",)),
    ]
    x = _extract("Serbia demanded guarantees from the European Union.")
    assert x.proposals[0].addressees == ("org-european-union",)


@pytest.mark.parametrize(
    "text",
    [
        "The Macron government proposed a summit on energy prices.",
        "Emmanuel Macron spoke. Later the Macron government proposed a summit on energy prices.",
    ],
)
def test_extract_a_leaders_administration_or_government_is_the_state(text: str) -> None:
    x = _extract(text)
    assert [p.proposers for p in x.proposals] == [("state-france",)]


@pytest.mark.parametrize(
    ("text", "label", "to"),
    [
        (
            "Chile offered Peru a gas deal on Friday that would cut prices.",
            "a gas deal that would cut prices",
            ("state-peru",),
        ),
        (
            "Chilean President Gabriel Boric offered his Peruvian counterpart a gas deal.",
            "a gas deal",
            (),
        ),
    ],
)
def test_extract_the_second_object_is_what_is_offered(
    text: str, label: str, to: tuple[str, ...]
) -> None:
    (p,) = _extract(text).proposals
    assert p.label == label
    assert not to or p.addressees == to


@pytest.mark.parametrize(
    ("text", "kind", "to"),
    [
        ("Chad pressed Mali for answers on the border.", "demand", ("state-mali",)),
        ("Chad asked Niger for help, offering access to its ports.", "offer", ("state-niger",)),
        ("Chad sought help from Niger, offering access to its ports.", "offer", ("state-niger",)),
        ("Chad sent troops, offering Mali a truce.", "offer", ("state-mali",)),
        ("Chad announced the plan, offering access to its ports.", "offer", ()),
    ],
)
def test_extract_addressee_of_an_object_or_of_the_clause_a_participle_hangs_on(
    text: str, kind: str, to: tuple[str, ...]
) -> None:
    p = next(p for p in _extract(text).proposals if p.kind == kind)
    assert p.addressees == to


@pytest.mark.parametrize(
    ("text", "to"),
    [
        (
            "The European Union and Serbia met in Brussels. The European Union urged Serbia to "
            "reform. The European Union said the talks were useful. Later the European "
            "Commission offered to fund a new bridge.",
            ("state-serbia",),
        ),
        (
            "The United Nations and the Taliban met in Kabul. The United Nations said the Taliban "
            "had not replied. The United Nations urged the Taliban to reopen schools. Later the "
            "UN Assistance Mission in Afghanistan offered to host technical meetings.",
            ("org-taliban",),
        ),
    ],
)
def test_extract_no_offer_is_made_by_a_body_to_the_body_it_is_part_of(
    text: str, to: tuple[str, ...]
) -> None:
    (offer,) = [p for p in _extract(text).proposals if p.kind == "offer"]
    assert offer.addressees == to


def test_extract_an_exchange_requires_the_addressee_to_act() -> None:
    x = _extract("Chad sought help from Niger, offering access to its ports in exchange for grain.")
    (offer,) = [p for p in x.proposals if p.kind == "offer"]
    (condition,) = _conditions(x, offer)
    assert condition.requires == ("state-niger",) and "grain" in condition.label


def test_extract_reciprocity_is_marked() -> None:
    x = _extract("India proposed that both sides withdraw troops from the ridge.")
    assert x.proposals and x.proposals[0].reciprocal


@pytest.mark.parametrize(
    "text",
    [
        "Brazil did not offer to mediate between the parties.",
        "Norway is not ready to host the talks.",
    ],
)
def test_extract_negated_offers_are_not_asserted(text: str) -> None:
    assert _extract(text).proposals == ()


@pytest.mark.parametrize(
    ("text", "holder", "stance"),
    [
        ("Turkmenistan rejected the fee proposal outright.", "state-turkmenistan", "rejects"),
        ("The European Union welcomed the talks on Friday.", "org-european-union", "supports"),
        ("Chile has ruled out any new levy on copper.", "state-chile", "rejects"),
        (
            "The European Union met. The bloc shows no intent to abandon its sanctions regime.",
            None,
            "supports",
        ),
    ],
)
def test_extract_stances(text: str, holder: str | None, stance: str) -> None:
    x = _extract(text)
    assert x.stances, text
    assert x.stances[0].stance == stance
    if holder:
        assert x.stances[0].holder == holder


@pytest.mark.parametrize(
    "text",
    [
        "Burundi has denied directly supporting the rebels in Kivu.",
        "Burundi has faced accusations of backing the rebels in Kivu.",
    ],
)
def test_extract_a_denied_or_alleged_stance_is_no_stance(text: str) -> None:
    assert _extract(text).stances == ()


def test_extract_ending_support_is_an_offer_not_a_stance() -> None:
    x = _extract("Burundi and Uganda pledged to pull back support for the rebels.")
    assert [p.label for p in x.proposals] == ["pull back support for the rebels"]
    assert x.stances == ()
    x = _extract("Burundi pledged support for the plan.")
    assert x.proposals == ()
    assert [(s.stance, s.label) for s in x.stances] == [("supports", "the plan")]


def test_extract_negated_rejection_is_not_a_rejection() -> None:
    x = _extract("Peru did not reject the Chilean plan to share the port.")
    assert not [s for s in x.stances if s.stance == "rejects"]


def test_extract_demand_with_addressee() -> None:
    x = _extract("Russia urged Kazakhstan to drop the pipeline plan.")
    (p,) = x.proposals
    assert p.kind == "demand"
    assert p.proposers == ("state-russia",)
    assert p.addressees == ("state-kazakhstan",)
    assert "drop the pipeline plan" in p.label


def test_extract_what_a_demand_asks_its_addressees_to_do_is_not_their_offer() -> None:
    x = _extract("Qatar urged Mali and Niger to end the raids and agree to a border truce.")
    assert [p.label for p in x.proposals] == ["end the raids", "agree to a border truce"]
    for p in x.proposals:
        assert (p.kind, p.proposers) == ("demand", ("state-qatar",))
        assert p.addressees == ("state-mali", "state-niger")


def test_extract_a_purpose_adjunct_is_not_an_offer() -> None:
    x = _extract("Chad and Niger resumed their talks in Rome, aiming to calm the border.")
    assert not x.proposals
    assert _extract("Chad aims to calm the border with Niger.").proposals


def test_extract_anonymous_speaker_makes_no_person() -> None:
    x = _extract('"We are not there yet," a senior Egyptian official said.')
    assert not [e for e in x.entities if e.cls == "Person"]
    assert [s.speakers for s in x.statements] == [("state-egypt",)]


def test_extract_evidence_offsets_reproduce_text() -> None:
    text = "Kazakhstan offered to open the port, provided that Ashgabat pays. “It is a fair price for both of us,” said Aigerim Bekova."
    doc = document_from_text(text)
    x = extract_document(doc)
    for p in x.proposals:
        a, b = p.span
        assert doc.text[a:b].replace("“", "").replace("”", "").split() == p.label.split()
        for c in _conditions(x, p):
            assert c.label.split()[-1] in doc.text[c.span[0] : c.span[1]]
    assert x.statements and all(doc.text[a:b] for a, b in (s.span for s in x.statements))


# -- rules added for phrasings beyond the dev corpus ---------------------------------------


def _conditions(x: Extraction, p: Proposal) -> list[Condition]:
    return [c for c in x.conditions if c.proposal == p.key]


def _proposal(x: Extraction, fragment: str):
    found = [p for p in x.proposals if fragment in p.label]
    assert found, [p.label for p in x.proposals]
    return found[0]


def test_extract_coordinated_verb_phrases_split() -> None:
    x = _extract(
        "Chile offered to reopen the northern crossing and to restart rail freight to Bolivia."
    )
    labels = [p.label for p in x.proposals]
    assert "reopen the northern crossing" in labels
    assert "restart rail freight to Bolivia" in labels


@pytest.mark.parametrize(
    ("text", "by", "fragment"),
    [
        ("Peru agreed to a three-month delay of the new port fees.", "state-peru", "delay"),
        (
            "Bolivia agreed to an 18-month transition before the vote.",
            "state-bolivia",
            "transition",
        ),
        (
            "Lima says it wants to agree on water rights first before any trade talks.",
            "state-peru",
            "water rights",
        ),
    ],
)
def test_extract_an_agreed_act_or_a_wish_to_agree_on_something_is_an_offer(
    text: str, by: str, fragment: str
) -> None:
    x = _extract(text)
    assert by in _proposal(x, fragment).proposers
    assert not any(fragment in s.label for s in x.stances)


def test_extract_readiness_adjectives_share_the_infinitive_of_the_last() -> None:
    x = _extract("Latvia is ready, willing and able to reopen the fishing talks.")
    assert [p.label for p in x.proposals] == ["reopen the fishing talks"]
    assert x.proposals[0].proposers == ("state-latvia",)


def test_extract_a_participle_of_demanding_after_a_comma_is_a_demand_of_its_own() -> None:
    x = _extract(
        "Chile's draft seeks to reopen the port in stages, requiring Peru to recall its"
        " patrol boats."
    )
    labels = {p.label for p in x.proposals}
    assert "reopen the port in stages" in labels
    demand = _proposal(x, "recall its patrol boats")
    assert demand.addressees == ("state-peru",)
    assert "state-chile" in demand.proposers


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ('"The return of the seized trawlers is essential for any talks," Iceland said.', "return"),
        ("Iceland said the removal of the new buoys was vital.", "removal of the new buoys"),
    ],
)
def test_extract_an_act_said_to_be_essential_is_demanded(text: str, fragment: str) -> None:
    assert _proposal(_extract(text), fragment).proposers == ("state-iceland",)


def test_extract_a_quality_said_to_be_vital_is_no_demand() -> None:
    assert not _extract("Iceland said fishing was vital for its coastal towns.").proposals


def test_extract_passive_proposal_names_its_proposers() -> None:
    x = _extract(
        "A joint patrol scheme was proposed by the Turkish and Qatari mediators on Monday."
    )
    p = _proposal(x, "joint patrol scheme")
    assert set(p.proposers) == {"state-turkey", "state-qatar"}


def test_extract_made_conditional_on() -> None:
    x = _extract("Norway has made any new funding conditional on Kenya publishing the audit.")
    p = _proposal(x, "new funding")
    assert p.proposers == ("state-norway",)
    conds = _conditions(x, p)
    assert conds and "Kenya publishing the audit" in conds[0].label
    assert conds[0].requires == ("state-kenya",)


def test_extract_reported_commitments() -> None:
    x = _extract(
        "Officials said Tokyo would lift the export curbs. In return, Seoul would drop its complaint."
    )
    assert _proposal(x, "lift the export curbs").proposers == ("state-japan",)
    assert _proposal(x, "drop its complaint").proposers == ("state-south-korea",)


def test_extract_bullets_under_a_lead_in_belong_to_its_proposer() -> None:
    text = "Talks resumed.\n\nPoland wants Lithuania to:\n• reopen the rail link;\n• cut transit fees by half.\n"
    x = _extract(text)
    assert {p.label for p in x.proposals} >= {"reopen the rail link", "cut transit fees by half"}
    assert all(p.proposers == ("state-poland",) and p.kind == "demand" for p in x.proposals)


def test_extract_compound_demonyms_propose_together() -> None:
    x = _extract(
        "Talks went on. A Franco-German plan to hold a summit in June was backed by Spain."
    )
    p = _proposal(x, "plan to hold a summit")
    assert set(p.proposers) == {"state-france", "state-germany"}
    assert [(s.holder, s.stance) for s in x.stances] == [("state-spain", "supports")]


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        ("Ireland does not refuse to support the levy.", "supports"),
        ("Ireland refused to support the levy.", "rejects"),
        ("Ireland will not accept the levy.", "rejects"),
    ],
)
def test_extract_stance_polarity(text: str, stance: str) -> None:
    assert [s.stance for s in _extract(text).stances] == [stance]


def test_extract_object_less_stance_refers_back() -> None:
    x = _extract("Peru urged Chile to cut its tariffs, a demand Santiago has rejected.")
    (stance,) = x.stances
    assert stance.holder == "state-chile" and stance.stance == "rejects"
    assert next(p for p in x.proposals if p.key == stance.proposal).label.startswith(
        "cut its tariffs"
    )


def test_extract_statement_attributed_at_the_end() -> None:
    x = _extract(
        "The deal will hold through the winter, said Ana Prieto, a fellow at the Lima Policy Institute."
    )
    assert [s.speakers for s in x.statements] == [("person-ana-prieto",)]
    assert [(a.person, a.org) for a in x.affiliations] == [
        ("person-ana-prieto", "org-lima-policy-institute")
    ]


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Talks ended. Robert O'Brien, the adviser, said Iran must stop.", "Robert O'Brien"),
        ("Later, Sinéad O’Connor spoke to Chile's envoy.", "Sinéad O’Connor"),
        ("Talks ended. Senator Mary K. Whitfield said the deal was fair.", "Mary K. Whitfield"),
        ("The opposition Samagi Jana Balawegaya dismissed the terms.", None),
    ],
)
def test_extract_name_shapes(text: str, label: str | None) -> None:
    people = {e.label for e in _extract(text).entities if e.cls == "Person"}
    assert people == ({label} if label else set())


def test_extract_a_repeated_proposal_is_one_record_with_both_reports() -> None:
    x = _extract(
        "Ghana offered to lift the levy on cocoa exports. Talks went on. Later, Ghana again"
        " offered to lift the cocoa export levy. Togo offered to lift the levy on cocoa exports."
    )
    by = {p.proposers: p for p in x.proposals}
    assert set(by) == {("state-ghana",), ("state-togo",)}
    assert len(by["state-ghana",].reports) == 1  # the second sentence, folded into the first
    assert by["state-togo",].reports == ()


def test_extract_refusing_to_act_on_a_demand_rejects_that_demand() -> None:
    x = _extract(
        "Mali pushed for an immediate withdrawal of the troops, but Chad refused to commit"
        " to this demand."
    )
    (demand,) = x.proposals
    (stance,) = x.stances
    assert (stance.holder, stance.stance, stance.proposal) == ("state-chad", "rejects", demand.key)


def test_extract_what_a_speaker_calls_possible_on_a_condition_is_offered_on_it() -> None:
    x = _extract(
        "Chile insists that a joint patrol is possible only if Peru shares its radar data."
    )
    assert [(p.proposers, p.label) for p in x.proposals] == [(("state-chile",), "a joint patrol")]
    assert [(c.label, c.requires) for c in x.conditions] == [
        ("only if Peru shares its radar data", ("state-peru",))
    ]
    assert not _extract("Chile says a joint patrol is possible.").proposals  # a forecast


def test_extract_a_prerequisite_is_demanded_and_conditions_what_it_is_for() -> None:
    x = _extract("Mali said the exit of the foreign troops was a prerequisite for any talks.")
    kinds = {p.label: p.kind for p in x.proposals}
    assert kinds == {"the exit of the foreign troops": "demand", "any talks": "offer"}
    talks = next(p for p in x.proposals if p.label == "any talks")
    assert [c.label for c in _conditions(x, talks)] == ["the exit of the foreign troops"]
    again = _extract("Mali raised the exit. This issue is a prerequisite for any talks, Mali said.")
    assert not again.conditions  # "this issue" points back


def test_extract_a_stance_left_open_by_whether_is_none() -> None:
    assert not _extract("Chad did not say whether it would accept the proposal.").stances


@pytest.mark.parametrize(
    "text",
    [
        "Chad proposed a joint review, letting each side decide which it accepts and which it rejects.",
        "If Niger sends troops to the island, Chad will not accept it.",
    ],
)
def test_extract_a_stance_on_a_pronoun_that_names_nothing_is_none(text: str) -> None:
    assert not _extract(text).stances


def test_extract_a_stance_on_a_pronoun_that_names_a_proposal_is_on_it() -> None:
    x = _extract("Chad proposed a joint patrol. Niger rejected it on Monday.")
    assert [(s.holder, s.stance, s.label) for s in x.stances] == [
        ("state-niger", "rejects", "a joint patrol")
    ]


@pytest.mark.parametrize(
    ("text", "stances"),
    [
        (
            "Chad offered a joint patrol on the lake. The offer came after a week of raids."
            " Niger rejected it.",
            [("state-niger", "a joint patrol on the lake")],
        ),
        (
            "Mali and Niger signed a water pact. Chad called the deal a model for the region."
            " Benin endorsed it too.",
            [("state-benin", "the deal")],
        ),
        (
            "Chad offered a joint patrol on the lake. Weeks later, the rains flooded the valley"
            " and closed the roads. Niger rejected it.",
            [],
        ),
    ],
)
def test_extract_a_pronoun_stands_for_what_its_sentence_or_the_one_before_names(
    text: str, stances: list[tuple[str, str]]
) -> None:
    assert [(s.holder, s.label) for s in _extract(text).stances] == stances


@pytest.mark.parametrize(
    "text",
    [
        "Estonia at first welcomed the draft, then turned down the Latvian amendments.",
        "Estonia insists that the dispute be settled in court and has turned down the Latvian"
        " amendments.",
    ],
)
def test_extract_a_stance_verb_coordinated_with_the_main_clause_has_its_subject(
    text: str,
) -> None:
    x = _extract(text)
    assert ("state-estonia", "rejects", "the Latvian amendments") in [
        (s.holder, s.stance, s.label) for s in x.stances
    ]


def test_extract_an_infinitive_a_quotation_mark_cuts_off_is_still_the_readiness() -> None:
    x = _extract("Chad said it was ready \u201cto reopen the border crossings.\u201d")
    assert [p.label for p in x.proposals] == ["reopen the border crossings"]


def test_extract_owners_listed_before_a_possessive_all_own_the_noun() -> None:
    x = _extract("Peru, Chile and Bolivia\u2019s offer to share the port remains open.")
    assert [set(p.proposers) for p in x.proposals] == [
        {"state-peru", "state-chile", "state-bolivia"}
    ]


def test_extract_an_appositive_proposal_noun_names_whose_the_phrase_is() -> None:
    x = _extract("Chad rejected a clause that it cut its army, a key demand by Niger.")
    assert [(p.proposers, p.kind) for p in x.proposals] == [(("state-niger",), "demand")]
    assert [(s.holder, s.proposal) for s in x.stances] == [("state-chad", x.proposals[0].key)]


def test_extract_a_states_ambassador_to_an_organisation_works_for_the_state() -> None:
    x = _extract("Chad’s UN Ambassador Idriss Mahamat said the offer was welcome.")
    assert [a.org for a in x.affiliations] == ["state-chad"]
    y = _extract("UN envoy Idriss Mahamat said the talks would resume.")
    assert [a.org for a in y.affiliations] == ["org-united-nations"]


def test_extract_a_statement_by_a_named_person_is_their_turn_to_the_end() -> None:
    x = _extract(
        "Statement by the Foreign Minister Jane Roe of Chad on the agreement between the two"
        " neighbours and the wider region:\n\nNiger must withdraw its troops from the border.\n\n"
        "Chad is ready to provide support to the reconstruction of the towns."
    )
    assert [(p.proposers, p.kind, p.label) for p in x.proposals] == [
        (("person-jane-roe", "state-chad"), "demand", "withdraw its troops from the border"),
        (("state-chad",), "offer", "provide support to the reconstruction of the towns"),
    ]


def test_extract_turns_written_label_and_words_on_one_line() -> None:
    x = _extract(
        "Q: What is your comment on the fishing dispute?\n\n"
        "Ana Rios: I want to stress that the dispute is serious. Peru must release the"
        " trawlers and abandon the new quota.\n\n"
        "Q: Anything else?\n\nAna Rios: No."
    )
    assert [(p.proposers, p.label) for p in x.proposals] == [
        (("person-ana-rios",), "release the trawlers"),
        (("person-ana-rios",), "abandon the new quota"),
    ]
    assert x.stances == ()  # "must ... abandon": asked of Peru, not a stance Peru took


def test_extract_a_line_introducing_a_quotation_gives_its_speaker_that_quotation_only() -> None:
    x = _extract(
        "Later, Ana Rios told the press:\n\n\u201cThe border will stay closed.\u201d\n\n"
        "Following her remarks, the fishing fleet returned to the port of Callao."
    )
    assert [t.speakers for t in x.statements] == [("person-ana-rios",)]
    assert "border will stay closed" in x.statements[0].label


def test_extract_a_headline_with_a_colon_is_no_transcript() -> None:
    x = _extract("Ana Rios: talks will resume\n\nPeru must release the trawlers, Chile said.")
    assert [p.proposers for p in x.proposals] == [("state-chile",)]


@pytest.mark.parametrize(
    ("text", "proposers"),
    [
        (  # "his country" after a role phrase is the role's state
            "The Malian prime minister said his country agreed to pursue a truce.",
            ("state-mali",),
        ),
        (  # a name inside the subject phrase is whose "his" is
            "Malian President Assimi Goita repeated his offer to mediate.",
            ("person-assimi-goita", "state-mali"),
        ),
        (  # "she" after a role phrase: the person of that state named before
            "Malian President Ana Diarra spoke to Trump. During the call she proposed a truce,"
            " the Malian leader told reporters.",
            ("person-ana-diarra", "state-mali"),
        ),
    ],
)
def test_extract_a_pronoun_after_a_role_phrase(text: str, proposers: tuple[str, ...]) -> None:
    assert [p.proposers for p in _extract(text).proposals] == [proposers]


def test_extract_who_handled_a_plan_is_not_what_it_proposes() -> None:
    x = _extract("The Qatari plan, mediated by Norway, seeks to end the blockade of the port.")
    assert [p.label for p in x.proposals] == ["end the blockade of the port"]


def test_extract_they_in_a_quotation_is_not_its_speaker_and_the_quote_stays_a_statement() -> None:
    x = _extract(
        "Peru and Chile will meet in Quito. \u201cThey trust Ecuador and asked me to be a"
        " mediator,\u201d Ecuadorean Foreign Minister Ana Duarte said."
    )
    assert [set(p.proposers) for p in x.proposals] == [{"state-peru", "state-chile"}]
    assert [s.speakers for s in x.statements] == [("person-ana-duarte",)]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Peru's demands include the return of the trawlers.", "demand"),
        ("Among Peru's demands is the return of the trawlers.", "demand"),
        ("Peru's proposals include the return of the trawlers.", "offer"),
    ],
)
def test_extract_what_an_owners_demands_include_is_each_one_of_them(text: str, kind: str) -> None:
    found = [(p.proposers, p.kind, p.label) for p in _extract(text).proposals]
    assert found == [(("state-peru",), kind, "the return of the trawlers")]


def test_extract_an_ultimatum_is_a_demand_on_whom_it_is_given_to_as_one_choice() -> None:
    x = _extract("Chad gave Niger until Friday to accept or reject the border plan.")
    assert [(p.proposers, p.addressees, p.label) for p in x.proposals] == [
        (("state-chad",), ("state-niger",), "accept or reject the border plan")
    ]


def test_extract_only_after_with_an_inverted_past_tells_what_happened() -> None:
    x = _extract("Only after a tenth round of talks did Peru offer a joint survey of the border.")
    assert [p.label for p in x.proposals] == ["a joint survey of the border"]
    assert not x.conditions


def test_extract_the_named_group_is_the_organisation_a_described_one_is_not() -> None:
    x = _extract(
        "The Hamas militant group said that the release of 50 detainees is a prerequisite"
        " for any talks."
    )
    assert {p.proposers for p in x.proposals} == {("org-hamas",)}
    assert len(x.conditions) == 1  # on the talks, not on the release itself
    y = _extract("The Bridges Council, a Cuban-American business group, said talks were useful.")
    assert all("state-cuba" not in s.speakers for s in y.statements)


def test_extract_a_coordinated_urging_is_its_own_demand_not_an_item_of_the_first() -> None:
    x = _extract("Chile seeks to cut its deficit and push Peru to lower its tariffs.")
    assert sorted((p.label, p.addressees) for p in x.proposals) == [
        ("cut its deficit", ()),
        ("lower its tariffs", ("state-peru",)),
    ]
    y = _extract("Norway is pressuring Iceland to cut its mackerel quota.")
    assert [(p.proposers, p.addressees) for p in y.proposals] == [
        (("state-norway",), ("state-iceland",))
    ]


def test_extract_a_demand_made_as_a_condition_for_something_conditions_it() -> None:
    x = _extract("Chile demands the return of the trawlers as a precondition for any talks.")
    labels = {p.label: p.kind for p in x.proposals}
    assert labels == {"the return of the trawlers": "demand", "any talks": "offer"}
    assert [c.label for c in x.conditions] == ["the return of the trawlers"]


def test_extract_coming_into_force_on_a_condition_conditions_the_proposal_itself() -> None:
    x = _extract(
        "Chile offered a truce. The proposals would also include a ten-year study of the"
        " border and could come into force only in the event of a complete ceasefire."
    )
    assert [p.label for p in x.proposals] == ["a truce", "a ten-year study of the border"]
    assert [c.label for c in x.conditions] == ["in the event of a complete ceasefire"]


def test_extract_support_expressed_without_an_object_is_for_what_was_last_put_forward() -> None:
    x = _extract("Chile proposed a ceasefire. Peru expressed cautious support.")
    assert [(s.holder, s.stance, s.proposal) for s in x.stances] == [
        ("state-peru", "supports", x.proposals[0].key)
    ]


def test_extract_a_plan_that_faces_opposition_from_x_is_rejected_by_x() -> None:
    x = _extract("The Egyptian plan faces strong opposition from Hamas.")
    assert [(s.holder, s.stance, s.label) for s in x.stances] == [
        ("org-hamas", "rejects", "The Egyptian plan")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Netanyahu has set out his terms bluntly.",
        "A Cuban official said Cuba would study it.",
        "Kosovo and Serbia must agree how to divide it.",
        "The Egyptians want the opposite.",
        "He said the Houthis had offered little that they could not take back.",
        "Chile said the Peruvian side had yet to respond.",
        "Officials said Qatar would face penalties if the talks failed.",
    ],
)
def test_extract_a_reference_that_states_nothing_is_no_proposal(text: str) -> None:
    assert not _extract(text).proposals


def test_extract_an_official_requesting_anonymity_proposes_nothing() -> None:
    x = _extract("A Chilean official who requested anonymity said Chile would wait.")
    assert not [p for p in x.proposals if "anonymity" in p.label]


def test_extract_a_states_mission_or_embassy_speaks_for_the_state() -> None:
    x = _extract("\u201cThe talks must resume,\u201d the Chilean mission to the agency said.")
    assert [s.speakers for s in x.statements] == [("state-chile",)]


def test_extract_no_x_until_y_demands_y_of_whoever_must_act() -> None:
    x = _extract("Chile says there will be no talks until Peru returns the trawlers.")
    assert [(p.proposers, p.kind, p.addressees, p.label) for p in x.proposals] == [
        (("state-chile",), "demand", ("state-peru",), "Peru returns the trawlers")
    ]
    assert not _extract("The truce between Chile and Peru will hold until Friday.").proposals


def test_extract_an_anaphor_with_a_modifier_finds_its_antecedent() -> None:
    x = _extract("The European Union met Chile. The 27-nation bloc agreed to cut its tariffs.")
    assert [p.proposers for p in x.proposals] == [("org-european-union",)]


@pytest.mark.parametrize(
    "text",
    [
        "What Chile wants is a ceasefire along the border.",
        "Talks turned to what Chile wants from the deal: a ceasefire along the border.",
    ],
)
def test_extract_what_an_actor_wants_spelled_out_is_its_demand(text: str) -> None:
    found = [(p.proposers, p.kind, p.label) for p in _extract(text).proposals]
    assert found == [(("state-chile",), "demand", "a ceasefire along the border")]


def test_extract_an_analysts_nationality_is_no_affiliation_a_diplomats_is() -> None:
    analyst = _extract("Talks stalled, said Ana Kovacs, a Hungarian political analyst.")
    assert not analyst.affiliations
    diplomat = _extract("Talks stalled, said Ana Kovacs, a Hungarian diplomat.")
    assert [a.org for a in diplomat.affiliations] == ["state-hungary"]


def test_extract_the_to_of_have_to_is_no_particle_and_hope_stays_a_figure() -> None:
    x = _extract("Chile and Peru met. The two sides will have to agree on the modalities.")
    assert not [s for s in x.stances if s.label == "to"]
    y = _extract("Chile said a truce would offer hope to a population exhausted by war.")
    assert not y.proposals


@pytest.mark.parametrize(
    ("text", "stances"),
    [
        ("Chile will defend itself, the minister said.", []),
        (
            "What Chile rejects is any new dam on the river.",
            [("state-chile", "any new dam on the river")],
        ),
    ],
)
def test_extract_a_stance_on_a_pronoun_is_on_what_it_stands_for(
    text: str, stances: list[tuple[str, str]]
) -> None:
    assert [(s.holder, s.label) for s in _extract(text).stances] == stances


def test_extract_talks_judged_constructive_are_no_stance_on_a_proposal() -> None:
    x = _extract("Peru met Chile, after a meeting that both sides described as constructive.")
    assert not x.stances


@pytest.mark.parametrize(
    ("text", "stances"),
    [
        (
            "Peru proposed a joint patrol. Chile welcomed the dialogue, calling it a useful step.",
            [("state-chile", "supports", "the dialogue")],
        ),
        (
            "Peru proposed a joint patrol. Chile welcomed the dialogue, calling it constructive.",
            [("state-chile", "supports", "the dialogue")],
        ),
        (
            "Bolivia ruled out the corridor, describing it as unworkable.",
            [("state-bolivia", "rejects", "the corridor")],
        ),
    ],
)
def test_extract_a_pronoun_a_judging_participle_calls_is_the_verbs_object(
    text: str, stances: list[tuple[str, str, str]]
) -> None:
    x = _extract(text)
    assert sorted({(s.holder, s.stance, s.label) for s in x.stances}) == stances


@pytest.mark.parametrize(
    ("text", "stances"),
    [
        (
            "Peru said the proposal for a customs union was a positive step.",
            [("state-peru", "supports", "the proposal for a customs union")],
        ),
        (
            '"The Chilean call for a fishing truce is a step in the right direction," Peru said.',
            [("state-peru", "supports", "call for a fishing truce")],
        ),
        (
            "The offer of a joint survey is very welcome, Chile said.",
            [("state-chile", "supports", "The offer of a joint survey")],
        ),
        ('Peru proposed a customs union. "This is positive news for farmers," Chile said.', []),
    ],
)
def test_extract_a_judgement_of_the_noun_predicated_gives_the_stance(
    text: str, stances: list[tuple[str, str, str]]
) -> None:
    x = _extract(text)
    assert [(s.holder, s.stance, s.label) for s in x.stances] == stances


def test_extract_a_present_participle_after_a_proposal_noun_is_its_content() -> None:
    x = _extract("Peru rejected Chile's proposal calling for a six-week truce.")
    assert [(p.proposers, p.label) for p in x.proposals] == [
        (("state-chile",), "proposal calling for a six-week truce")
    ]
    assert [(s.holder, s.proposal) for s in x.stances] == [("state-peru", x.proposals[0].key)]


def test_extract_a_negated_readiness_until_a_condition_is_an_offer_on_it() -> None:
    x = _extract("Ana Ruiz is not willing to resume the talks until the rebels agree to a truce.")
    assert [p.label for p in x.proposals] == ["resume the talks"]
    assert [c.label for c in x.conditions] == ["until the rebels agree to a truce"]
    assert _extract("Ana Ruiz is not willing to resume the talks.").proposals == ()


def test_extract_an_inverted_should_after_a_comma_is_a_condition() -> None:
    x = _extract("In May, Chad offered Niger a grazing deal, should Niger reduce its herds.")
    assert [(c.label, c.requires) for c in x.conditions] == [
        ("should Niger reduce its herds", ("state-niger",))
    ]


def test_extract_an_offer_to_sign_is_an_offer() -> None:
    x = _extract("Chad offered to sign the border treaty with Niger.")
    assert [p.label for p in x.proposals] == ["sign the border treaty with Niger"]
    assert _extract("Chad offered a sign of goodwill.").proposals == ()


def test_extract_a_mandative_verb_the_tagger_took_for_a_noun_is_still_demanded() -> None:
    x = _extract("Chad demanded that Niger's tariff rate jump to 40%.")
    assert [(p.kind, p.label) for p in x.proposals] == [
        ("demand", "Niger's tariff rate jump to 40%")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Chad signed the deal on Monday.",
        "Niger urged Chad to reach an agreement based on the mediators' offer.",
    ],
)
def test_extract_an_agreement_without_its_terms_or_not_reached_is_no_proposal(text: str) -> None:
    rules = [p.rule for p in _extract(text).proposals]
    assert "proposals.agreement-reached" not in rules


def test_extract_a_news_outlet_in_a_dateline_puts_nothing_forward() -> None:
    x = _extract("NAIROBI (Reuters) - Chad and Niger have reached an agreement on grazing quotas.")
    assert {k for p in x.proposals for k in p.proposers} <= {"state-chad", "state-niger"}
    assert x.proposals


@pytest.mark.parametrize(
    "text",
    [
        "Chad said Niger should withdraw its troops at once and reopen the border.",
        "Chad said Niger should once again withdraw its troops.",
    ],
)
def test_extract_once_as_an_adverb_is_no_condition(text: str) -> None:
    x = _extract(text)
    assert x.proposals
    assert x.conditions == ()


def test_extract_a_reported_commitment_of_the_speakers_own_people_is_the_speakers() -> None:
    x = _extract("Ana Ruiz said her fighters would halt operations to allow aid deliveries.")
    assert [(p.proposers, p.label) for p in x.proposals] == [
        (("person-ana-ruiz",), "halt operations to allow aid deliveries")
    ]


def test_extract_an_unnamed_aide_of_a_leader_speaks_for_the_leaders_state() -> None:
    x = _extract(
        "France and Chad resumed the talks on Monday. Emmanuel Macron's envoy said they had stalled."
    )
    assert [s.speakers for s in x.statements] == [("state-france",)]


@pytest.mark.parametrize(
    "text",
    [
        "Is Chad really ready to accept the proposals?",
        "We want to know if the rebels are willing to give up kidnapping, Ana Ruiz said.",
        "Niger asked whether Chad would offer a truce.",
        "Ana Ruiz refused to be drawn on how she would vote if the accord fails.",
        "Chad would not say why it would withdraw its troops from the border.",
    ],
)
def test_extract_a_question_puts_nothing_forward(text: str) -> None:
    x = _extract(text)
    assert (x.proposals, x.stances) == ((), ())


@pytest.mark.parametrize(
    "text",
    [
        "Chad stated that Niger allegedly rejected certain proposals by the mediators.",
        "One diplomat from Chad called the outcome positive.",
        "The only way to save the deal is for Niger to abandon its extra demands, Chad said.",
    ],
)
def test_extract_stances_not_taken_by_whom_the_sentence_names(text: str) -> None:
    assert _extract(text).stances == ()


def test_extract_a_participle_on_a_noun_holds_the_stance_of_that_noun() -> None:
    x = _extract("Niger threatened to withdraw the Chadian troops supporting the fight.")
    assert [(s.holder, s.label) for s in x.stances] == [("state-chad", "the fight")]


def test_extract_an_infinitive_the_parse_hung_on_the_verb_completes_the_object_noun() -> None:
    x = _extract("Ana Ruiz rebuffed demands from Chad to retract her recent comments about Niger.")
    assert [(p.proposers, p.label) for p in x.proposals] == [
        (("state-chad",), "demands from Chad to retract Ana Ruiz's recent comments about Niger")
    ]
    assert [(s.stance, s.proposal) for s in x.stances] == [("rejects", x.proposals[0].key)]


def test_extract_a_summary_object_after_a_demanded_clause_leaves_the_clause_demanded() -> None:
    x = _extract(
        "Chad demanded that Niger end its support of the militias, a demand Niger resisted."
    )
    assert [p.label for p in x.proposals] == ["Niger end its support of the militias"]


def test_extract_an_invitation_to_a_place_to_do_something_offers_the_doing() -> None:
    x = _extract("Chad invited Niger's delegation to N'Djamena to continue the grazing talks.")
    assert [p.label for p in x.proposals] == ["continue the grazing talks"]


@pytest.mark.parametrize(
    "text",
    [
        "Chad freed Ivan Petrov, a Russian pilot serving a prison sentence.",
        "Chad freed Tom Baker, a former marine who was held captive in Niger for two years.",
    ],
)
def test_extract_a_nationality_or_a_place_of_captivity_is_no_affiliation(text: str) -> None:
    assert _extract(text).affiliations == ()


def test_extract_a_participle_of_saying_speaks_for_the_clause_it_follows() -> None:
    x = _extract(
        "Ana Ruiz said the talks could yield results, telling reporters that any deal should"
        " respect Chad's airspace, according to Reuters."
    )
    assert [(p.proposers, p.label) for p in x.proposals] == [
        (("person-ana-ruiz",), "respect Chad's airspace")
    ]
    assert [(s.speakers, s.label) for s in x.statements] == [
        (("person-ana-ruiz",), "the talks could yield results")
    ]


def test_extract_a_quotation_attributed_after_an_apposition_is_its_speakers() -> None:
    x = _extract(
        '"Expect some uproar, but the real talks will happen behind closed doors," Lena Varga,'
        " a professor at a university in Oslo, tells a radio station."
    )
    assert [(s.speakers, s.quote) for s in x.statements] == [(("person-lena-varga",), True)]


def test_extract_an_occupational_title_before_a_name_is_not_part_of_it() -> None:
    x = _extract('Analyst Lena Varga studies Chad. "We are in a new phase," says Varga.')
    assert [s.speakers for s in x.statements] == [("person-lena-varga",)]


def test_extract_a_wire_dateline_is_left_out_of_the_parse() -> None:
    x = _extract(
        "LIMA, Peru — Chile would move 2,000 troops away from the border within 90 days, "
        "the Chilean envoy told Peruvian leaders on Monday."
    )
    assert [(p.proposers, p.label) for p in x.proposals] == [
        (("state-chile",), "move 2,000 troops away from the border within 90 days")
    ]


def test_extract_a_dateline_after_a_run_on_headline_starts_a_sentence() -> None:
    x = _extract(
        "Border talks resume in Quito LIMA — Peru offered Chile a joint survey of the border."
    )
    assert [(p.proposers, p.label) for p in x.proposals] == [
        (("state-peru",), "a joint survey of the border")
    ]


@pytest.mark.parametrize(
    "text",
    [
        'Chad and Niger signed the accord. "It will be done over the years," a Chadian aide said.',
        "Chad said Niger would be allowed to keep two posts on the river.",
    ],
)
def test_extract_a_passive_future_is_no_commitment_of_its_subject(text: str) -> None:
    assert _extract(text).proposals == ()


def test_extract_would_like_someone_to_act_is_a_demand_on_them() -> None:
    x = _extract('"We would like Niger to accept the text we sent," the Chadian minister said.')
    assert [(p.kind, p.proposers, p.label) for p in x.proposals] == [
        ("demand", ("state-chad",), "accept the text we sent")
    ]
    assert x.stances == ()


@pytest.mark.parametrize(
    "text",
    [
        "Chad demanded that Niger accept the text.",
        "Chad wants Niger to accept the text.",
    ],
)
def test_extract_an_acceptance_demanded_of_someone_is_no_stance_of_theirs(text: str) -> None:
    x = _extract(text)
    assert [p.kind for p in x.proposals] == ["demand"]
    assert x.stances == ()


def test_extract_a_necessity_with_a_that_clause_in_the_present_is_a_demand() -> None:
    x = _extract(
        "It is crucial that Niger respects the border and reopens the crossings, Chad said."
    )
    assert {(p.kind, p.proposers, p.addressees) for p in x.proposals} == {
        ("demand", ("state-chad",), ("state-niger",))
    }


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Peru's trade minister said Peru may lower its coffee tariffs.", True),
        ("Analysts said Peru may lower its coffee tariffs.", False),
        ("Chile said Peru may have lowered its coffee tariffs.", False),
    ],
)
def test_extract_may_is_a_commitment_only_in_the_words_of_the_side_that_acts(
    text: str, found: bool
) -> None:
    labels = [p.label for p in _extract(text).proposals]
    assert labels == (["lower its coffee tariffs"] if found else [])


def test_extract_calling_for_someone_to_act_is_a_demand_on_them() -> None:
    x = _extract("Chad called for Niger to resume the border talks.")
    assert [(p.kind, p.addressees, p.label) for p in x.proposals] == [
        ("demand", ("state-niger",), "resume the border talks")
    ]


def test_extract_calling_for_a_thing_to_serve_a_purpose_demands_the_thing() -> None:
    x = _extract('Ana Ruiz called for a national assembly "to find a lasting peace."')
    assert [p.label for p in x.proposals] == ["a national assembly"]


def test_extract_a_proposal_one_comes_with_is_ones_own() -> None:
    x = _extract("Chad opened the talks with a proposal to delay the vote by a year.")
    assert [(p.proposers, p.label) for p in x.proposals] == [
        (("state-chad",), "proposal to delay the vote by a year")
    ]
    assert _extract("Niger then arrived with a plan of their own.").proposals == ()


def test_extract_an_alternative_is_no_second_demand() -> None:
    x = _extract("Iran wants sanctions lifted or postponed.")
    assert [p.label for p in x.proposals] == ["sanctions lifted or postponed"]


def test_extract_a_threatened_alternative_is_no_second_demand() -> None:
    x = _extract("Peru warned Chile to accept the deal or face new sanctions.")
    assert [(p.kind, p.addressees) for p in x.proposals] == [("demand", ("state-chile",))]


def test_extract_a_hard_wrapped_line_carries_on_its_sentence() -> None:
    x = _extract(
        "Vote delay proposed\n\n"
        "Chad opened the talks on Tuesday with\n"
        "a proposal to delay the vote by a year, which the\n"
        "government of Niger quickly rejected.\n"
        "Talks resume Friday.\n"
    )
    assert [(p.proposers, p.label) for p in x.proposals] == [
        (("state-chad",), "proposal to delay the vote by a year")
    ]
    assert [(s.holder, s.stance, s.proposal) for s in x.stances] == [
        ("state-niger", "rejects", x.proposals[0].key)
    ]


def test_extract_a_counted_plural_rejects_each_of_the_last_proposals() -> None:
    x = _extract(
        "Chad called for a vote delay. Chad also called for an assembly. "
        "But Niger's chief negotiator Ana Ruiz dismissed both proposals."
    )
    assert sorted(s.label for s in x.stances if s.holder == "person-ana-ruiz") == [
        "a vote delay",
        "an assembly",
    ]


def test_extract_what_a_statement_calls_for_is_its_readers() -> None:
    x = _extract("Ana Ruiz read a statement calling for the postponement of the vote.")
    assert [(p.proposers, p.label) for p in x.proposals] == [
        (("person-ana-ruiz",), "the postponement of the vote")
    ]


def test_extract_a_groups_fighters_are_the_group() -> None:
    x = _extract("Colombia's FARC rebels offered a ceasefire over Christmas.")
    assert [p.proposers for p in x.proposals] == [("org-farc",)]


def test_extract_a_quotation_in_single_curly_marks_is_its_speakers() -> None:
    x = _extract(
        "‘The parties’ decision to meet is a welcome step. "
        "It is crucial that Niger reopens the crossings,’ said Ana Ruiz."
    )
    assert [s.speakers for s in x.statements] == [("person-ana-ruiz",)]
    assert [(p.proposers, p.addressees) for p in x.proposals] == [
        (("person-ana-ruiz",), ("state-niger",))
    ]


def test_extract_this_plan_is_the_plan_its_word_names_not_any_proposal() -> None:
    x = _extract("Chad offered a truce. Niger rejected this plan. Mali rejected this proposal.")
    assert [(s.holder, s.label) for s in x.stances] == [
        ("state-niger", "this plan"),
        ("state-mali", "a truce"),
    ]


@pytest.mark.parametrize(
    ("text", "demanded"),
    [
        ("Chad said it continues to demand that Niger tow away the barges.", True),
        ("Chad insisted that Niger took the first step.", False),
        ("Chad insisted that Niger withdrew its troops last year.", False),
    ],
)
def test_extract_a_base_form_the_tagger_took_for_a_past_is_still_mandative(
    text: str, demanded: bool
) -> None:
    assert bool(_extract(text).proposals) == demanded


@pytest.mark.parametrize(
    ("text", "label"),
    [
        (
            "Ana Ruiz described the new tariffs as a breach of the accord.",
            "the new tariffs as a breach of the accord",
        ),
        (
            "Ana Ruiz questioned the sincerity of the rebels' offer.",
            "the sincerity of the rebels' offer",
        ),
        ("Ana Ruiz described that as constructive.", None),
    ],
)
def test_extract_a_verb_of_describing_states_what_it_says_of_its_object(
    text: str, label: str | None
) -> None:
    assert [s.label for s in _extract(text).statements] == ([label] if label else [])


@pytest.mark.parametrize(
    ("text", "person", "org"),
    [
        (
            "However, US State Department spokeswoman Ana Ruiz said talks were off.",
            "person-ana-ruiz",
            "org-united-states-department-of-state",
        ),
        (
            "Before entering the talks, FARC lead negotiator Ana Ruiz read a statement.",
            "person-ana-ruiz",
            "org-farc",
        ),
    ],
)
def test_extract_an_organisation_named_before_a_title_employs_the_person(
    text: str, person: str, org: str
) -> None:
    assert [(a.person, a.org) for a in _extract(text).affiliations] == [(person, org)]


@pytest.mark.parametrize(
    ("text", "person", "org"),
    [
        (  # the name is the agent of a participle clause: the clause is not the title's
            "Talks mediated by the UN Special Envoy Ana Ruiz resumed in Geneva.",
            "person-ana-ruiz",
            "org-united-nations",
        ),
        (  # the name sits in a relative clause
            "They held a session where the premier agreed to meet FARC commander Ana Ruiz.",
            "person-ana-ruiz",
            "org-farc",
        ),
    ],
)
def test_extract_a_title_in_a_clause_still_affiliates_the_person(
    text: str, person: str, org: str
) -> None:
    assert [(a.person, a.org) for a in _extract(text).affiliations] == [(person, org)]


@pytest.mark.parametrize(
    "text",
    [
        "The deal would free US citizens Ana Ruiz and Tom Baker from prison.",
        "Dr. Ana Ruiz, an expert on China-Peru relations, said the talks would fail.",
        # a stance toward a body is no post in it
        "Ana Ruiz, a longtime critic of the Chilean government, spoke. Kremlin critic Tom Baker left.",
    ],
)
def test_extract_a_nationality_or_a_topic_before_or_after_a_name_is_no_affiliation(
    text: str,
) -> None:
    assert _extract(text).affiliations == ()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # the owner pronoun stands for the main subject before it
            "The Green Front walked out, and its spokesman, Ana Ruiz, blamed the government.",
            [("person-ana-ruiz", "org-green-front")],
        ),
        (  # or for the main subject of the sentence before
            "The FARC refused the offer. Its commander, Ana Ruiz, said the army must leave first.",
            [("person-ana-ruiz", "org-farc")],
        ),
        (  # a subject that names nobody gives the pronoun no owner
            "A truce was proposed by the delegation. Its chief, Ana Ruiz, told the FARC to wait.",
            [],
        ),
        (  # a posting is where the role is held, not for whom
            "Ana Ruiz, a veteran diplomat and former ambassador to Washington, led the talks.",
            [],
        ),
    ],
)
def test_extract_an_appositive_role_owned_by_a_pronoun_or_posted_abroad(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert [(a.person, a.org) for a in _extract(text).affiliations] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ana Ruiz, who teaches law at the Baltic Policy Institute, doubted the plan.",
            [("person-ana-ruiz", "org-baltic-policy-institute")],
        ),
        (
            "Ana Ruiz, who works for the World Bank, doubted the plan.",
            [("person-ana-ruiz", "org-world-bank")],
        ),
        (  # the body whose team, delegation or office the person heads
            "The offer is fair, said Ana Ruiz, who heads the FARC negotiating team.",
            [("person-ana-ruiz", "org-farc")],
        ),
        (
            "Chile sent a delegation. Ana Ruiz, who heads the government delegation, spoke.",
            [],
        ),
        (  # the clause the parse hung on the title before the name
            "Delegates met the foreign minister of Peru, Ana Ruiz, who chairs the Andean "
            "Fisheries Council.",
            [
                ("person-ana-ruiz", "state-peru"),
                ("person-ana-ruiz", "org-andean-fisheries-council"),
            ],
        ),
        (  # the object's own name in apposition
            "Ana Ruiz, who leads the country's largest party, the Green Front, spoke.",
            [("person-ana-ruiz", "org-green-front")],
        ),
    ],
)
def test_extract_a_relative_clause_of_leading_or_working_affiliates_the_person(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert [(a.person, a.org) for a in _extract(text).affiliations] == expected


def test_extract_a_bylines_role_affiliates_the_writer() -> None:
    x = _extract(
        "Talks resume in Lima.\n\nBy Ana Ruiz, BBC diplomatic correspondent\n\nChile met Peru."
    )
    assert [(a.person, a.org) for a in x.affiliations] == [("person-ana-ruiz", "org-bbc")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ana Ruiz spoke as chair of the African Union on Monday.",
            [("person-ana-ruiz", "org-african-union")],
        ),
        (
            "Ana Ruiz opened the summit as chairman of the Andean Fisheries Council.",
            [("person-ana-ruiz", "org-andean-fisheries-council")],
        ),
        ("Chile named Ana Ruiz as head of the World Bank office.", []),  # the object holds it
    ],
)
def test_extract_the_title_a_subject_acts_as_affiliates_them(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert [(a.person, a.org) for a in _extract(text).affiliations] == expected


def test_extract_a_readiness_inside_a_condition_is_no_offer() -> None:
    x = _extract("Chad said talks were off the table until Niger is willing to disarm.")
    assert [p.label for p in x.proposals if p.rule == "proposals.subject-of-readiness"] == []


def test_extract_a_finite_verb_hung_on_an_infinitive_shares_the_main_subject() -> None:
    x = _extract(
        "Chad called for a vote delay. Chad also called for an assembly. But Niger's lead "
        "negotiator Ana Ruiz stuck to the line on the need to move along and dismissed both "
        "proposals."
    )
    assert {(s.holder, s.stance) for s in x.stances} == {
        ("person-ana-ruiz", "rejects"),
        ("state-niger", "rejects"),  # the state she speaks for: "attributed to both"
    }
    assert len(x.stances) == 4


@pytest.mark.parametrize(
    ("text", "label"),
    [
        (
            "Morocco made concessions on fishing quotas in the Atlantic.",
            "concessions on fishing quotas",
        ),
        (
            "Finland is preparing a proposal for joint patrols of the shipping lane.",
            "proposal for joint patrols",
        ),
        ("Chad outlined the plan on Friday.", None),
        (
            "Chad urged Niger to prepare a proposal for a transition.",
            "prepare a proposal for a transition",
        ),
    ],
)
def test_extract_a_proposal_noun_a_verb_delivers(text: str, label: str | None) -> None:
    labels = [p.label for p in _extract(text).proposals]
    assert (any(x.startswith(label) for x in labels) and len(labels) == 1) if label else not labels


@pytest.mark.parametrize(
    "text",
    [
        "Chad is against the prisoner swap.",
        "Chad is opposed to the prisoner swap.",
        "Chad asked Niger to agree to a prisoner swap. Niger balked.",
    ],
)
def test_extract_a_predicate_of_opposition_rejects(text: str) -> None:
    x = _extract(text)
    assert [(s.stance, "swap" in s.label) for s in x.stances] == [("rejects", True)]


def test_extract_fighting_against_is_no_stance() -> None:
    assert _extract("Chad fought against the rebels near the border.").stances == ()


def test_extract_a_semicolon_parts_two_long_clauses() -> None:
    x = _extract(
        "The two border commissions of Peru and Chile will meet again in late September; "
        "Ana Ruiz said the session would be held in the city of Arica."
    )
    assert [(s.speakers, s.label) for s in x.statements] == [
        (("person-ana-ruiz",), "the session would be held in the city of Arica")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Chad had set an explicit security commitment as a precondition for signing.",
        "Chad set a security commitment as a precondition for signing the deal.",
    ],
)
def test_extract_what_is_set_as_a_precondition_is_demanded(text: str) -> None:
    x = _extract(text)
    assert [(p.kind, p.label.endswith("security commitment")) for p in x.proposals][:1] == [
        ("demand", True)
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Ana Ruiz called on Chad to withdraw its troops.",
        "Ana Ruiz, the Peruvian envoy, called on Chad to withdraw its troops.",
    ],
)
def test_extract_a_main_verb_the_parse_hung_below_a_name_has_the_name_as_subject(
    text: str,
) -> None:
    x = _extract(text)
    assert [(p.proposers[0], p.addressees) for p in x.proposals] == [
        ("person-ana-ruiz", ("state-chad",))
    ]


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ('Ana Ruiz called the outcome "balanced."', "the outcome balanced"),
        ("Ana Ruiz called an emergency meeting of the council.", None),
    ],
)
def test_extract_calling_something_something_states_it(text: str, label: str | None) -> None:
    assert [s.label for s in _extract(text).statements] == ([label] if label else [])


def test_extract_conditions_listed_after_if_are_each_a_condition_however_parsed() -> None:
    x = _extract(
        "Chile offered to delay the new tariffs for up to six months if Peru would restore "
        "access for inspectors, address concerns about its copper stocks, and engage in talks "
        "with Bolivia."
    )
    assert [(c.label, c.requires) for c in x.conditions] == [
        ("if Peru would restore access for inspectors", ("state-peru",)),
        ("if Peru address concerns about its copper stocks", ("state-peru",)),
        ("if Peru engage in talks with Bolivia", ("state-peru",)),
    ]


def test_extract_what_a_delivered_text_is_about_is_not_what_it_delivers() -> None:
    x = _extract(
        "Chilean envoy Ana Ruiz has delivered a written response by Chile to the Peruvian "
        "foreign ministry regarding the proposals related to the border guarantees outlined by "
        "Peru."
    )
    assert not any("state-chile" in p.proposers for p in x.proposals)


def test_extract_what_is_said_in_a_statement_is_reported() -> None:
    x = _extract(
        "Foreign Minister Ana Ruiz said in a statement carried by the state news agency that "
        "Peru would allow inspectors into the mines on condition that Chile drops its complaint."
    )
    assert [(p.proposers, p.label) for p in x.proposals] == [
        (("state-peru",), "allow inspectors into the mines")
    ]
    assert [c.requires for c in x.conditions] == [("state-chile",)]


@pytest.mark.parametrize(
    ("text", "conditions"),
    [
        ("Chile is ready to reopen the consulate, provided Bolivia returns the lorries.", 1),
        (
            "Chile's minister said that Santiago was prepared to let the miners apply for a "
            "licence from the regulator, provided Bolivia guarantees the jobs of the miners.",
            1,
        ),
        ("Chile provided Bolivia with food aid.", 0),
    ],
)
def test_extract_provided_after_a_comma_sets_a_condition(text: str, conditions: int) -> None:
    assert len(_extract(text).conditions) == conditions


@pytest.mark.parametrize(
    "text",
    [
        "Chad threatened to scuttle tariff talks with Niger if it did not agree to a ceasefire.",
        "Chad hoped to block the plan.",
    ],
)
def test_extract_a_stance_threatened_or_hoped_for_is_not_taken(text: str) -> None:
    assert _extract(text).stances == ()


@pytest.mark.parametrize(
    ("text", "labels"),
    [
        (
            "Peru demanded that Chile free the fishermen, hand over the boats and leave the bay.",
            ["Chile free the fishermen", "hand over the boats", "leave the bay"],
        ),
        (
            "It is vital that Chile respects the border, complies with the ruling, "
            "and pays the fine, Peru said.",
            ["Chile respects the border", "complies with the ruling"],
        ),
    ],
)
def test_extract_a_verb_the_tagger_took_for_a_noun_is_a_listed_item(
    text: str, labels: list[str]
) -> None:
    assert [p.label for p in _extract(text).proposals][: len(labels)] == labels


def test_extract_nouns_listed_after_the_object_of_a_preposition_are_items() -> None:
    x = _extract("Peru called for a truce, the return of the boats and talks in Lima.")
    assert [p.label for p in x.proposals][:2] == [
        "a truce",
        "the return of the boats and talks in Lima",
    ]


def test_extract_the_name_before_a_finite_verb_without_subject_is_its_subject() -> None:
    # The parser hangs the merged name on "provided"; "restores" is left without a subject.
    x = _extract(
        "Peru said that it was willing to return the trawlers, provided the United States "
        "restores its aid and issues the visas it promised."
    )
    assert [c.requires for c in x.conditions][:1] == [("state-united-states",)]


@pytest.mark.parametrize(
    ("text", "label", "condition"),
    [
        (
            "Peru agreed, on condition that the fines are waived, to reopen the port.",
            "reopen the port",
            "on condition that the fines are waived",
        ),
        (
            "Chile offered, in return for access to the port, to lower its tariffs.",
            "lower its tariffs",
            "in return for access to the port",
        ),
    ],
)
def test_extract_an_offer_resumed_after_a_condition_set_off_by_commas(
    text: str, label: str, condition: str
) -> None:
    x = _extract(text)
    assert [p.label for p in x.proposals] == [label]
    assert [c.label for c in x.conditions] == [condition]


@pytest.mark.parametrize(
    ("text", "stances"),
    [
        ("Peru has to accept the offer, Chile said.", 0),
        ("Peru needs to back the plan, Chile said.", 0),
        ("Peru had to accept the offer.", 1),
    ],
)
def test_extract_a_stance_one_has_to_take_is_asked_not_taken(text: str, stances: int) -> None:
    assert len(_extract(text).stances) == stances


@pytest.mark.parametrize(
    ("text", "labels"),
    [
        (
            "Chad pledged measures that would freeze tariffs and end the blockade.",
            ["freeze tariffs", "end the blockade"],
        ),
        (
            "Peru asks for a cap on fishing, together with an end to the blockade.",
            ["a cap on fishing", "an end to the blockade"],
        ),
    ],
)
def test_extract_items_coordinated_in_a_relative_or_joined_by_together_with(
    text: str, labels: list[str]
) -> None:
    assert [p.label for p in _extract(text).proposals] == labels


def test_extract_a_texts_relative_clause_is_its_content_not_two_items() -> None:
    x = _extract("Chad proposed a draft that would extend the truce and open the border.")
    assert [p.label for p in x.proposals][0] == (
        "a draft that would extend the truce and open the border"
    )


@pytest.mark.parametrize(
    ("text", "label", "addressees"),
    [
        (
            "Chile proposed a two-stage plan to Peru and Bolivia.",
            "a two-stage plan",
            ("state-peru", "state-bolivia"),
        ),
        ("Chile offered access to Peru.", "access to Peru", ()),
    ],
)
def test_extract_a_proposal_noun_put_to_actors(
    text: str, label: str, addressees: tuple[str, ...]
) -> None:
    [p] = _extract(text).proposals
    assert (p.label, p.addressees) == (label, addressees)


def test_extract_a_numbered_part_of_a_plan_is_the_plans() -> None:
    x = _extract(
        "Chile proposed a plan to Peru. Stage one would see a truce at sea; "
        "stage two would bring an end to the blockade. Phase 3 would see new talks."
    )
    assert [(p.proposers, p.label) for p in x.proposals][1:] == [
        (("state-chile",), "a truce"),
        (("state-chile",), "bring an end to the blockade"),
        (("state-chile",), "new talks"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Peru will not sign the treaty unless Chile apologises.",
        "If Chile apologises, Peru said it would sign the treaty.",
    ],
)
def test_extract_a_condition_verb_the_tagger_took_for_a_noun_has_its_name_as_subject(
    text: str,
) -> None:
    assert [c.requires for c in _extract(text).conditions] == [("state-chile",)]


def test_extract_a_titled_name_before_a_verb_of_saying_is_no_part_of_the_offer() -> None:
    x = _extract("Chile offered to cut its copper levies, Mining Minister Ana Ruiz told reporters.")
    assert [p.label for p in x.proposals] == ["cut its copper levies"]


def test_extract_a_clause_the_parser_read_as_a_reduced_relative_before_said() -> None:
    # The parser hangs "called on Iran ..." below "The IAEA" and gives "said" two subjects.
    x = _extract("The IAEA called on Iran to restore access for inspectors, diplomats said.")
    assert [(p.proposers, p.addressees, p.label) for p in x.proposals] == [
        (("org-iaea",), ("state-iran",), "restore access for inspectors")
    ]


@pytest.mark.parametrize(
    ("text", "label", "addressees"),
    [
        (
            "Chile has offered Bolivia security guarantees.",
            "security guarantees",
            ("state-bolivia",),
        ),
        ("Chile offered Chilean copper at a discount.", "Chilean copper", ()),
    ],
)
def test_extract_the_first_object_of_a_verb_of_giving_hung_as_a_modifier(
    text: str, label: str, addressees: tuple[str, ...]
) -> None:
    [p] = _extract(text).proposals
    assert (p.label, p.addressees) == (label, addressees)


@pytest.mark.parametrize(
    ("text", "proposers"),
    [
        (
            "The Andean Liberation Front (ALF) fought on. "
            "Peru's Andean rebels said they were ready for a truce.",
            [("org-andean-liberation-front",)],
        ),
        ("Peru's rebels said they were ready for a truce.", []),
    ],
)
def test_extract_rebels_are_their_group_never_the_state_that_owns_them(
    text: str, proposers: list[tuple[str, ...]]
) -> None:
    assert [p.proposers for p in _extract(text).proposals] == proposers


@pytest.mark.parametrize(
    ("text", "label"),
    [
        (
            "Chile reiterated calls for Peru to commit to the fishing quotas.",
            "commit to the fishing quotas",
        ),
        ("Chile renewed its call for Peru to align with the tariffs.", "align with the tariffs"),
    ],
)
def test_extract_a_call_for_someone_to_act_is_a_demand_on_them(text: str, label: str) -> None:
    assert [(p.kind, p.proposers, p.addressees, p.label) for p in _extract(text).proposals] == [
        ("demand", ("state-chile",), ("state-peru",), label)
    ]


def test_extract_a_list_the_parser_made_a_second_subject_is_no_subject() -> None:
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

    from graph.extract.parse import _one_subject_each

    # "rulings and obligations , Chile shall act": the parser's two subjects of "act"
    words = ["rulings", "and", "obligations", ",", "Chile", "shall", "act"]
    heads = [6, 0, 0, 6, 6, 6, 6]
    deps = ["nsubj", "cc", "conj", "punct", "nsubj", "aux", "ROOT"]
    pos = ["NOUN", "CCONJ", "NOUN", "PUNCT", "PROPN", "AUX", "VERB"]
    doc = Doc(Vocab(), words=words, heads=heads, deps=deps, pos=pos)
    _one_subject_each(doc)
    assert [t.text for t in doc[6].children if t.dep_ == "nsubj"] == ["Chile"]


@pytest.mark.parametrize(
    "text",
    [
        "Gabriel Boric met Dina Boluarte in Lima, and they agreed to reopen the border crossing.",
        "Gabriel Boric held talks with Dina Boluarte, and they agreed to reopen the border crossing.",
    ],
)
def test_extract_they_after_one_person_meeting_another_are_both(text: str) -> None:
    x = _extract(text)
    [offer] = [p for p in x.proposals if "border crossing" in p.label]
    assert offer.proposers == ("person-gabriel-boric", "person-dina-boluarte")


def test_extract_it_after_a_press_subject_is_the_actor_the_press_reports_on() -> None:
    x = _extract(
        "Peruvian media said that while Bolivia accepted the truce, it wanted Chile to reopen "
        "the port."
    )
    [demand] = [p for p in x.proposals if "reopen the port" in p.label]
    assert demand.proposers == ("state-bolivia",)


def test_extract_a_stance_target_never_refers_to_a_proposal_read_after_it() -> None:
    x = _extract("Bolivia accepted the offer, but it wanted the port fees cut.")
    [stance] = x.stances
    assert stance.label == "the offer" and stance.proposal is None


def test_extract_gerunds_listed_after_to_are_one_item_each() -> None:
    x = _extract(
        "Kenya and Somalia committed to avoiding the use of force, continuing their dialogue "
        "and meeting again in Nairobi."
    )
    assert [p.label for p in x.proposals] == [
        "avoiding the use of force",
        "continuing their dialogue",
        "meeting again in Nairobi",
    ]


def test_extract_a_stance_on_a_phrase_holding_several_proposals_is_on_each() -> None:
    x = _extract(
        "Chile first proposed a transition of 36 months and then 29 months, all of which were "
        "rejected by Peru."
    )
    assert [p.label for p in x.proposals] == ["a transition of 36 months", "29 months"]
    assert sorted((s.holder, s.proposal) for s in x.stances) == [
        ("state-peru", p.key) for p in x.proposals
    ]


def test_extract_provided_without_that_or_comma_opens_a_condition() -> None:
    x = _extract("Peru will sign the deal provided Chile changes its constitution.")
    [condition] = x.conditions
    assert condition.label == "provided Chile changes its constitution"
    assert condition.requires == ("state-chile",)


def test_extract_a_condition_opening_a_that_clause_lists_no_clause_after_it() -> None:
    x = _extract("Chile said that if Peru returns the trawlers, Chile remains open to talks.")
    assert [(c.label, c.requires) for c in x.conditions] == [
        ("if Peru returns the trawlers", ("state-peru",))
    ]


def test_extract_that_before_a_comma_is_the_complementizer_and_a_fronted_phrase_no_content() -> (
    None
):
    x = _extract(
        "Chile told Peru that, as part of the accord, Chile would reopen the consulate in Arica."
    )
    assert [(p.proposers, p.label) for p in x.proposals] == [
        (("state-chile",), "reopen the consulate in Arica")
    ]


def test_extract_an_inverted_condition_leaves_the_object_before_it_to_the_verb() -> None:
    x = _extract(
        "Kenya told Somali leaders that Kenya would assist Somali forces should they be "
        "attacked by Ethiopia."
    )
    [offer] = x.proposals
    assert offer.label == "assist Somali forces"
    assert [(c.label, c.requires) for c in x.conditions] == [
        ("should they be attacked by Ethiopia", ("state-ethiopia",))
    ]


def test_extract_a_that_clause_after_whom_one_tells_is_what_is_told() -> None:
    x = _extract(
        "Ana Ruiz told a news conference that Chile would reopen the consulate in Arica but "
        "gave no date."
    )
    assert [(p.proposers, p.label) for p in x.proposals] == [
        (("state-chile",), "reopen the consulate in Arica")
    ]


def test_extract_a_verb_that_cannot_share_an_auxiliary_is_coordinated_with_its_own_form() -> None:
    x = _extract(
        "Peru's foreign ministry insists the arrangement does not affect the country's claim "
        "under the 1929 treaty and calls on Chile to pull its patrol boats back."
    )
    # "does not affect": a claim, not a demand; "calls on" shares the ministry's subject
    assert [(p.addressees, p.label) for p in x.proposals] == [
        (("state-chile",), "pull its patrol boats back")
    ]


def test_extract_an_agreement_that_must_be_signed_is_asked_of_the_other_side() -> None:
    x = _extract(
        "Chile and Peru must sign a treaty to share the river water, a Chilean envoy said."
    )
    assert [(p.kind, p.proposers, p.addressees, p.label) for p in x.proposals] == [
        ("demand", ("state-chile",), ("state-peru",), "sign a treaty to share the river water")
    ]


def test_extract_a_states_leader_is_the_head_of_government_named_before() -> None:
    x = _extract(
        "Narendra Modi arrived in Caracas on Monday. The Indian leader held talks with "
        "Nicolas Maduro, and they agreed to expand the oil trade."
    )
    [offer] = x.proposals
    assert {"person-narendra-modi", "person-nicolas-maduro"} <= set(offer.proposers)


def test_extract_an_accusation_says_whom_it_accuses_and_takes_no_stance_for_them() -> None:
    x = _extract("Chile accused Peru of blatant interference by backing the rebels.")
    assert [(t.speakers, t.label) for t in x.statements] == [
        (("state-chile",), "Peru of blatant interference")
    ]
    assert x.stances == ()


def test_extract_the_last_item_of_a_list_in_a_that_clause_stays_in_the_list() -> None:
    x = _extract(
        "It is vital that Peru respects Chile's territorial integrity, complies with "
        "international law, and stops sending boats and crews to Arica, said Mr Rojas."
    )
    assert [p.label for p in x.proposals] == [
        "Peru respects Chile's territorial integrity",
        "complies with international law",
        "stops sending boats and crews to Arica",
    ]


def test_extract_a_minister_titled_with_a_state_speaks_for_it() -> None:
    x = _extract(
        "Peruvian Trade Minister Ana Ruiz said that Peru may lower its duties on Chilean wine."
    )
    assert [(p.proposers, p.label) for p in x.proposals] == [
        (("state-peru",), "lower its duties on Chilean wine")
    ]


@pytest.mark.parametrize(
    ("text", "stances"),
    [
        (
            'Ana Ruiz said there would be "absolutely no negotiation" after Bolivia pressed its case.',
            [("person-ana-ruiz", "rejects", "negotiation")],
        ),
        ("Chile said there will be no change in its position.", []),  # a forecast
        ("Chile insists there will be no talks until Peru returns the trawlers.", []),  # a demand
    ],
)
def test_extract_there_will_be_no_talks_rejects_them(
    text: str, stances: list[tuple[str, str, str]]
) -> None:
    assert [(s.holder, s.stance, s.label) for s in _extract(text).stances] == stances


def test_extract_a_condition_on_a_verb_that_is_no_proposal_attaches_to_none() -> None:
    x = _extract(
        "Chile and Peru will then negotiate for a permanent border deal - but the truce will "
        "last as long as the talks are ongoing, the mediator said."
    )
    assert [p.label for p in x.proposals] == ["negotiate for a permanent border deal"]
    assert x.conditions == ()
    y = _extract(
        "The Emirati ministry said the UAE stood ready to host talks as long as both wish."
    )
    assert [c.label for c in y.conditions] == ["as long as both wish"]


@pytest.mark.parametrize(
    "text",
    [
        "Chile called on Peru to adopt a cooperation mechanism as soon as possible.",
        "Chile called on Peru to adopt, if possible, a cooperation mechanism.",
    ],
)
def test_extract_as_soon_as_possible_is_no_condition(text: str) -> None:
    x = _extract(text)
    assert len(x.proposals) == 1 and x.conditions == ()


def test_extract_gerunds_listed_after_an_aside_with_an_or_inside_the_first() -> None:
    x = _extract(
        "Kenya and Somalia signed a declaration in which they committed to, among other things, "
        "avoiding the threat or use of force between them, avoiding escalating their dispute, "
        "continuing their dialogue and meeting again in Nairobi."
    )
    assert [p.label for p in x.proposals] == [
        "avoiding the threat or use of force between them",
        "avoiding escalating their dispute",
        "continuing their dialogue",
        "meeting again in Nairobi",
    ]


@pytest.mark.parametrize(
    ("text", "said"),
    [
        (  # another side's demand in a relative clause on the subject: still said
            "Ana Rios said the border plan, which Peru has demanded for months, was drafted "
            "with the help of Bolivian engineers.",
            "was drafted with the help of Bolivian engineers",
        ),
        ("Ana Rios said Peru had rejected the offer of joint patrols on the river.", None),
        ("Ana Rios said Chile would reopen the border crossing next week.", None),
    ],
)
def test_extract_reported_speech_is_left_to_a_fact_only_where_the_fact_is_what_it_asserts(
    text: str, said: str | None
) -> None:
    labels = [s.label for s in _extract(text).statements]
    assert [said in s for s in labels] == ([True] if said else [])


@pytest.mark.parametrize(
    ("text", "labels"),
    [
        (  # a quoted word or two: the clause is said
            'Chad accused Paris of "interference" in its affairs.',
            ["Paris of interference in its affairs"],
        ),
        ('Ana Rios said the talks were "hard".', ["the talks were hard"]),
        (  # a quotation of its own: said once
            'Ana Rios said "the talks were long and hard".',
            ["the talks were long and hard"],
        ),
    ],
)
def test_extract_a_clause_with_a_quoted_word_is_said_and_a_quotation_is_said_once(
    text: str, labels: list[str]
) -> None:
    assert [s.label for s in _extract(text).statements] == labels


@pytest.mark.parametrize(
    "text",
    [
        "Egypt's president Abdel Fattah el-Sisi met the envoys. Sisi said the talks had been frank.",
        "Khalil al-Hayya met the mediators in Doha. Hayya said the talks had been useful.",
    ],
)
def test_extract_a_known_person_is_met_by_a_surname_without_its_article(text: str) -> None:
    x = _extract(text)
    assert [len(s.speakers) for s in x.statements] == [1]
    assert x.statements[0].speakers[0] in {"person-abdel-fattah-el-sisi", "person-khalil-al-hayya"}


def test_extract_a_second_verb_of_saying_the_parse_joined_to_the_first_ones_clause() -> None:
    x = _extract(
        "Ana Rios denied that Peru had closed the border and insisted that the crossing was open."
    )
    assert [(s.speakers, s.label) for s in x.statements] == [
        (("person-ana-rios",), "Peru had closed the border"),
        (("person-ana-rios",), "the crossing was open"),
    ]


@pytest.mark.parametrize(
    ("text", "speakers", "words"),
    [
        (  # the verb the parse joined to the infinitive is a second saying, not what is said
            "Chile and Peru both claimed to have fired only warning shots and called on each"
            " other to withdraw.",
            ("state-chile", "state-peru"),
            "fired only warning shots",
        ),
        ("Peru has denied arming the smugglers on the river.", ("state-peru",), "arming"),
        ("Chile denied having closed the border crossing.", ("state-chile",), "closed the border"),
    ],
)
def test_extract_what_a_verb_of_saying_asserts_in_an_infinitive_or_a_gerund(
    text: str, speakers: tuple[str, ...], words: str
) -> None:
    found = [(s.speakers, s.label) for s in _extract(text).statements]
    assert any(who == speakers and words in label for who, label in found), found


@pytest.mark.parametrize(
    ("text", "said"),
    [
        (  # a whole quoted sentence holding the speaker's offer is said too
            '"If Lima keeps its word, we will lift the quota on copper," Chilean trade minister'
            " Ana Rios said.",
            True,
        ),
        (  # a quoted fragment of the offer is left to it
            'Chilean trade minister Ana Rios said Chile would lift the quota "provided that Lima'
            ' keeps its word".',
            False,
        ),
        (  # a quoted demand is left to the demand
            '"We want Peru to withdraw its trawlers from the bay," Chilean minister Ana Rios said.',
            False,
        ),
    ],
)
def test_extract_a_quoted_sentence_holding_an_offer_is_said_too(text: str, said: bool) -> None:
    x = _extract(text)
    assert x.proposals
    assert any(s.quote for s in x.statements) == said


def test_extract_a_transcript_paragraph_holding_a_proposal_keeps_its_other_claims() -> None:
    x = _extract(
        "Q: Will the fishing talks resume soon?\n\nMS. QUIROGA: The talks have been useful and"
        " the mood in Lima was calm. Chile must withdraw its trawlers from the bay at once. Is"
        " Peru ready to accept that? The mediators stated that the survey of the reef was"
        " complete.\n\nQ: Thank you."
    )
    assert [p.label for p in x.proposals] == ["withdraw its trawlers from the bay at once"]
    assert [(s.speakers, s.label) for s in x.statements] == [
        (("person-quiroga",), "The talks have been useful and the mood in Lima was calm.")
    ]


def test_extract_a_participle_of_saying_hung_inside_what_is_said_is_the_first_speakers() -> None:
    x = _extract(
        "Ana Rios told reporters that the Chilean navy had itself to blame for the delay,"
        " accusing Chile of hiding the survey data."
    )
    assert ("person-ana-rios",) in {s.speakers for s in x.statements if "hiding" in s.label}
    assert all(s.speakers == ("person-ana-rios",) for s in x.statements)


@pytest.mark.parametrize(
    "text",
    [
        "Peru told Chile to withdraw its trawlers from the bay.",
        "Peru, said to be weighing a new offer, sent its envoy to Lima.",
    ],
)
def test_extract_a_verb_of_telling_asks_and_hearsay_says_nothing_in_its_infinitive(
    text: str,
) -> None:
    assert not _extract(text).statements


def test_extract_a_quotation_a_verb_of_calling_predicates_of_its_object_is_attributed() -> None:
    x = _extract('Ana Rios left the talks early, calling it "a violation of Chilean sovereignty".')
    assert [(s.speakers, s.label, s.quote) for s in x.statements] == [
        (("person-ana-rios",), "a violation of Chilean sovereignty", True)
    ]


def test_extract_a_title_in_small_letters_before_a_new_name_is_its_role() -> None:
    x = _extract(
        "Peru's envoy said on Monday that the talks had stalled over the fishing quotas. "
        "Peruvian envoy Ana Rios later met the press in Lima."
    )
    assert [s.speakers for s in x.statements] == [("person-ana-rios",)]


@pytest.mark.parametrize(
    ("text", "speakers", "words"),
    [
        (  # a transcript's label in capitals names the person whose turn it is
            "Q: Will the fishing talks resume soon?\n\nMS. QUIROGA: The talks will resume in"
            " the spring once the new quota has been counted.\n\nQ: Thank you.",
            ("person-quiroga",),
            "resume in the spring",
        ),
        (  # the person speaks, not also the side the title before the name names
            "The Chilean navy commander, Ana Rios told the Peruvian premier that the fleet"
            " remains open to dialogue.",
            ("person-ana-rios",),
            "open to dialogue",
        ),
        (  # a person and a ministry coordinated in the subject both speak
            "Both Ana Rios and the Peruvian foreign ministry said that the ambassador had"
            " delivered the reply.",
            ("person-ana-rios", "org-ministry-foreign-peru"),
            "delivered the reply",
        ),
        (  # "she" after a role phrase with the name in apposition: that name, not the role's
            "Peruvian Foreign Minister Luis Soto met reporters in Lima. His Chilean counterpart,"
            " Ana Rios, demanded that Peru withdraw its trawlers within 30 days, as she said the"
            " treaty's annex requires.",
            ("person-ana-rios",),
            "annex requires",
        ),
        (  # what a verb of judging holds against its object is said too
            "Peruvian officials criticised the Chilean side for publishing the minister's"
            " private letter to the press.",
            ("state-peru",),
            "for publishing",
        ),
        (  # the middle name of a list the parser hung on the first as an apposition
            "Costa Rica, Panama, and Honduras stated that their decision to leave the bloc was"
            " final.",
            ("state-costa-rica", "state-panama", "state-honduras"),
            "decision to leave",
        ),
    ],
)
def test_extract_statement_speakers(text: str, speakers: tuple[str, ...], words: str) -> None:
    found = [(set(s.speakers), s.label) for s in _extract(text).statements]
    assert any(who == set(speakers) and words in label for who, label in found), found


def test_extract_he_after_an_unnamed_official_is_no_person_named_before() -> None:
    x = _extract(
        "Rosa Vidal will visit Quito on Monday.\nThe official explained that the visit would"
        " focus on fishing.\n\u201cI do not expect a final deal this week,\u201d he said."
    )
    assert not any("person-rosa-vidal" in s.speakers for s in x.statements)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (  # the offer last made, though an earlier one has the word "offer" in its label
            "Peru made an offer of grain credits to Bolivia. The Andean Council has offered to"
            " send monitors to the border. Chile welcomed the offer.",
            "send monitors",
        ),
        (  # "the proposal": what was last proposed
            "Peru tabled a plan with a proposal section on quotas. Chile proposed a joint"
            " survey of the reef. Bolivia rejected the proposal.",
            "joint survey",
        ),
    ],
)
def test_extract_a_proposal_noun_names_what_was_last_offered_or_proposed(
    text: str, words: str
) -> None:
    x = _extract(text)
    (stance,) = x.stances
    assert words in next(p.label for p in x.proposals if p.key == stance.proposal)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The fishing truce was drafted by Norway and endorsed by Chile and by Peru.",
            [("state-chile", "supports"), ("state-peru", "supports")],
        ),
        (
            "The minister said the toll plan was unlawful and would never be accepted by Peru.",
            [("state-peru", "rejects")],
        ),
    ],
)
def test_extract_a_passive_coordinated_after_a_first_verb_shares_its_subject(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert [(s.holder, s.stance) for s in _extract(text).stances] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Peru said the Chilean border plan was not acceptable.", [("rejects", "border plan")]),
        ("Peru said that attacks on ships are never acceptable.", []),
        ("Peru declined to rule out new tariffs on copper.", []),
        ("Chile's alleged backing of the rebels angered Peru.", []),
        ("Bolivia tried to convince Peru to accept the border plan.", []),
        ("Peru will accept and implement the Chilean border plan.", [("supports", "border plan")]),
        ("Peru opposed and condemned the border plan.", [("rejects", "the border plan")]),
    ],
)
def test_extract_stance_judged_refused_or_shared(
    text: str, expected: list[tuple[str, str]]
) -> None:
    """A denied acceptance rejects; a refusal to rule out, an alleged backing and a stance one is
    to be convinced of take none; coordinated verbs share their object."""
    got = [(s.stance, s.label) for s in _extract(text).stances]
    assert len(got) == len(expected), got
    assert all(
        w in label and s == stance for (s, label), (stance, w) in zip(got, expected, strict=True)
    )


def test_extract_a_pronoun_object_stands_for_the_object_of_an_earlier_stance() -> None:
    x = _extract("Bolivia backed the border plan, while Peru opposed it.")
    assert ("state-peru", "rejects", "the border plan") in [
        (s.holder, s.stance, s.label) for s in x.stances
    ]


@pytest.mark.parametrize(
    ("text", "conditions"),
    [
        ("Chile offered Peru a prisoner swap. The swap requires the approval of the Senate.", 1),
        (
            "Chile offered Peru a prisoner swap. The defeat of the militias requires a political"
            " settlement.",
            0,
        ),
        ("Chile offered Peru a prisoner swap. Both are likely to walk away if the talks fail.", 0),
    ],
)
def test_extract_a_condition_sentence_conditions_only_what_its_subject_refers_to(
    text: str, conditions: int
) -> None:
    """A condition in a sentence of its own needs a subject that can stand for the earlier
    proposal: a word of it ("the swap"), not another matter or a bare "both" (the parties)."""
    assert len(_extract(text).conditions) == conditions


@pytest.mark.parametrize(
    ("text", "stances"),
    [
        ("Mali agreed to a 24-month transition.", 0),
        ("Morocco agreed to the proposal for a truce.", 1),
        ("Chile proposed a joint patrol. Peru agreed to the patrol.", 1),
    ],
)
def test_extract_agreeing_to_a_new_step_is_a_commitment_not_a_stance(
    text: str, stances: int
) -> None:
    assert len(_extract(text).stances) == stances


@pytest.mark.parametrize(
    ("text", "holders"),
    [  # "we" in a quotation stands for the speaker and the state they speak for; "I" does not
        (
            '"We will not accept any deal that cedes the islands," Chilean Foreign Minister Ana'
            " Rios said.",
            ["person-ana-rios", "state-chile"],
        ),
        (
            '"I will not accept any deal that cedes the islands," Chilean Foreign Minister Ana'
            " Rios said.",
            ["person-ana-rios", "state-chile"],  # the minister speaks for Chile
        ),
    ],
)
def test_extract_we_in_a_quotation_is_the_speaker_and_their_state(
    text: str, holders: list[str]
) -> None:
    assert [s.holder for s in _extract(text).stances] == holders


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # the parse hangs the name off the title; the words still stand side by side
            "The rebels left Tobruk on Friday, after six hours of talks with Government of "
            "National Salvation (GNS) head Tomas Varga in Cairo that failed to produce a truce.",
            ("person-tomas-varga", "org-government-of-national-salvation"),
        ),
        (
            "The envoys met the mayor. Northern Province Assembly Speaker Lena Kovac was also "
            "there.",
            ("person-lena-kovac", "org-northern-province-assembly"),
        ),
    ],
)
def test_extract_an_organisation_and_title_written_before_a_name_affiliate_it(
    text: str, expected: tuple[str, str]
) -> None:
    assert expected in [(a.person, a.org) for a in _extract(text).affiliations]


@pytest.mark.parametrize(
    ("text", "person"),
    [
        (  # the lead names the post; the next sentence names who holds it
            "The head of the UN nuclear watchdog on Monday proposed a pause in the strikes. "
            "Rafael Grossi, director general of the International Atomic Energy Agency, spoke.",
            "person-rafael-grossi",
        ),
        (
            "China's top diplomat on Friday proposed a code of conduct for the sea. Foreign "
            "Minister Wang Yi spoke in Hanoi.",
            "person-wang-yi",
        ),
    ],
)
def test_extract_a_post_named_for_its_owner_is_the_person_holding_it(
    text: str, person: str
) -> None:
    assert person in _extract(text).proposals[0].proposers


@pytest.mark.parametrize(
    "text",
    [
        "Peru said it was ready to close its border with Chile if needed.",
        "Peru pledged to send more troops to the border if necessary.",
    ],
)
def test_extract_a_marker_with_one_word_of_need_is_no_condition(text: str) -> None:
    x = _extract(text)
    assert x.conditions == ()


@pytest.mark.parametrize(
    "text",
    [
        "Peru offered Bolivia to reopen the port if Chile's rules allow it.",
        "Peru offered Bolivia to reopen the port once the government in Santiago releases the crew.",
    ],
)
def test_extract_who_owns_the_subject_of_a_condition_must_act(text: str) -> None:
    x = _extract(text)
    [condition] = x.conditions
    assert condition.requires == ("state-chile",)
