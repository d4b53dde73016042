"""graph.labels: labels are clean text, whatever white space and apostrophes the source used."""

from __future__ import annotations

import pytest

from graph.labels import clean_label
from graph.names import NameIndex, name_key


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Andrey\u00a0Baklitskiy", "Andrey Baklitskiy"),  # no-break space
        ("Andrey\u202fBaklitskiy", "Andrey Baklitskiy"),  # narrow no-break space
        ("Andrey\u2009Baklitskiy", "Andrey Baklitskiy"),  # thin space
        ("Andrey\nBaklitskiy", "Andrey Baklitskiy"),  # a line break in the source
        ("Andrey\u2028Baklitskiy", "Andrey Baklitskiy"),  # line separator
        ("  Andrey \t Baklitskiy  ", "Andrey Baklitskiy"),
        ("de\u00adescalation", "deescalation"),  # soft hyphen
        ("Bak\u200blitskiy", "Baklitskiy"),  # zero-width space
        ("NATO\u2019s open door", "NATO's open door"),
        ("\u2018open door\u2019", "'open door'"),
        ("Côte d\u2019Ivoire", "Côte d'Ivoire"),
        ("“open door”", "“open door”"),  # double quotes are not apostrophes
    ],
)
def test_labels_clean_label(text: str, expected: str) -> None:
    assert clean_label(text) == expected


def test_labels_names_compare_as_clean_casefolded_text() -> None:
    index = NameIndex([("nato", "NATO", ["the\u00a0Alliance"]), ("ru", "Russia", [])])
    assert index.find("the alliance") == ["nato"]
    assert name_key("NATO\u2019s") == "nato's"


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("Rusia", ["Russia", "Belarus", "Romania"]),  # closest first, not alphabetical
        ("Rus", ["Russia", "Belarus", "United States"]),  # begins it, contains it, "US"
        ("Ukrain", ["Ukraine"]),
        ("zzz", []),
    ],
)
def test_labels_closest_names_best_first(typed: str, expected: list[str]) -> None:
    labels = ["Belarus", "Romania", "Russia", "Ukraine", "United States"]
    index = NameIndex(
        (label, label, ["US"] if label == "United States" else []) for label in labels
    )
    assert [label for _key, label in index.closest(typed)] == expected
