"""graph.evaluate: normalisation, keyword groups, matching and scoring of hand-made graphs."""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path

import pytest
from rdflib import Graph

import graph.evaluate as evaluate_module
from graph.documents import Document
from graph.errors import DiplographError, DocumentError, InputPathError
from graph.evaluate import (
    CATEGORIES,
    Report,
    evaluate,
    format_report,
    keywords_match,
    load_gold,
    match_items,
    normalise_name,
    parse_gold,
    report_to_json,
    score_graph,
)

EVAL = Path(__file__).resolve().parent / "fixtures" / "eval"


def fixture_graph(name: str) -> Graph:
    return Graph().parse(EVAL / "graphs" / f"{name}.ttl", format="turtle")


def fake_build(documents: Sequence[Document], **_: object) -> Graph:
    """Stands in for the extractor: the hand-made graph named after the document."""
    (doc,) = documents
    return fixture_graph(Path(doc.name).stem)


@pytest.fixture
def fixture_build(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(evaluate_module, "build_documents", fake_build)


# ----------------------------------------------------------------------------- text rules


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("the U.S.", "us"),
        ("U.S", "us"),
        ("The United States", "united states"),
        ("  the   North\tAtlantic \n Alliance ", "north atlantic alliance"),
        ("Kremlin’s", "kremlins"),
        ("Kremlin‘s", "kremlins"),
        ("Kremlinʼs", "kremlins"),
        ("Kremlin's", "kremlins"),
        ("ＮＡＴＯ", "nato"),  # NFKC folds full-width letters
        ("Straße", "strasse"),  # casefold, not lower
        ("El\u00a0País", "el país"),  # NFKC turns the no-break space into a space
        ("Theodore", "theodore"),  # "the" only as a word
        ("the", "the"),
        ("I.A.E.A.", "iaea"),
    ],
)
def test_evaluate_normalise_name(name: str, expected: str) -> None:
    assert normalise_name(name) == expected


@pytest.mark.parametrize(
    ("text", "keywords", "expected"),
    [
        ("Deploy no missiles in Ukraine", (("missile", "forces"), ("Ukraine",)), True),
        ("Deploy no forces in UKRAINE", (("missile", "forces"), ("ukraine",)), True),
        ("Deploy no missiles in Europe", (("missile", "forces"), ("Ukraine",)), False),
        ("de-escalation along the border", (("de-escalat", "deescalat"),), True),
        ("deescalation", (("de-escalat", "deescalat"),), True),
        ("escalation", (("de-escalat", "deescalat"),), False),
        ("dismantling the sites", (("dismantl",),), True),  # substring, not word
        ("", (("x",),), False),
    ],
)
def test_evaluate_keywords_match(
    text: str, keywords: tuple[tuple[str, ...], ...], expected: bool
) -> None:
    assert keywords_match(text, keywords) is expected


# ----------------------------------------------------------------------------- matching


def test_evaluate_match_items_is_maximum_not_greedy() -> None:
    # Predicted 0 fits gold 0 and 1, predicted 1 only gold 0: greedy finds one pair.
    matching = match_items(2, [False, False], [(0, 0), (0, 1), (1, 0)])
    assert matching == {0: 1, 1: 0}


def test_evaluate_match_items_optional_swap_excuses_both() -> None:
    # Predicted 0 fits required R (0) and optional O (1); predicted 1 only R.
    # Two separate matchings could pair 0-R and leave 1 spurious.
    for edges in ([(0, 0), (0, 1), (1, 0)], [(1, 0), (0, 0), (0, 1)]):
        matching = match_items(2, [False, True], edges)
        assert matching == {1: 0, 0: 1}


def test_evaluate_match_items_required_before_optional() -> None:
    # One predicted item fits a required and an optional item: the required wins.
    assert match_items(1, [True, False], [(0, 0), (0, 1)]) == {0: 1}


def test_evaluate_match_items_optional_excuses_one_prediction_only() -> None:
    matching = match_items(3, [True], [(0, 0), (1, 0), (2, 0)])
    assert list(matching.values()) == [0]


# ----------------------------------------------------------------------------- scoring


ALPHA = {  # category: (predicted, gold, matched, P, R, F1)
    "entities": (7, 7, 6, 6 / 7, 6 / 7, 6 / 7),
    "proposals": (6, 4, 4, 4 / 6, 1.0, 0.8),
    "conditions": (5, 2, 1, 0.2, 0.5, 2 / 7),
    "stances": (3, 3, 2, 2 / 3, 2 / 3, 2 / 3),
    "statements": (2, 2, 1, 0.5, 0.5, 0.5),
    "affiliations": (2, 2, 1, 0.5, 0.5, 0.5),
}


@pytest.fixture(scope="module")
def alpha_scores():
    return score_graph(fixture_graph("alpha"), load_gold(EVAL / "gold" / "alpha.json"))


@pytest.mark.parametrize("category", CATEGORIES)
def test_evaluate_score_graph_figures(alpha_scores, category: str) -> None:
    score = alpha_scores.category(category)
    predicted, gold, matched, p, r, f1 = ALPHA[category]
    assert (score.predicted, score.gold, score.matched) == (predicted, gold, matched)
    assert score.precision == pytest.approx(p)
    assert score.recall == pytest.approx(r)
    assert score.f1 == pytest.approx(f1)


def test_evaluate_score_graph_micro(alpha_scores) -> None:
    micro = alpha_scores.micro
    assert (micro.predicted, micro.gold, micro.matched) == (25, 20, 15)
    assert micro.f1 == pytest.approx(30 / 45)


def test_evaluate_entities_optional_excused_and_types_respected(alpha_scores) -> None:
    entities = alpha_scores.category("entities")
    assert entities.missed == ("PIR Center (Organisation)",)
    # Spain matches an optional item: neither counted nor spurious. A person
    # labelled "Washington" is not the United States (a State).
    assert entities.spurious == ('"Washington" (Person)',)


def test_evaluate_two_proposer_node_gives_two_pairs(alpha_scores) -> None:
    proposals = alpha_scores.category("proposals")
    assert proposals.missed == ()
    assert sorted(proposals.spurious) == [
        '"Elena Chernenko" proposes "arms control treaty"',
        '"North Atlantic Alliance" proposes "a new summit"',
    ]


def test_evaluate_conditions_check_requires(alpha_scores) -> None:
    conditions = alpha_scores.category("conditions")
    # "mutual verification" has the words but requires the wrong actor.
    assert conditions.missed == (
        "United States proposes [arms control] if [verification] (requires Russia)",
    )
    assert '"U.S." proposes "talks on arms control" if "mutual verification"' in (
        conditions.spurious
    )
    # The optional inspection condition excuses the US pair's "on-site inspection".
    assert '"U.S." proposes "talks on arms control" if "on-site inspection"' not in (
        conditions.spurious
    )


def test_evaluate_wikidata_and_greedy_trap() -> None:
    scores = score_graph(fixture_graph("beta"), load_gold(EVAL / "gold" / "beta.json"))
    entities = scores.category("entities")
    assert (entities.predicted, entities.gold, entities.matched) == (3, 3, 3)
    proposals = scores.category("proposals")
    assert (proposals.predicted, proposals.gold, proposals.matched) == (1, 1, 1)
    assert scores.category("stances").f1 is None  # nothing predicted, nothing to find


# ----------------------------------------------------------------------------- gold files


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ([], "g.json: the top level must be a JSON object; fix the gold file"),
        (
            {"entities": [{"label": "X", "type": "Country"}]},
            "g.json: entities[0].type is 'Country'; use one of State, Organisation, Person;"
            " fix the gold file",
        ),
        (
            {"proposals": [{"by": "Nobody", "keywords": [["x"]]}]},
            "g.json: proposals[0].by names 'Nobody', which is not a gold entity label;"
            " fix the gold file",
        ),
        (
            {
                "entities": [{"label": "X", "type": "State"}],
                "statements": [{"speaker": "X", "keywords": ["interest"]}],
            },
            "g.json: statements[0].keywords must be a non-empty list of non-empty lists of"
            ' strings, e.g. [["missile"], ["Ukraine"]]; fix the gold file',
        ),
        (
            {
                "entities": [{"label": "X", "type": "State"}],
                "stances": [{"by": "X", "stance": "likes", "keywords": [["a"]]}],
            },
            "g.json: stances[0].stance is 'likes'; use rejects or supports; fix the gold file",
        ),
    ],
)
def test_evaluate_parse_gold_errors(data: object, message: str) -> None:
    with pytest.raises(DocumentError) as info:
        parse_gold(data, "g.json")
    assert str(info.value) == message


def test_evaluate_load_gold_bad_json_names_the_file(tmp_path: Path) -> None:
    path = tmp_path / "broken.json"
    path.write_text('{"entities": [}', encoding="utf-8")
    with pytest.raises(DocumentError) as info:
        load_gold(path)
    assert str(info.value) == f"{path}: not valid JSON (Expecting value at line 1, column 15)"


def test_evaluate_load_gold_reads_optional_and_conditions() -> None:
    gold = load_gold(EVAL / "gold" / "alpha.json")
    assert [e.label for e in gold.entities if e.optional] == ["Spain"]
    assert gold.proposals[0].conditions[0].requires == "Russia"
    assert gold.proposals[3].conditions[1].optional is True


# ----------------------------------------------------------------------------- evaluate


def test_evaluate_pairs_documents_with_gold(fixture_build: None) -> None:
    report = evaluate(EVAL / "gold", EVAL / "docs")
    assert [d.document for d in report.documents] == ["alpha.txt", "beta.txt"]
    assert report.skipped_documents == ("extra.txt",)
    assert report.gold_without_document == ("orphan.json",)
    totals = {s.category: (s.predicted, s.gold, s.matched) for s in report.totals}
    assert totals == {
        "entities": (10, 10, 9),
        "proposals": (7, 5, 5),
        "conditions": (5, 2, 1),
        "stances": (3, 3, 2),
        "statements": (2, 2, 1),
        "affiliations": (2, 2, 1),
    }
    assert (report.micro.predicted, report.micro.gold, report.micro.matched) == (29, 24, 19)


def test_evaluate_missing_folder() -> None:
    with pytest.raises(InputPathError) as info:
        evaluate(EVAL / "nowhere", EVAL / "docs")
    assert str(info.value) == (
        f"{EVAL / 'nowhere'}: no such folder; give the folder of gold .json files"
    )


def test_evaluate_no_document_paired(tmp_path: Path) -> None:
    (tmp_path / "gold").mkdir()
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "x.txt").write_text("Text.", encoding="utf-8")
    with pytest.raises(DiplographError, match=r"gold files are paired by name \(x.txt -> x.json\)"):
        evaluate(tmp_path / "gold", tmp_path / "docs")


def test_evaluate_format_report_lines(fixture_build: None) -> None:
    text = format_report(evaluate(EVAL / "gold", EVAL / "docs"))
    lines = text.splitlines()
    assert lines[0] == "Scored 2 documents"
    assert lines[1].split() == [
        "category",
        "predicted",
        "gold",
        "matched",
        "precision",
        "recall",
        "F1",
    ]
    assert [line.split()[0] for line in lines[2:9]] == [*CATEGORIES, "micro"]
    assert lines[-2:] == [
        "Skipped, no gold file: extra.txt",
        "Gold without a document: orphan.json",
    ]


def test_evaluate_report_to_json(fixture_build: None) -> None:
    report = evaluate(EVAL / "gold", EVAL / "docs")
    data = json.loads(report_to_json(report))
    assert data["totals"]["conditions"] == {
        "predicted": 5,
        "gold": 2,
        "matched": 1,
        "precision": 0.2,
        "recall": 0.5,
        "f1": 0.2857,
    }
    assert data["documents"][1]["categories"]["stances"]["f1"] is None
    assert "missed" not in data["documents"][0]["categories"]["entities"]
    verbose = json.loads(report_to_json(report, verbose=True))
    assert verbose["documents"][0]["categories"]["entities"]["missed"] == [
        "PIR Center (Organisation)"
    ]


def test_evaluate_empty_report_has_no_figures() -> None:
    assert all(s.precision is None and s.f1 is None for s in Report(()).totals)


def test_evaluate_figures_do_not_depend_on_the_hash_seed() -> None:
    """The matching runs over integer nodes, so every process scores the same."""
    import os
    import subprocess
    import sys

    fixtures = Path(__file__).parent / "fixtures" / "heldout3"
    outputs = []
    for seed in ("1", "2", "3"):
        result = subprocess.run(
            [
                sys.executable,
                "-m",
                "graph",
                "eval",
                str(fixtures / "gold"),
                str(fixtures / "docs"),
                "--json",
            ],
            env={**os.environ, "PYTHONHASHSEED": seed},
            capture_output=True,
            text=True,
        )
        assert result.returncode == 0, result.stderr
        outputs.append(result.stdout)
    assert outputs[0] == outputs[1] == outputs[2]


def test_evaluate_prefers_the_proposal_whose_condition_matches() -> None:
    """Two predicted pairs fit one gold proposal; the one carrying its condition is chosen."""
    from rdflib import Graph

    from graph.evaluate import parse_gold, score_graph

    ttl = """
    @prefix dg: <https://w3id.org/diplograph/ns#> .
    @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
    @prefix x: <https://example.org/> .
    x:peru a dg:State ; rdfs:label "Peru" .
    x:chile a dg:State ; rdfs:label "Chile" .
    x:p1 a dg:Proposal ; rdfs:label "host the talks in Lima" ; dg:proposedBy x:peru .
    x:p2 a dg:Proposal ; rdfs:label "host the talks" ; dg:proposedBy x:peru ; dg:conditionalOn x:c .
    x:c a dg:Condition ; rdfs:label "if Chile agrees" ; dg:requiresActionBy x:chile .
    """
    gold = parse_gold(
        {
            "document": "d.txt",
            "entities": [{"label": "Peru", "type": "State"}, {"label": "Chile", "type": "State"}],
            "proposals": [
                {
                    "by": "Peru",
                    "keywords": [["host"]],
                    "conditions": [{"keywords": [["agree"]], "requires": "Chile"}],
                }
            ],
        }
    )
    scores = score_graph(Graph().parse(data=ttl, format="turtle"), gold)
    assert scores.category("conditions").matched == 1
    assert scores.category("proposals").matched == 1


def test_evaluate_exchanges_gold_proposals_to_match_a_condition() -> None:
    """Both predicted pairs are matched, one to an optional gold proposal; the pair carrying
    the condition goes to the gold proposal whose condition it matches."""
    from rdflib import Graph

    from graph.evaluate import parse_gold, score_graph

    ttl = """
    @prefix dg: <https://w3id.org/diplograph/ns#> .
    @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
    @prefix x: <https://example.org/> .
    x:peru a dg:State ; rdfs:label "Peru" .
    x:p1 a dg:Proposal ; rdfs:label "a truce" ; dg:proposedBy x:peru .
    x:p2 a dg:Proposal ; rdfs:label "a truce at sea" ; dg:proposedBy x:peru ; dg:conditionalOn x:c .
    x:c a dg:Condition ; rdfs:label "only if the mines are cleared" .
    """
    truce = {"by": "Peru", "keywords": [["truce"]]}
    for order in ((0, 1), (1, 0)):
        items = [
            {**truce, "conditions": [{"keywords": [["mines"]]}]},
            {**truce, "optional": True},
        ]
        gold = parse_gold(
            {
                "document": "d.txt",
                "entities": [{"label": "Peru", "type": "State"}],
                "proposals": [items[k] for k in order],
            }
        )
        scores = score_graph(Graph().parse(data=ttl, format="turtle"), gold)
        assert scores.category("proposals").matched == 1
        assert scores.category("conditions").matched == 1
        assert scores.category("conditions").predicted == 1
