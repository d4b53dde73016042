"""Forms of English that attribute what is said, in phrasings of our own."""

from __future__ import annotations

import pytest

from graph.documents import document_from_text
from graph.extract import extract_document
from graph.extract.records import Extraction


def _extract(text: str) -> Extraction:
    return extract_document(document_from_text(text, name="t.txt"))


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        # a verb of quoting: who is quoted speaks, not who quotes
        (
            "Local reporters quoted Marta Silva as saying that the harvest had failed in three "
            "provinces.",
            "person-marta-silva",
            "the harvest had failed in three provinces",
        ),
        (
            "Ana Rios was quoted as saying the quota was far too low for the season.",
            "person-ana-rios",
            "the quota was far too low for the season",
        ),
        # the that-clause the parse hung on the object of a verb of telling
        (
            "The Kenyan minister, Omar Haddad, reminded lawmakers that the budget had already "
            "been cut twice.",
            "person-omar-haddad",
            "the budget had already been cut twice",
        ),
        # a participle of saying hung on the infinitive asked for: who asks says it
        (
            "Peru asked the Chilean envoy, Ana Rios, to reopen the border, reminding her that "
            "the harvest had already begun.",
            "state-peru",
            "the harvest had already begun",
        ),
        # a feeling voiced or expressed: the noun and what it is about
        (
            "Tomas Berg voiced hope that the new bridge would open before winter.",
            "person-tomas-berg",
            "the new bridge would open before winter",
        ),
        (
            "Chile expressed concern over the falling price of copper in Asian markets.",
            "state-chile",
            "concern over the falling price of copper in Asian markets",
        ),
        # a quotation nobody is said to speak, in what a verb of saying holds against its object
        (
            'Rosa Quispe, the Peruvian trade minister, accused Bolivia of "closing the border '
            'crossings without any warning".',
            "person-rosa-quispe",
            "closing the border crossings without any warning",
        ),
        # a clause without "that" whose subject the parse made the verb's object
        (
            "Chile praised the fleets but admitted the new quota, to be reviewed in 2030, was not "
            "generous enough.",
            "state-chile",
            "the new quota was not generous enough",
        ),
        (
            "Bolivia rejected the charges, insisting its patrols are a defensive measure against "
            "smugglers.",
            "state-bolivia",
            "its patrols are a defensive measure against smugglers",
        ),
        # a verb that makes a clause clear, a verb and an adjective of feeling
        (
            "Elena Ruiz has made it clear that the new tariffs are no longer compatible with "
            "the trade pact.",
            "person-elena-ruiz",
            "the new tariffs are no longer compatible with the trade pact",
        ),
        (
            "Chile hopes that the new accord will bring a calmer future to the valley.",
            "state-chile",
            "the new accord will bring a calmer future to the valley",
        ),
        (
            "The Andean Council is deeply concerned about the fighting in the northern province.",
            "org-andean-council",
            "concerned about the fighting in the northern province",
        ),
        (
            "Omar Haddad clarified that the ministry had not opened any talks with the rebels.",
            "person-omar-haddad",
            "the ministry had not opened any talks with the rebels",
        ),
    ],
)
def test_extract_statement_forms_name_the_speaker(text: str, speaker: str, content: str) -> None:
    x = _extract(text)
    [statement] = x.statements
    assert statement.speakers == (speaker,)
    assert content in statement.label


def test_extract_statement_a_relative_of_saying_on_the_speaker_says_nothing() -> None:
    x = _extract(
        "Omar Haddad, who announced the accord on Monday, said the new quota would help "
        "fishermen in the south."
    )
    assert [s.label for s in x.statements] == ["the new quota would help fishermen in the south"]


def test_extract_statement_a_line_without_a_verb_under_a_turn_says_nothing() -> None:
    x = _extract(
        "Briefing\n\nQ: What about the dam?\n\nAna Rios: The dam has flooded three villages "
        "since March and the farmers want compensation.\n\nMinistry of Foreign Affairs of the "
        "Republic of Chile in the Kingdom of Spain\n"
    )
    assert [s.label for s in x.statements] == [
        "The dam has flooded three villages since March and the farmers want compensation."
    ]


def test_extract_statement_a_clause_in_an_attributed_quotation_is_left_to_it() -> None:
    x = _extract(
        '"Bolivia announced that its troops were ready to leave the valley by June," the '
        "Andean Herald reported."
    )
    assert [(s.rule, s.speakers) for s in x.statements] == [
        ("statements.quotation", ("org-andean-herald",))
    ]


def test_extract_statement_a_quotation_repeated_word_for_word_is_one_statement() -> None:
    x = _extract(
        'Peru will not sign the accord, "the quota is far too low for our fleets," Ana Rios said.'
        "\n\nLIMA, May 4. Peru has refused to sign the fisheries accord. "
        '"The quota is far too low for our fleets," Ana Rios said on Monday.'
    )
    said = [s.label for s in x.statements if s.speakers == ("person-ana-rios",)]
    assert len([s for s in said if "too low for our fleets" in s]) == 1


@pytest.mark.parametrize(
    ("text", "said"),
    [
        # an actor's act on a condition: a conditional threat, no claim
        (
            "Ana Rios said Chile would not sign the fisheries accord if the raids on its trawlers "
            "continued.",
            False,
        ),
        # a forecast with no actor on either side of the condition: said
        (
            "Ana Rios said the new ferry would lose money every winter if fuel prices kept rising.",
            True,
        ),
    ],
)
def test_extract_statement_an_act_on_a_condition_is_no_statement(text: str, said: bool) -> None:
    assert bool(_extract(text).statements) is said


@pytest.mark.parametrize(
    ("text", "said"),
    [
        # what an actor must do: a demand, no claim
        ("Ana Rios said the rebels need to hand over their weapons before the vote.", False),
        ("Ana Rios said the rebels must hand over their weapons to the monitors.", False),
        ("Ana Rios said the militia ought to open the depots to the monitors.", False),
        # "has yet to": not done yet, no obligation
        ("Ana Rios said Peru had yet to answer the letter about the quotas.", True),
    ],
)
def test_extract_statement_what_an_actor_must_do_is_no_statement(text: str, said: bool) -> None:
    assert bool(_extract(text).statements) is said


@pytest.mark.parametrize(
    "text",
    [
        "Lena Varga hopes to visit the valley next spring with her whole family.",
        "The minister made it clear to the press on Monday.",
    ],
)
def test_extract_statement_feeling_or_made_clear_without_a_clause_says_nothing(text: str) -> None:
    assert _extract(text).statements == ()


def test_extract_statement_a_feeling_inside_a_saying_is_that_saying() -> None:
    x = _extract(
        "Lena Varga said on Monday that she hoped that the new accord would bring calm to the "
        "valley."
    )
    [statement] = x.statements
    assert statement.rule == "statements.speaker-of-speech-verb"


@pytest.mark.parametrize(
    ("text", "count"),
    [
        # a verb of saying in the that-clause of an earlier one: the outer speaker's statement
        (
            "Ana Rios said that Peru had announced that the mountain crossing would reopen in May.",
            1,
        ),
        # joined by "and": each speaker's own
        (
            "Ana Rios said that the talks had gone well, and Peru announced that the river survey "
            "was complete.",
            2,
        ),
    ],
)
def test_extract_statement_a_report_inside_a_report_is_the_reporters(text: str, count: int) -> None:
    assert len(_extract(text).statements) == count


@pytest.mark.parametrize(
    ("text", "speaker", "words"),
    [
        (
            "The council opened an inquiry into what Lena Varga described as reckless "
            "dumping of ballast water.",
            "Lena Varga",
            "reckless dumping",
        ),
        (
            "Both ports adopted the new quota, which Tomas Berg described as a fair split of the "
            "catch.",
            "Tomas Berg",
            "new quota",
        ),
        (  # a relative clause without a relative pronoun
            "Chile has not paid the river fees since March, a situation Peru has described as a "
            "breach of the accord.",
            "Peru",
            "breach of the accord",
        ),
    ],
)
def test_extract_statement_what_a_relative_describes(text: str, speaker: str, words: str) -> None:
    x = _extract(text)
    [statement] = x.statements
    assert statement.rule == "statements.relative-described"
    assert words in statement.label
    assert [e.label for e in x.entities if e.key in statement.speakers] == [speaker]


def test_extract_statement_what_an_actor_calls_a_thing_is_no_statement() -> None:
    assert _extract("Lena Varga signed what Peru calls a fair split of the catch.").statements == ()


def test_extract_statement_a_quoted_term_a_relative_describes_is_no_statement() -> None:
    text = "The two ports must now agree on what Lena Varga described as the “second phase”."
    assert _extract(text).statements == ()


@pytest.mark.parametrize(
    "text",
    [
        # the quotation before "X quoted him as saying": his words, not his office's
        "Tomas Berg met the envoys in Lima on Monday. “We will not sign the river accord this "
        "year,” his office quoted him as saying after the meeting.",
        # a clause of the quotation the parse hangs on the quoting verb after it
        "Tomas Berg met the envoys in Lima on Monday. “Well, let us sign the river accord then, "
        "and let us do it this year,” his office quoted him as saying after the meeting.",
    ],
)
def test_extract_statement_a_quotation_quoted_as_said_is_the_quoted_persons(text: str) -> None:
    x = _extract(text)
    [statement] = x.statements
    assert statement.quote
    assert [e.label for e in x.entities if e.key in statement.speakers] == ["Tomas Berg"]


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (  # the opening speech before the first labelled turn, its holder named after "by"
            "Press conference\n\nby Bolivian Trade Minister Elena Ruiz after the river talks\n\n"
            "Good afternoon.\n\nI have just held a frank and useful meeting on the river ports"
            " with my Chilean colleague.\n\nMarta Silva, Radio Andina:\nWhen will the ports"
            " reopen to barges?",
            "frank and useful meeting",
        ),
        (  # an answer's label run on after the question, in a briefing the holder owns
            "Ministry of Foreign Trade\n\nBolivian Trade Minister Elena Ruiz's regular press"
            " briefing\n\nQ: Chile says the"
            " river talks have stalled. What is your comment? A: The river talks have made"
            " steady progress this month and will go on in La Paz.",
            "made steady progress",
        ),
    ],
)
def test_extract_statement_session_holder_speaks_the_unlabelled_turns(
    text: str, words: str
) -> None:
    found = [(s.speakers, s.label) for s in _extract(text).statements]
    assert any(who == ("person-elena-ruiz",) and words in label for who, label in found), found
    # the question's turn is the journalist's, not the holder's
    assert not any(
        "stalled" in label or "barges" in label
        for who, label in found
        if "person-elena-ruiz" in who
    ), found


def test_extract_statement_a_heading_over_reported_news_gives_no_turn() -> None:
    text = (
        "Elena Ruiz's press briefing ends in a row\n\nThe Bolivian trade minister left the"
        " room early after reporters asked about the river ports and the barge fees."
    )
    assert not [s for s in _extract(text).statements if s.rule == "statements.transcript-turn"]


def test_extract_statement_the_text_a_lead_in_introduces_is_its_speakers() -> None:
    statements = _extract(
        "Following is the text of Norland Foreign Minister Ana Rios's video message to the river "
        "summit in Arden today:\n\nThank you for inviting me to this summit, a turning point for "
        "the whole river basin.\n\nThe new commission will give the region a real chance at a "
        "lasting peace."
    ).statements
    said = {(k, s.label.split()[0]) for s in statements for k in s.speakers}
    assert ("person-ana-rios", "Thank") in said
    assert ("person-ana-rios", "The") in said


def test_extract_statement_a_lead_in_to_a_list_is_no_whole_text() -> None:
    statements = _extract(
        "The rebels' reply, sent to the mediators, asks for:\n\n- a truce in the hills;\n- an end "
        "to the raids.\n\nThe river port stays closed, according to Ana Rios, who heads a "
        "fishermen's union in Arden."
    ).statements
    assert any("person-ana-rios" in s.speakers and "port" in s.label for s in statements)


@pytest.mark.parametrize(
    ("text", "speaker", "said"),
    [
        # a verb of saying whose subject names no actor: the source says it all
        (
            "Most of the fishermen have voiced anger at the new quota for the southern "
            "grounds, according to the Andean Fisheries Board.",
            "org-andean-fisheries-board",
            True,
        ),
        # a named subject speaks; the source only reports it
        (
            "Ana Rios said the new quota for the southern grounds was far too low, according to "
            "the Andean Fisheries Board.",
            "org-andean-fisheries-board",
            False,
        ),
    ],
)
def test_extract_statement_according_to_a_source_of_unnamed_speakers(
    text: str, speaker: str, said: bool
) -> None:
    statements = _extract(text).statements
    assert any(speaker in s.speakers for s in statements) == said


def test_extract_statement_a_participle_of_saying_in_a_fronted_report() -> None:
    # the clause before "X said" has its own subject, who says what the participle reports;
    # the parser hung the that-clause on the last noun of the phrase before it
    statements = _extract(
        "Chile has turned down the latest request by Peru for more fishing rights, saying in "
        "reply to a formal letter that the matter was settled, the foreign ministry in Lima "
        "said on Friday."
    ).statements
    assert any(
        s.speakers == ("state-chile",) and "matter was settled" in s.label for s in statements
    )


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # a quotation closed by a full stop, attributed in a sentence of its own right after it
        (
            "Talks on the river resumed in Lima.\n“There is no reason we cannot settle the quota "
            "with the Peruvians.” Ana Rios said, according to local radio.",
            {("person-ana-rios",)},
        ),
        # a sentence that says something of its own attributes nothing before it
        (
            "Talks on the river resumed in Lima.\n“There is no reason we cannot settle the quota "
            "with the Peruvians.” Ana Rios said the talks would go on.",
            set(),
        ),
    ],
)
def test_extract_statement_an_attribution_after_a_closed_quotation(
    text: str, speakers: set[tuple[str, ...]]
) -> None:
    statements = _extract(text).statements
    assert {s.speakers for s in statements if "settle the quota" in s.label} == speakers


def test_extract_statement_a_phrase_set_before_the_clause_said() -> None:
    # the parser made the phrase before the comma a first complement of the verb of saying
    statements = _extract(
        "Quota talks resumed in Lima. “When the numbers are ready, we can sign,” said Ana Rios, "
        "explaining that in the contact she had with the minister between Monday and Tuesday, "
        "the two had reached agreement on several points."
    ).statements
    assert any(
        s.label.startswith("in the contact") and s.label.endswith("agreement on several points")
        for s in statements
    )


@pytest.mark.parametrize(
    "text",
    [
        "In reply to a question about the status of Bolivia's claim, Omar Haddad, spokesman for "
        "the Andean Council, told reporters that the file was still open.",
        "Answering a question on the state of Peru's bid, Ana Rios, a spokeswoman for the "
        "Chilean Foreign Ministry, said on Monday that the file was still open.",
    ],
)
def test_extract_statement_a_name_and_its_title_set_off_after_an_opening_phrase(text: str) -> None:
    # the parse hung the name on the last noun of the opening phrase: it is the verb's subject
    x = _extract(text)
    [statement] = x.statements
    assert statement.speakers[0].startswith(("person-omar", "person-ana"))
    assert statement.label == "the file was still open"
    assert not any(a.org in ("state-bolivia", "state-peru") for a in x.affiliations)


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        (
            "Ana Rios stressed that it had been the navy which broke the old fishing truce and "
            "claimed that the trawlers were only defending their nets.",
            "it had been the navy which broke the old fishing truce",
            "the trawlers were only defending their nets",
        ),
        (
            "Omar Haddad said the quota talks had collapsed and warned that the fleets would "
            "stay in port.",
            "the quota talks had collapsed",
            "the fleets would stay in port",
        ),
    ],
)
def test_extract_statement_a_second_verb_of_saying_after_and_says_its_own_clause(
    text: str, first: str, second: str
) -> None:
    # the parse coordinated the second verb with a verb inside what the first says
    labels = {s.label for s in _extract(text).statements}
    assert {first, second} <= labels


@pytest.mark.parametrize(
    ("text", "speaker", "words"),
    [
        (
            "Ana Rios welcomed the new survey as a “unique chance to settle the fishing quota for "
            "good”.",
            "person-ana-rios",
            "unique chance to settle the fishing quota for good",
        ),
        (
            "The Andean Council hailed the river survey as “the first real step towards a lasting "
            "accord”.",
            "org-andean-council",
            "the first real step towards a lasting accord",
        ),
    ],
)
def test_extract_statement_a_quotation_a_verb_calls_its_object_by(
    text: str, speaker: str, words: str
) -> None:
    # "welcomed A as "B"": B is what the subject calls A, in the subject's words
    statements = _extract(text).statements
    assert any(s.speakers == (speaker,) and s.label == words for s in statements)


def test_extract_statement_a_saying_after_the_whole_leaves_the_first_sayings_coordination() -> None:
    # "and said" is the subject's second verb; the saying after the whole ("..., officials
    # said") attributes it and is not what "said" is coordinated with (that reading looped)
    x = _extract(
        "Chile called for a pause in the talks and said it would not sign the accord unless "
        "Peru withdraws its ships, officials said on Monday."
    )
    assert [(p.label, p.proposers) for p in x.proposals] == [
        ("a pause in the talks", ("state-chile",)),
        ("not sign the accord", ("state-chile",)),
    ]
    assert [c.label for c in x.conditions] == ["unless Peru withdraws its ships"]


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        # a verb of judging and what it calls its object, quoted: after "as" ...
        (
            'Peru\'s foreign minister Ana Rios dismissed the Chilean terms as "unreasonable" on '
            "Tuesday.",
            "person-ana-rios",
            "unreasonable",
        ),
        # ... in the passive, said by its agent
        (
            'The proposal for a new cabinet was rejected by Ana Rios as "a recipe for chaos".',
            "person-ana-rios",
            "a recipe for chaos",
        ),
        # ... or right after its object
        (
            'The Farmers Union of Chile called any new quota "a betrayal of the south".',
            "org-farmers-union-of-chile",
            "betrayal",
        ),
    ],
)
def test_extract_a_quoted_judgement_is_the_judges_statement(
    text: str, speaker: str, content: str
) -> None:
    said = {(k, s.label) for s in _extract(text).statements for k in s.speakers}
    assert any(k == speaker and content in label for k, label in said)


@pytest.mark.parametrize(
    "text",
    [
        # the quotation is the object itself, or a phrase after the object: no judgement
        'A Chilean diplomat said Chile and Peru would consider "any arrangement" next year.',
        'Ana Rios rejected the agreement "in its current state".',
        'Chile calls its patrols "defensive measures" and says they will go on.',
    ],
)
def test_extract_a_quotation_that_names_no_judgement_of_an_object_is_no_statement(
    text: str,
) -> None:
    x = _extract(text)
    assert not [s for s in x.statements if s.rule == "statements.quoted-judgement"]
    assert x.entities  # the sentence was read


def test_extract_a_turns_claim_whose_verb_the_tagger_misreads_is_still_said() -> None:
    text = (
        "Foreign Ministry Spokesperson Li Wei's Regular Press Conference on May 3\n\n"
        "Q (Ana Ruiz, AFP): Japan says the ban breaks trade rules. Your comment?\n\n"
        "Li Wei: China's measures fully comply with trade rules. Japan should stop politicising "
        "a food safety question.\n"
    )
    said = {(k, s.label) for s in _extract(text).statements for k in s.speakers}
    assert ("person-li-wei", "China's measures fully comply with trade rules.") in said


def test_extract_a_post_on_social_media_says_its_clause() -> None:
    x = _extract("Kiran Rao posted on social media that the ferry crossings would stay shut.")
    assert [(s.speakers, s.label) for s in x.statements] == [
        (("person-kiran-rao",), "the ferry crossings would stay shut")
    ]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "The speaker for Brazil said the mission had failed to protect civilians.",
            "state-brazil",
        ),
        ("A spokeswoman for Peru's navy said the ships would stay in port.", "state-peru"),
    ],
)
def test_extract_statement_of_one_who_speaks_for_an_actor(text: str, speaker: str) -> None:
    assert [s.speakers for s in _extract(text).statements] == [(speaker,)]


def test_extract_statement_of_a_chief_executive_named_after_the_title() -> None:
    text = "The chief executive of Zenbank, Ana Rios, said the quotas would stay."
    assert [s.speakers for s in _extract(text).statements] == [("person-ana-rios",)]


def test_extract_a_turn_that_only_greets_or_gives_the_floor_is_no_statement() -> None:
    text = (
        "Regular press briefing by Foreign Ministry Spokesperson Ana Rios of Peru, 12 May\n\n"
        "ANA RIOS: Good afternoon, friends. Let us go straight to your questions.\n\n"
        "Q: Chile has sent a frigate. Your comment?\n\n"
        "ANA RIOS: We have seen the reports. The maritime boundary was settled by the court "
        "in 2014. Thank you."
    )
    labels = [s.label for s in _extract(text).statements]
    assert labels == [
        "We have seen the reports. The maritime boundary was settled by the court in 2014."
    ]


def test_extract_a_quoted_sentence_that_holds_a_demand_is_said_too() -> None:
    x = _extract('Ana Rios told reporters: "We want a deal, but not at any price."')
    assert [(s.speakers, s.label) for s in x.statements] == [
        (("person-ana-rios",), "We want a deal, but not at any price.")
    ]
    assert [p.label for p in x.proposals] == ["a deal"]


@pytest.mark.parametrize(
    ("text", "said"),
    [
        (
            "Tomas Berg, an analyst at the Lima Institute, believes a deal is likely this year.",
            ["a deal is likely this year"],
        ),
        (
            "Tomas Berg doubts that the ferry line will pay its way.",
            ["the ferry line will pay its way"],
        ),
        ("Does Chile expect that Peru will drop its complaint?", []),
        ("Chile expects Peru to drop its complaint.", []),
    ],
)
def test_extract_what_a_speaker_believes_or_expects_is_said(text: str, said: list[str]) -> None:
    assert [s.label for s in _extract(text).statements] == said


def test_extract_statement_forms_speakers_named_as_examples_of_a_plural() -> None:
    x = _extract(
        "Several delegates, including the representatives of Chile and Peru, stressed that"
        " dialogue remained the only option."
    )
    assert [s.speakers for s in x.statements] == [("state-chile", "state-peru")]
