"""The optional statistical NER component: off by default, consulted only for unexplained names."""

from __future__ import annotations

import pytest

from graph.cli import main
from graph.extract.mentions import resolve_mentions
from graph.extract.ner import load_ner
from graph.extract.text import split_sentences

TEXT = (
    "Officials met on Monday. Ringvald Holdstrom spoke first, and the talks with Tessaly went well."
)


def test_ner_none_means_no_model() -> None:
    assert load_ner(None) is None
    assert load_ner("none") is None


def test_ner_is_asked_only_about_names_the_rules_left_unexplained() -> None:
    asked: list[str] = []

    def fake(text: str) -> list[tuple[int, int, str]]:
        asked.append(text)
        start = text.find("Tessaly")
        return (
            [(start, start + len("Tessaly"), "ORG"), (0, len("Officials"), "ORG")]
            if start >= 0
            else []
        )

    res = resolve_mentions(TEXT, split_sentences(TEXT), ner=fake)
    labels = {e.label: e.cls for e in res.entities.values()}
    assert labels == {"Ringvald Holdstrom": "Person", "Tessaly": "Organisation"}
    assert asked == ["Ringvald Holdstrom spoke first, and the talks with Tessaly went well."]


def test_ner_default_build_uses_no_model() -> None:
    res = resolve_mentions(TEXT, split_sentences(TEXT))
    assert {e.label for e in res.entities.values()} == {"Ringvald Holdstrom"}


def test_ner_unknown_model_is_one_clear_error(tmp_path, capsys: pytest.CaptureFixture[str]) -> None:
    doc = tmp_path / "a.txt"
    doc.write_text("Peru offered to host the talks.", encoding="utf-8")
    code = main(
        ["build", str(doc), "--out", str(tmp_path / "out"), "--ner-model", "no_such_model_xyz"]
    )
    err = capsys.readouterr().err
    assert code == 1
    assert err.startswith("Error: ") and err.count("\n") == 1
    assert "--ner-model" in err
    assert not (tmp_path / "out" / "graph.ttl").exists()
