"""Forms of English that take no stance, or a stance the plain verb would misread, in
phrasings of our own."""

from __future__ import annotations

import pytest

from graph.documents import document_from_text
from graph.extract import extract_document


def _stances(text: str) -> set[tuple[str, str, str]]:
    found = extract_document(document_from_text(text, name="t.txt")).stances
    return {(s.holder, s.stance, s.label) for s in found}


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # an infinitive naming only the holder's own act: nothing put forward is turned down
        ("Asked about the toll, the Latvian envoy declined to comment.", set()),
        ("Mongolia refused to participate.", set()),
        ("Nepal refused to attend.", set()),
        # ... but an act with an object is the step refused
        (
            "Nepal refused to withdraw its patrols from the valley.",
            {("state-nepal", "rejects", "withdraw its patrols from the valley")},
        ),
    ],
)
def test_stance_refused_bare_act(text: str, kept: set[tuple[str, str, str]]) -> None:
    assert _stances(text) == kept, _stances(text)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # a phrase of manner with "no" refuses the support verb: a rejection
        ("Nepal could in no way accept the grazing levy.", {("state-nepal", "rejects")}),
        ("Peru will under no circumstances accept the dredging plan.", {("state-peru", "rejects")}),
        ("Chile can by no means endorse the toll on the bridge.", {("state-chile", "rejects")}),
        # ... and a reject verb so refused takes no stance
        ("Chile will in no way reject the toll on the bridge.", set()),
    ],
)
def test_stance_refused_by_a_phrase_of_manner(text: str, kept: set[tuple[str, str]]) -> None:
    assert {(h, s) for h, s, _ in _stances(text)} == kept, _stances(text)


def test_stance_not_on_a_proposal_of_an_actor_described_inside_the_target() -> None:
    # "the plan announced by X, who has called for Y": Y is X's demand, not what is backed
    found = _stances(
        "Chile said it welcomes the Peruvian roadmap for a river truce announced by President "
        "Luis Arce, who has called for an end to the border dispute."
    )
    assert {(h, s) for h, s, _ in found} == {("state-chile", "supports")}, found
    assert all("end to the border dispute" not in label for _, _, label in found), found


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # an adjective of reluctance turns a support verb into a rejection
        ("Chile is reluctant to accept the Peruvian proposal.", {("state-chile", "rejects")}),
        ("Peru remains unwilling to endorse the toll plan.", {("state-peru", "rejects")}),
        # ... and a reject verb under it takes no stance
        ("Bolivia was reluctant to reject the levy.", set()),
    ],
)
def test_stance_under_reluctance(text: str, kept: set[tuple[str, str]]) -> None:
    assert {(h, s) for h, s, _ in _stances(text)} == kept, _stances(text)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # "not an option": a rejection of what is judged, particular or not
        (
            "Nepal said a toll on the mountain road was not an option.",
            {("state-nepal", "rejects", "a toll on the mountain road")},
        ),
        (
            "Chile said the Peruvian plan for the bay is not an option.",
            {("state-chile", "rejects", "plan for the bay")},
        ),
        # "is an option": weighed, no stance taken
        ("Chile said the Peruvian plan for the bay is an option.", set()),
    ],
)
def test_stance_not_an_option(text: str, kept: set[tuple[str, str, str]]) -> None:
    assert _stances(text) == kept, _stances(text)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # a stance met: the "from" phrase holds it, wherever the parse hung it
        (
            "Peru proposed a toll on the bridge. The Peruvian proposal won support from Chile.",
            {("state-chile", "supports")},
        ),
        (
            "Peru proposed a toll on the bridge. The proposal faced opposition from Chile.",
            {("state-chile", "rejects")},
        ),
        # a person meets it: the stance is on what that person put forward, not on the person
        (
            "Lena Holt offered Tessaly a cut in grain tariffs. Holt faces resistance from Olaf "
            "Dahl and Eva Lind.",
            {("person-olaf-dahl", "rejects"), ("person-eva-lind", "rejects")},
        ),
        # ... forecast, it is no stance taken
        (
            "Peru proposed a toll on the bridge. The Peruvian proposal, however, is unlikely to "
            "win much support from Chile.",
            set(),
        ),
        (
            "Peru proposed a toll on the bridge. The proposal could face opposition from Chile.",
            set(),
        ),
    ],
)
def test_stance_met_by_a_proposal(text: str, kept: set[tuple[str, str]]) -> None:
    assert {(h, s) for h, s, _ in _stances(text)} == kept, _stances(text)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # a participle on the object of an act a modal asks: wanted, not taken
        (
            "Ana Soto said Chile should release a statement welcoming the Peruvian decision.",
            set(),
        ),
        # ... reported or promised, it is taken
        (
            "Chile released a statement welcoming the Peruvian decision.",
            {("state-chile", "supports")},
        ),
    ],
)
def test_stance_participle_on_an_asked_act(text: str, kept: set[tuple[str, str]]) -> None:
    assert {(h, s) for h, s, _ in _stances(text)} == kept, _stances(text)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # "dismissed" a person or an office: removed from it, no stance
        ("The crisis began when King Harald dismissed the sitting prime minister.", set()),
        ("President William Ruto dismissed the foreign minister Ana Soto.", set()),
        # ... a proposal or a claim dismissed is rejected
        ("Kenya dismissed the Ugandan proposal for a rail toll.", {("state-kenya", "rejects")}),
    ],
)
def test_stance_dismissed_from_office(text: str, kept: set[tuple[str, str]]) -> None:
    assert {(h, s) for h, s, _ in _stances(text)} == kept, _stances(text)


def test_stance_on_a_bare_article_is_none() -> None:
    # a text cut off after its article names nothing
    assert _stances("The Quartet is prepared to back the") == set()
    assert _stances("Kenya is prepared to back the transit plan.") != set()


def test_stance_on_both_proposals_of_one_owner() -> None:
    # "dismissed both proposals": the last two of the side whose proposal the noun names
    found = _stances(
        "Bolivia proposed a delay of the border vote, and later Bolivia also called for a joint "
        "river commission. But Chile rejected both proposals."
    )
    assert found == {
        ("state-chile", "rejects", "a delay of the border vote"),
        ("state-chile", "rejects", "a joint river commission"),
    }, found


def test_stance_agreeing_to_such_a_thing_supports_it() -> None:
    # "agreed to such a mechanism": to one put forward before, not a commitment of one's own
    found = _stances(
        "Poland proposed moving the checks to the border of the exporting country. In August, "
        "Hungary and Slovakia agreed to such a control mechanism."
    )
    assert {(h, s) for h, s, _ in found} == {
        ("state-hungary", "supports"),
        ("state-slovakia", "supports"),
    }, found
    assert _stances("Hungary agreed to a six-month delay.") == set()


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # approval under a modal: hoped for or supposed, not given
        (
            "Chile said a draft on the river that will be acceptable to every party is needed.",
            set(),
        ),
        ("Chile said the Peruvian plan for the bay would be acceptable.", set()),
        # a rejection under a modal is still the speaker's
        (
            "Chile said the Peruvian plan for the bay would be unacceptable.",
            {("state-chile", "rejects")},
        ),
        ("Chile said the Peruvian plan for the bay is acceptable.", {("state-chile", "supports")}),
    ],
)
def test_stance_approval_under_a_modal(text: str, kept: set[tuple[str, str]]) -> None:
    assert {(h, s) for h, s, _ in _stances(text)} == kept, _stances(text)


def test_stance_of_a_participle_is_not_held_by_an_actor_inside_it() -> None:
    # "a resolution backing Morocco's plan": the resolution backs it, not Morocco
    found = _stances(
        "Morocco proposed an autonomy plan for the region in 2007. The council voted in favour "
        "of a resolution backing Morocco's autonomy plan for the region."
    )
    assert ("state-morocco", "supports") not in {(h, s) for h, s, _ in found}, found
    # ... the noun's own actors hold it
    found = _stances("Chadian troops supporting the fight against the rebels entered the town.")
    assert {(h, s) for h, s, _ in found} == {("state-chad", "supports")}, found


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # a refusal that holds only until a condition is met: an offer on terms, no stance
        (
            "Ecuador proposed a shrimp survey. Peru will not accept the survey until Ecuador pays.",
            set(),
        ),
        (
            "Ecuador proposed a shrimp survey. Peru will not approve it unless Ecuador pays.",
            set(),
        ),
        # ... without one, a rejection
        (
            "Ecuador proposed a shrimp survey. Peru will not accept the survey.",
            {("state-peru", "rejects")},
        ),
    ],
)
def test_stance_refused_until_a_condition(text: str, kept: set[tuple[str, str]]) -> None:
    assert {(h, s) for h, s, _ in _stances(text)} == kept, _stances(text)


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        # a verb coordinated after another shares how the verb above bears on it
        (
            "Angola offered Portugal a debt swap. Portugal refused to discuss or accept the "
            "Angolan plan.",
            {"rejects"},
        ),
        (
            "Angola offered Portugal a debt swap. Portugal has no intention to delay its reply "
            "and to accept the proposals of Luanda.",
            {"rejects"},
        ),
        (
            "Angola offered Portugal a debt swap. Portugal urged Angola to withdraw its troops "
            "and accept the plan.",
            set(),
        ),
        # ... not a verb with a subject of its own
        (
            "Angola offered Portugal a debt swap. Spain refused to comment, and Portugal "
            "accepted the plan.",
            {"supports"},
        ),
    ],
)
def test_a_coordinated_stance_verb_shares_the_first_verbs_reading(
    text: str, kinds: set[str]
) -> None:
    found = _stances(text)
    assert {kind for _, kind, _ in found} == kinds, found


def test_a_participle_on_a_noun_with_nothing_after_it_is_no_refusal() -> None:
    # "members ... opposed to the plan": the members' stance (no actor), not the subject's,
    # and not a refusal of whatever the sentence asks ("urged X to resist pressure")
    text = (
        "Peru offered Chile a fishing truce and urged President Ana Rios to resist pressure"
        " from members of her cabinet opposed to the truce."
    )
    assert _stances(text) == set()
    # a finite verb with nothing after it still refuses what was asked
    text = "Peru asked Chile to reopen the port. Chile refused."
    assert _stances(text) == {("state-chile", "rejects", "reopen the port")}


@pytest.mark.parametrize(
    "text",
    [
        'Peru made it clear at a summit on Monday that the Chilean plan was "unacceptable".',
        "Peru made clear on Friday that the Chilean demand for a new border was unacceptable.",
    ],
)
def test_a_judgement_made_clear_is_the_maker_s_stance(text: str) -> None:
    found = _stances(text)
    assert len(found) == 1, found
    holder, stance, label = next(iter(found))
    assert (holder, stance) == ("state-peru", "rejects")
    assert "plan" in label or "demand for a new border" in label


def test_a_judgement_made_clear_after_a_place_is_the_maker_s_stance() -> None:
    # the parse may hang the that-clause on the noun before it, as if a relative clause
    text = (
        "Peru made it clear at a Monday meeting of Andean ministers that the Chilean plan was"
        ' "unacceptable" in its present form.'
    )
    assert {(h, s) for h, s, _ in _stances(text)} == {("state-peru", "rejects")}


@pytest.mark.parametrize(
    "text",
    [
        "Chile will continue to support the Peruvian people through its embassy in Lima.",
        "Chile continues to support the Peruvian people through its embassy.",
        "Chile will continue to defend the law of the sea, which binds every coastal state.",
        "The Chilean consulate will continue to accept and process visa requests from Peru.",
    ],
)
def test_support_continued_is_an_activity_not_a_stance(text: str) -> None:
    # "continue to support X": aid or service going on, no position on a proposal
    assert _stances(text) == set()


def test_opposition_continued_is_still_a_stance() -> None:
    found = _stances("Chile will continue to oppose the Peruvian plan for a new port.")
    assert {(h, s) for h, s, _ in found} == {("state-chile", "rejects")}


def test_a_negated_judgement_of_an_act_on_something_particular_rejects_it() -> None:
    # the act with its object is what is judged, not a proposal said before
    text = (
        "Peru offered to invite the Chilean president to Lima. A Chilean spokesman told"
        ' reporters that dropping the fishing issue in talks with Peru is "not acceptable."'
    )
    assert ("state-chile", "rejects", "dropping the fishing issue in talks with Peru") in (
        _stances(text)
    )
    # an act on things in general is a principle, no stance on anything put forward
    text = "A Chilean spokesman said that attacking fishing boats is never acceptable."
    assert _stances(text) == set()


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # how a meeting went, judged through a noun of it: no proposal judged
        ("Chile said the atmosphere at the talks was positive.", set()),
        ("Chile said the mood of the meeting was constructive.", set()),
        # ... an act in talks, or a proposal noun at them, is still judged
        (
            "Chile said that dropping the fishing claim in talks with Peru is unacceptable.",
            {("state-chile", "rejects")},
        ),
        (
            "Peru proposed a toll on the bridge. Chile said the proposal at the talks was "
            "unacceptable.",
            {("state-chile", "rejects")},
        ),
    ],
)
def test_stance_judged_meeting_through_a_noun(text: str, kept: set[tuple[str, str]]) -> None:
    assert {(h, s) for h, s, _ in _stances(text)} == kept, _stances(text)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # "there is no question of accepting X": the speaker refuses X
        (
            'Chile proposed a joint patrol. "There is no question of accepting the proposal," '
            "the Peruvian foreign minister, Ana Soto, said.",
            {
                ("person-ana-soto", "rejects", "a joint patrol"),
                ("state-peru", "rejects", "a joint patrol"),
            },
        ),
        (
            "Chile proposed a joint patrol. Peru said there was no question of accepting the "
            "patrol.",
            {("state-peru", "rejects", "a joint patrol")},  # "the patrol": the one put forward
        ),
        # ... an open question is no refusal
        (
            "Chile proposed a joint patrol. Peru said the question of accepting the patrol was "
            "open.",
            set(),
        ),
    ],
)
def test_stance_no_question_of_accepting(text: str, kept: set[tuple[str, str, str]]) -> None:
    assert _stances(text) == kept, _stances(text)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # a compulsion not yet met: pressed on the subject, no stance taken
        (
            "Peru proposed a toll on the bridge. Under the treaty, Chile will be forced to "
            "accept the toll.",
            set(),
        ),
        ("Peru proposed a toll on the bridge. Chile is being forced to accept the toll.", set()),
        # ... reported as met, it tells what the subject did
        (
            "Peru proposed a toll on the bridge. Chile was forced to accept the toll.",
            {("state-chile", "supports")},
        ),
        (
            "Peru proposed a toll on the bridge. Chile has been forced to accept the toll.",
            {("state-chile", "supports")},
        ),
    ],
)
def test_stance_compelled_not_yet(text: str, kept: set[tuple[str, str]]) -> None:
    assert {(h, s) for h, s, _ in _stances(text)} == kept, _stances(text)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # actors doing something, as the object: the act is what is rejected
        (
            "Egypt rejects Ethiopia, Sudan and Kenya playing a role in overseeing the talks.",
            {
                (
                    "state-egypt",
                    "rejects",
                    "Ethiopia, Sudan and Kenya playing a role in overseeing the talks",
                )
            },
        ),
        # ... however the parse hung the gerund clause
        (
            "Chile opposes Peru hosting the summit.",
            {("state-chile", "rejects", "Peru hosting the summit")},
        ),
        (
            "Chile supports Peru joining the Pacific pact.",
            {("state-chile", "supports", "Peru joining the Pacific pact")},
        ),
        # ... an actor alone, or with a participle of the holder's own, stays the target
        (
            "Chile rejected Peru, saying the plan came too late.",
            {("state-chile", "rejects", "Peru")},
        ),
    ],
)
def test_stance_on_actors_doing_an_act(text: str, kept: set[tuple[str, str, str]]) -> None:
    assert _stances(text) == kept, _stances(text)
