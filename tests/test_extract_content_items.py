"""Where a proposal's content begins and ends, and where one item of a list ends and the next
begins: sentences of our own wording."""

from __future__ import annotations

import pytest

from graph.documents import document_from_text
from graph.extract import extract_document
from graph.extract.records import Extraction


def _extract(text: str) -> Extraction:
    return extract_document(document_from_text(text, name="t.txt"))


@pytest.mark.parametrize(
    ("text", "labels"),
    [
        (  # the parser hangs the second that-clause inside the first, the third under the second
            "Chile demanded that Peru recall its envoy, that it pay for the damage to the port,"
            " and that it release the two fishermen.",
            [
                "Peru recall its envoy",
                "it pay for the damage to the port",
                "it release the two fishermen",
            ],
        ),
        (  # the second hung on a relative clause inside the first
            "Ghana insisted that any accord abolish the quota system, under which Togo claims a"
            " share of the catch, and that Togolese boats leave the bay.",
            [
                "any accord abolish the quota system, under which Togo claims a share of the catch",
                "Togolese boats leave the bay",
            ],
        ),
    ],
)
def test_extract_content_each_listed_that_clause_is_an_item(text: str, labels: list[str]) -> None:
    assert [p.label for p in _extract(text).proposals] == labels


def test_extract_content_a_determiner_read_as_a_subordinator_stays_in_the_label() -> None:
    x = _extract(
        "Chile declined to reopen the port to Peruvian boats, saying that step would need a vote"
        " in Congress."
    )
    assert [s.label for s in x.statements] == ["that step would need a vote in Congress"]


@pytest.mark.parametrize(
    ("text", "labels"),
    [
        (  # "sharing" read as a verb of "data", "patrols" coordinated with "data"
            "Peru demands fishing quotas, sharing data, and joint patrols on the bay.",
            ["fishing quotas", "sharing data", "joint patrols on the bay"],
        ),
        (  # "exchange" read as a verb coordinated with the main verb
            "Chile expressed its readiness to study the prospect of joint patrols, exchange"
            " liaison officers, and crisis hotlines, including at sea.",
            [
                "study the prospect of joint patrols",
                "study the prospect of exchange liaison officers",
                "study the prospect of crisis hotlines, including at sea",
            ],
        ),
        (  # a participle of its own after the object: no list of three
            "Kenya demanded an apology, threatening sanctions and a trade ban.",
            ["an apology"],
        ),
    ],
)
def test_extract_content_a_listed_noun_read_as_a_verb_is_an_item(
    text: str, labels: list[str]
) -> None:
    assert [p.label for p in _extract(text).proposals] == labels


@pytest.mark.parametrize(
    ("text", "labels"),
    [
        (  # "withdrawal" coordinated with the verb "guarantee"
            "Peru demanded that Chile guarantee an end to the raids and the withdrawal of its boats"
            " from the bay.",
            ["Chile guarantee an end to the raids", "the withdrawal of its boats from the bay"],
        ),
        (  # "commission" coordinated with "capitals", inside the gerund's phrase
            "Norway had also proposed opening trade offices in their capitals and a joint"
            " commission formally ending the dispute.",
            ["opening trade offices in their capitals", "a joint commission ending the dispute"],
        ),
        (  # two objects of the verb joined by "and" alone: one thing offered
            "Ghana offered to open the port and the road to the north.",
            ["open the port and the road to the north"],
        ),
    ],
)
def test_extract_content_a_noun_phrase_after_an_act_is_an_item(
    text: str, labels: list[str]
) -> None:
    assert [p.label for p in _extract(text).proposals] == labels


@pytest.mark.parametrize(
    ("text", "labels"),
    [
        (  # a to-infinitive the parser coordinated with "asking"
            "Peru is asking for a fishing moratorium and to reopen the border crossings.",
            ["a fishing moratorium", "reopen the border crossings"],
        ),
        (  # a bare verb the parser coordinated with "have agreed"
            "Chad and Niger have agreed to a truce and start negotiations over the river border.",
            ["a truce", "start negotiations over the river border"],
        ),
        (  # beside a modal, the second verb is the modal's own act, not the agreement's
            "Chad would agree to a ceasefire and start talks on the border.",
            ["a ceasefire"],
        ),
    ],
)
def test_extract_content_a_verb_after_a_prepositional_object_is_an_item(
    text: str, labels: list[str]
) -> None:
    assert [p.label for p in _extract(text).proposals] == labels


@pytest.mark.parametrize(
    ("text", "labels"),
    [
        (  # "to buy" hung on "offered" as an adverbial after the date
            "Chile offered on 10 January to buy gas for the region.",
            ["buy gas for the region"],
        ),
        (  # "to withdraw" hung on "issued" after the deadline's time
            "Peru issued an ultimatum to Chile of 6 pm Friday to recall its trawlers.",
            ["ultimatum to Chile of 6 pm to recall its trawlers"],
        ),
    ],
)
def test_extract_content_an_infinitive_after_a_time_phrase_is_the_content(
    text: str, labels: list[str]
) -> None:
    assert [p.label for p in _extract(text).proposals] == labels


@pytest.mark.parametrize(
    ("text", "labels"),
    [
        (  # "it" stands for the gas: one act
            "Chile offered to buy gas on the world market and deliver it through the state grid.",
            ["buy gas on the world market and deliver it through the state grid"],
        ),
        (  # an object of its own: two acts
            "Chile offered to buy gas on the world market and deliver electricity to the north.",
            ["buy gas on the world market", "deliver electricity to the north"],
        ),
    ],
)
def test_extract_content_a_verb_acting_on_the_same_object_is_the_same_item(
    text: str, labels: list[str]
) -> None:
    assert [p.label for p in _extract(text).proposals] == labels


@pytest.mark.parametrize(
    ("text", "labels"),
    [
        (  # a verb under a tense auxiliary of its own: what Chile did, no second demand
            "Chile insists that the dispute be settled bilaterally and has turned down repeated"
            " Peruvian calls for mediation.",
            ["the dispute be settled bilaterally", "repeated calls for mediation"],
        ),
        (  # a second relative clause on the law, coordinated by the parser with "repeal"
            "Peru called on Chile to repeal the 1990 fishing law, which allows foreign trawlers in"
            " the bay, and which Peruvian officials blame for the collapse of the catch.",
            ["repeal the 1990 fishing law, which allows foreign trawlers in the bay"],
        ),
        (  # two infinitives: two items
            "Chile offered to reopen the port and to resume talks.",
            ["reopen the port", "resume talks"],
        ),
    ],
)
def test_extract_content_a_clause_of_another_kind_coordinated_after_it_is_no_item(
    text: str, labels: list[str]
) -> None:
    assert [p.label for p in _extract(text).proposals] == labels


def test_extract_content_a_purpose_put_before_the_clause_is_no_part_of_it() -> None:
    x = _extract("To ease tension, Chile should withdraw its ships, the Peruvian minister said.")
    assert [(p.label, p.addressees) for p in x.proposals] == [
        ("withdraw its ships", ("state-chile",))
    ]
    x = _extract(
        '"To mend ties with Chile, the fishing ban must be lifted," the Peruvian minister said.'
    )
    assert [p.label for p in x.proposals] == ["the fishing ban must be lifted"]
    x = _extract("Peru urged Chile to withdraw its ships to ease tension.")
    assert [p.label for p in x.proposals] == ["withdraw its ships to ease tension"]


def test_extract_content_each_verb_after_a_noun_of_demand_is_an_item_without_the_noun() -> None:
    x = _extract("Peru repeated its demands to free the crew and return the trawler.")
    assert [p.label for p in x.proposals] == ["free the crew", "return the trawler"]
    x = _extract("Peru made an offer to free the crew and to reopen the port.")
    assert [(p.kind, p.label) for p in x.proposals] == [
        ("offer", "free the crew"),
        ("offer", "reopen the port"),
    ]
    x = _extract("Peru repeated its demand to free the crew.")
    assert [p.label for p in x.proposals] == ["demand to free the crew"]


@pytest.mark.parametrize(
    ("text", "label"),
    [
        (
            "Fiji demanded a halt to raids on the fishing fleet.",
            "a halt to raids on the fishing fleet",
        ),
        (
            "Malta proposed amendments to the fisheries charter.",
            "amendments to the fisheries charter",
        ),
    ],
)
def test_extract_a_to_phrase_of_the_object_noun_stays_in_the_content(text: str, label: str) -> None:
    (p,) = _extract(text).proposals
    assert p.label == label


def test_extract_a_to_phrase_naming_a_recipient_stays_the_verbs() -> None:
    (p,) = _extract("Fiji offered a new fisheries accord to Tonga.").proposals
    assert "Tonga" not in p.label
    assert p.addressees == ("state-tonga",)
