"""Checks on the real-world lexicons shipped as TSV files under graph/data/.

The files are data, not code: these tests pin their format (headers, keys,
Wikidata ids), their internal consistency (no surface form claimed by two
states, every state reference resolves) and a sample of well-known ids.
"""

from __future__ import annotations

import csv
import re
from collections import Counter
from pathlib import Path

import pytest

DATA = Path(__file__).resolve().parent.parent / "graph" / "data"

HEADERS: dict[str, list[str]] = {
    "states": ["key", "label", "wikidata", "aliases", "capitals", "demonyms", "buildings"],
    "organisations": ["key", "label", "fine", "wikidata", "aliases", "country"],
    "people": ["key", "label", "wikidata", "aliases", "state", "role", "org"],
    "places": ["key", "label", "wikidata", "aliases"],
    "treaties": ["key", "label", "wikidata", "aliases"],
    "weapons": ["key", "label", "wikidata", "aliases"],
}
PREFIXES: dict[str, str] = {
    "states": "state",
    "organisations": "org",
    "people": "person",
    "places": "place",
    "treaties": "treaty",
    "weapons": "weapon",
}
FINE_CLASSES = {
    "alliance",
    "international_body",
    "ministry",
    "armed_force",
    "media",
    "research_institute",
    "party",
    "company",
    "agency",
    "court",
    "armed_group",
    "ngo",
}
KEY_RE = re.compile(r"^(state|org|person|place|treaty|weapon)-[a-z0-9-]+$")
QID_RE = re.compile(r"^Q[1-9][0-9]*$")
STATE_SURFACE_COLUMNS = ("label", "aliases", "capitals", "demonyms", "buildings")


def _read(name: str) -> tuple[list[str], list[dict[str, str]]]:
    """Read one lexicon: its header and its rows, skipping blank and '#' lines."""
    path = DATA / f"{name}.tsv"
    with path.open(encoding="utf-8", newline="") as handle:
        lines = [line for line in handle if line.strip() and not line.startswith("#")]
    reader = csv.reader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)
    header = next(reader)
    rows = []
    for number, cells in enumerate(reader, start=2):
        assert len(cells) == len(header), f"{name}.tsv row {number}: {cells!r}"
        rows.append(dict(zip(header, cells, strict=True)))
    return header, rows


def _values(cell: str) -> list[str]:
    return [value for value in cell.split("|") if value]


@pytest.fixture(scope="module", params=sorted(HEADERS))
def lexicon(request: pytest.FixtureRequest) -> tuple[str, list[str], list[dict[str, str]]]:
    header, rows = _read(request.param)
    return request.param, header, rows


@pytest.fixture(scope="module")
def state_keys() -> set[str]:
    return {row["key"] for row in _read("states")[1]}


def test_lexicon_data_header_is_exact(lexicon: tuple[str, list[str], list[dict[str, str]]]) -> None:
    name, header, rows = lexicon
    assert header == HEADERS[name]
    assert rows, f"{name}.tsv has no rows"


def test_lexicon_data_keys_are_unique_and_well_formed(
    lexicon: tuple[str, list[str], list[dict[str, str]]],
) -> None:
    name, _, rows = lexicon
    keys = [row["key"] for row in rows]
    assert [k for k, n in Counter(keys).items() if n > 1] == []
    bad = [k for k in keys if not KEY_RE.match(k) or not k.startswith(PREFIXES[name] + "-")]
    assert bad == []


def test_lexicon_data_labels_are_present_and_trimmed(
    lexicon: tuple[str, list[str], list[dict[str, str]]],
) -> None:
    _, _, rows = lexicon
    for row in rows:
        assert row["label"] and row["label"] == row["label"].strip(), row["key"]
        for column, cell in row.items():
            assert all(v == v.strip() for v in cell.split("|")), (row["key"], column)


def test_lexicon_data_wikidata_ids_are_valid_and_unique(
    lexicon: tuple[str, list[str], list[dict[str, str]]],
) -> None:
    name, _, rows = lexicon
    ids = [row["wikidata"] for row in rows if row["wikidata"]]
    assert [q for q in ids if not QID_RE.match(q)] == []
    assert [q for q, n in Counter(ids).items() if n > 1] == [], f"duplicate ids in {name}.tsv"


def test_lexicon_data_states_cover_the_un_and_more() -> None:
    _, rows = _read("states")
    assert len(rows) >= 197
    keys = {row["key"] for row in rows}
    for key in ("state-kosovo", "state-taiwan", "state-palestine", "state-vatican-city"):
        assert key in keys


def test_lexicon_data_states_surface_forms_are_unambiguous() -> None:
    _, rows = _read("states")
    owner: dict[str, str] = {}
    clashes = []
    for row in rows:
        forms = {v.lower() for column in STATE_SURFACE_COLUMNS for v in _values(row[column])}
        for form in forms:
            if form in owner:
                clashes.append((form, owner[form], row["key"]))
            owner[form] = row["key"]
    assert clashes == []


def test_lexicon_data_organisation_fine_classes_are_known() -> None:
    _, rows = _read("organisations")
    assert [(r["key"], r["fine"]) for r in rows if r["fine"] not in FINE_CLASSES] == []


@pytest.mark.parametrize(("name", "column"), [("organisations", "country"), ("people", "state")])
def test_lexicon_data_state_references_resolve(
    name: str, column: str, state_keys: set[str]
) -> None:
    _, rows = _read(name)
    dangling = [(r["key"], r[column]) for r in rows if r[column] and r[column] not in state_keys]
    assert dangling == []


def test_lexicon_data_office_bodies_resolve() -> None:
    _, orgs = _read("organisations")
    known = {r["key"] for r in orgs}
    _, people = _read("people")
    dangling = [(r["key"], k) for r in people for k in r["org"].split("|") if k and k not in known]
    assert dangling == []
    # an office of an international body names it; a state's office names none
    assert all(not (r["org"] and r["state"]) for r in people)
    assert sum(1 for r in people if r["org"]) >= 50


@pytest.mark.parametrize(
    ("name", "key", "qid"),
    [
        ("states", "state-united-states", "Q30"),
        ("states", "state-russia", "Q159"),
        ("states", "state-ukraine", "Q212"),
        ("states", "state-china", "Q148"),
        ("states", "state-france", "Q142"),
        ("states", "state-germany", "Q183"),
        ("states", "state-united-kingdom", "Q145"),
        ("states", "state-iran", "Q794"),
        ("states", "state-north-korea", "Q423"),
        ("states", "state-south-korea", "Q884"),
        ("states", "state-israel", "Q801"),
        ("states", "state-turkey", "Q43"),
        ("states", "state-kosovo", "Q1246"),
        ("states", "state-taiwan", "Q865"),
        ("states", "state-japan", "Q17"),
        ("states", "state-india", "Q668"),
        ("states", "state-serbia", "Q403"),
        ("states", "state-belarus", "Q184"),
        ("states", "state-sudan", "Q1049"),
        ("states", "state-palestine", "Q219060"),
        ("states", "state-cote-divoire", "Q1008"),
        ("organisations", "org-nato", "Q7184"),
        ("organisations", "org-united-nations", "Q1065"),
        ("organisations", "org-european-union", "Q458"),
        ("people", "person-vladimir-putin", "Q7747"),
        ("people", "person-donald-trump", "Q22686"),
        ("people", "person-angela-merkel", "Q567"),
        ("places", "place-crimea", "Q7835"),
        ("places", "place-gaza-strip", "Q39760"),
    ],
)
def test_lexicon_data_pins_well_known_ids(name: str, key: str, qid: str) -> None:
    _, rows = _read(name)
    by_key = {row["key"]: row for row in rows}
    assert key in by_key
    assert by_key[key]["wikidata"] == qid


@pytest.mark.parametrize(
    ("form", "key"),
    [
        ("U.S.", "state-united-states"),
        ("Washington", "state-united-states"),
        ("White House", "state-united-states"),
        ("Kremlin", "state-russia"),
        ("Kiev", "state-ukraine"),
        ("DPRK", "state-north-korea"),
        ("Türkiye", "state-turkey"),
        ("Prishtina", "state-kosovo"),
        ("Kosovar", "state-kosovo"),
        ("Emirati", "state-united-arab-emirates"),
    ],
)
def test_lexicon_data_states_know_common_surface_forms(form: str, key: str) -> None:
    _, rows = _read("states")
    owners = [
        row["key"]
        for row in rows
        if form in (v for column in STATE_SURFACE_COLUMNS for v in _values(row[column]))
    ]
    assert owners == [key]
