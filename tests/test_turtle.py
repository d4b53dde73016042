"""Turtle output always parses, round-trips to an isomorphic graph, and is byte-identical."""

from __future__ import annotations

import io
import random
import re
import tempfile
from collections.abc import Collection, Iterator, Sequence
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rdflib import Graph, Literal, URIRef
from rdflib.compare import isomorphic
from rdflib.term import Node

import graph.namespace as vocab
from graph.build import GraphBuilder, new_graph
from graph.documents import document_from_text
from graph.export.from_store import turtle_edit
from graph.export.turtle import (
    Edit,
    Unpatchable,
    patch_turtle,
    to_turtle,
    turtle_iri,
    turtle_literal,
)
from graph.extract.records import (
    Affiliation,
    Condition,
    Entity,
    Extraction,
    Proposal,
    Stance,
    Statement,
)
from graph.namespace import DGID_DEFAULT, PREFIXES, PROV, RDF, RDFS, SKOS
from graph.store.oxigraph import Light, LightTriple, light_of

#: Characters that have broken Turtle writers: quotes, backslashes, every kind of
#: line break, C0/C1 controls, DEL, bidi controls, non-characters, emoji.
_NASTY = (
    "\"'\\\n\r\t\x00\x01\x08\x0b\x0c\x1b\x1f\x7f\x85\xa0\u2028\u2029\u200f\u202e"
    '\ufeff\ufffe\uffff\U0001f600\u05d0\u0627"""'
)
_CHARS = st.one_of(
    st.sampled_from(_NASTY),
    st.characters(min_codepoint=0, max_codepoint=0x7F),
    st.characters(exclude_categories=("Cs",)),  # lone surrogates cannot come from a file
)
TEXT = st.text(_CHARS, max_size=40)
KEY = st.from_regex(r"[a-z][a-z0-9-]{0,12}", fullmatch=True)


def _parse(text: str) -> Graph:
    g = Graph()
    g.parse(data=text, format="turtle")
    return g


@st.composite
def graphs(draw: st.DrawFn) -> Graph:
    """A graph built the way the build builds one, from arbitrary text everywhere."""
    builder = GraphBuilder()
    for _ in range(draw(st.integers(1, 2))):
        text = draw(TEXT) + "\n" + draw(TEXT)
        doc = document_from_text(
            text, name=draw(TEXT) or "doc.txt", paths=draw(st.lists(TEXT, max_size=2))
        )
        n = len(doc.text)
        span = st.tuples(st.integers(0, n), st.integers(0, n)).map(lambda s: tuple(sorted(s)))
        keys = draw(st.lists(KEY, min_size=2, max_size=4, unique=True))
        entities = tuple(
            Entity(
                key,
                draw(TEXT),
                draw(st.sampled_from(["State", "Organisation", "Person", "Place"])),
                aliases=frozenset(draw(st.lists(TEXT, max_size=3))),
            )
            for key in keys
        )
        proposal = Proposal(
            "p0",
            draw(TEXT),
            draw(span),
            kind=draw(st.sampled_from(["offer", "demand"])),
            proposers=(keys[0],),
            addressees=(keys[1],),
            reciprocal=draw(st.booleans()),
            rule=draw(TEXT),
        )
        condition = Condition(
            "p0", draw(TEXT), draw(span), requires=(keys[1],), negated=draw(st.booleans())
        )
        extraction = Extraction(
            entities=entities,
            proposals=(proposal,),
            conditions=(condition,),
            stances=(
                Stance(keys[1], "rejects", draw(TEXT), draw(span)),
                Stance(keys[0], "supports", draw(TEXT), draw(span), proposal="p0"),
            ),
            statements=(
                Statement(draw(TEXT), draw(span), speakers=(keys[0],), quote=draw(st.booleans())),
            ),
            affiliations=(Affiliation(keys[0], keys[1], draw(span), role=draw(TEXT) or None),),
        )
        builder.add(doc, extraction)
    return builder.graph


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(graphs())
def test_turtle_arbitrary_text_parses_and_round_trips(g: Graph) -> None:
    text = to_turtle(g)
    back = _parse(text)
    assert isomorphic(g, back)
    # Canonical: writing the parsed graph gives the same bytes again.
    assert to_turtle(back) == text
    # No control character is ever written raw; only newlines between statements.
    assert not re.search("[\x00-\x09\x0b-\x1f\x7f-\x9f\u2028\u2029]", text)


@settings(max_examples=50, deadline=None)
@given(st.lists(st.tuples(KEY, TEXT), min_size=1, max_size=8), st.randoms(use_true_random=False))
def test_turtle_same_graph_gives_same_bytes_whatever_the_insertion_order(
    items: list[tuple[str, str]], rng: object
) -> None:
    triples = [(URIRef(PREFIXES["dgid"] + key), RDFS.label, Literal(label)) for key, label in items]
    first, second = new_graph(), new_graph()
    for t in triples:
        first.add(t)
    shuffled = list(triples)
    rng.shuffle(shuffled)  # type: ignore[attr-defined]
    for t in shuffled:
        second.add(t)
    assert to_turtle(first).encode() == to_turtle(second).encode()


def test_turtle_building_twice_is_byte_identical() -> None:
    def build() -> str:
        builder = GraphBuilder()
        doc = document_from_text('Title "one"\r\n\r\nThe US offered talks.\x1b\n')
        builder.add(
            doc,
            Extraction(
                entities=(
                    Entity(
                        "state-united-states",
                        "United States",
                        "State",
                        aliases=frozenset({"the US", "Washington"}),
                    ),
                ),
                statements=(
                    Statement("offered talks", (17, 37), speakers=("state-united-states",)),
                ),
            ),
        )
        return to_turtle(builder.graph)

    assert build().encode() == build().encode()


def test_turtle_writes_the_contract_prefixes_first() -> None:
    lines = to_turtle(new_graph()).splitlines()
    assert lines[: len(PREFIXES)] == [f"@prefix {p}: <{ns}> ." for p, ns in PREFIXES.items()]


def test_turtle_iri_with_forbidden_characters_still_parses() -> None:
    builder = GraphBuilder()
    doc = document_from_text("Some text.")
    key = 'bad key "quoted" <angle> {brace} |pipe| ^caret^ `tick` back\\slash\x00'
    builder.add(doc, Extraction(entities=(Entity(key, "Bad", "State"),)))
    back = _parse(to_turtle(builder.graph))
    subjects = {str(s) for s in back.subjects(RDFS.label, Literal("Bad"))}
    # The builder turns a key that is not a slug into one, so the IRI is valid.
    assert subjects == {PREFIXES["dgid"] + "bad-key-quoted-angle-brace-pipe-caret-tick-back-slash"}


def test_turtle_non_default_base_round_trips() -> None:
    builder = GraphBuilder(base="https://example.org/graph#")
    builder.add(
        document_from_text("Hello."), Extraction(entities=(Entity("state-x", "X", "State"),))
    )
    text = to_turtle(builder.graph)
    assert isomorphic(builder.graph, _parse(text))


def test_turtle_literals_escape_per_the_grammar() -> None:
    assert turtle_literal(Literal('a"b\\c\nd\re\tf\x00\x7f\u2028')) == (
        '"a\\"b\\\\c\\nd\\re\\tf\\u0000\\u007F\\u2028"'
    )
    assert turtle_literal(Literal(True)) == "true"
    assert turtle_literal(Literal("07", datatype=vocab.XSD.string), PREFIXES) == '"07"^^xsd:string'
    assert turtle_literal(Literal("2024-05-01", datatype=vocab.XSD.date), PREFIXES) == (
        '"2024-05-01"^^xsd:date'
    )
    assert turtle_literal(Literal("hi", lang="en")) == '"hi"@en'


def test_turtle_prefixed_names_only_where_safe() -> None:
    assert turtle_iri(vocab.DG.Proposal, PREFIXES) == "dg:Proposal"
    assert turtle_iri(URIRef(PREFIXES["dgid"] + "a.b"), PREFIXES) == "dgid:a.b"
    assert turtle_iri(URIRef(PREFIXES["dgid"] + "ends."), PREFIXES) == (
        "<https://w3id.org/diplograph/id/ends.>"
    )
    assert turtle_iri(URIRef(PREFIXES["dgid"] + "é"), PREFIXES) == (
        "<https://w3id.org/diplograph/id/é>"
    )


class _Now:
    """An rdflib graph as the patch reads the graph now (:class:`Current`)."""

    def __init__(self, g: Graph) -> None:
        self.g = g

    def triples(
        self, subjects: Sequence[str], predicates: Collection[str] | None = None
    ) -> Iterator[tuple[str, list[LightTriple]]]:
        for s in subjects:
            triples = sorted(self.g.triples((URIRef(s), None, None)))
            yield (
                s,
                [
                    (s, str(p), light_of(o))
                    for _, p, o in triples
                    if predicates is None or str(p) in predicates
                ],
            )

    def holds(self, triples: Collection[tuple[str, str, str]]) -> set[tuple[str, str, str]]:
        return {t for t in triples if (URIRef(t[0]), URIRef(t[1]), URIRef(t[2])) in self.g}


def _patched(before: Graph, after: Graph, touched: list[tuple[str, Edit | None]]) -> str:
    """``before`` as canonical Turtle, patched with ``touched`` into ``after``."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "graph.ttl"
        path.write_text(to_turtle(before), encoding="utf-8", newline="\n")
        out = io.BytesIO()
        patch_turtle(path, touched, _Now(after), dict(PREFIXES))(out)
    return out.getvalue().decode("utf-8")


def _graph_of(statements: dict[str, list[str]]) -> Graph:
    g = new_graph()
    for key, texts in statements.items():
        for text in texts:
            g.add((URIRef(DGID_DEFAULT + key), RDFS.label, Literal(text)))
            g.add(
                (URIRef(DGID_DEFAULT + key), vocab.DG.source, URIRef(f"{DGID_DEFAULT}n{len(text)}"))
            )
    return g


STATEMENTS = st.dictionaries(KEY, st.lists(TEXT, min_size=1, max_size=3), max_size=10)


@settings(max_examples=150, deadline=None)
@given(old=STATEMENTS, new=STATEMENTS, unchanged=st.lists(KEY, max_size=3))
def test_turtle_patch_gives_the_bytes_of_the_whole_file(
    old: dict[str, list[str]], new: dict[str, list[str]], unchanged: list[str]
) -> None:
    before, after = _graph_of(old), _graph_of(new)
    touched = {
        DGID_DEFAULT + key
        for key in {*old, *new, *unchanged}
        if key in unchanged or set(old.get(key, ())) != set(new.get(key, ()))
    }
    assert _patched(before, after, [(s, None) for s in sorted(touched)]) == to_turtle(after)


_ODD_IRIS = ("http://example.org/a b", "http://example.org/100%25", "http://example.org/x")
#: Objects of every kind a line may hold: IRIs of the build (a few, so that lists of them
#: grow and shrink), IRIs written in full or percent-encoded, literals, numbers.
OBJECTS = st.one_of(
    st.sampled_from(["doc-1", "doc-2", "doc-10", "doc-a.b", "russia"]).map(
        lambda key: URIRef(DGID_DEFAULT + key)
    ),
    st.sampled_from(_ODD_IRIS).map(URIRef),
    TEXT.map(Literal),
    st.integers(0, 2).map(Literal),
)
PREDICATES = st.sampled_from(
    [RDF.type, RDFS.label, SKOS.altLabel, PROV.wasDerivedFrom, vocab.DG.source]
)
TRIPLES = st.lists(st.tuples(st.sampled_from("abc"), PREDICATES, OBJECTS), max_size=24)


def _graph_of_triples(triples: list[tuple[str, URIRef, Node]]) -> Graph:
    g = new_graph()
    for key, p, o in triples:
        g.add((URIRef(DGID_DEFAULT + key), p, o))
    return g


@settings(max_examples=300, deadline=None)
@given(old=TRIPLES, new=TRIPLES, more=TRIPLES)
def test_turtle_patch_edits_statements_in_place(
    old: list[tuple[str, URIRef, Node]],
    new: list[tuple[str, URIRef, Node]],
    more: list[tuple[str, URIRef, Node]],
) -> None:
    """Statements edited from the triples that came or went (and more: the graphs written
    or dropped also hold triples that did not change) give the bytes of the whole file:
    IRI objects spliced in and out of their lines, lines and statements coming and going,
    literals and odd IRIs written again whole."""
    before, after = _graph_of_triples(old), _graph_of_triples(new)
    pairs: dict[str, set[tuple[str, Light]]] = {}
    for s, p, o in (set(before) ^ set(after)) | set(_graph_of_triples(more)):
        pairs.setdefault(str(s), set()).add((str(p), light_of(o)))
    touched = [(s, turtle_edit(pairs[s])) for s in sorted(pairs)]
    assert _patched(before, after, touched) == to_turtle(after)


def test_turtle_patch_splices_a_long_list_of_sources() -> None:
    """A node named by many documents: a document added and one dropped change its
    ``prov:wasDerivedFrom`` line in place, without reading the others back."""
    node = URIRef(DGID_DEFAULT + "russia")
    before = new_graph()
    before.add((node, RDFS.label, Literal("Russia")))
    for n in range(300):
        before.add((node, PROV.wasDerivedFrom, URIRef(f"{DGID_DEFAULT}doc-{n:04d}")))
    after = new_graph()
    for triple in before:
        after.add(triple)
    gone, added = URIRef(DGID_DEFAULT + "doc-0007"), URIRef(DGID_DEFAULT + "doc-0150a")
    after.remove((node, PROV.wasDerivedFrom, gone))
    after.add((node, PROV.wasDerivedFrom, added))
    read: list[Collection[str] | None] = []

    class Spy(_Now):
        def triples(
            self, subjects: Sequence[str], predicates: Collection[str] | None = None
        ) -> Iterator[tuple[str, list[LightTriple]]]:
            read.extend([predicates] * len(subjects))
            return super().triples(subjects, predicates)

    pairs = [(str(PROV.wasDerivedFrom), str(gone)), (str(PROV.wasDerivedFrom), str(added))]
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "graph.ttl"
        path.write_text(to_turtle(before), encoding="utf-8", newline="\n")
        out = io.BytesIO()
        edit = turtle_edit(pairs)
        patch_turtle(path, [(str(node), edit)], Spy(after), dict(PREFIXES))(out)
    assert out.getvalue().decode("utf-8") == to_turtle(after)
    assert read == []  # nothing read back: the line was spliced


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_turtle_patch_finds_statements_in_a_large_file(seed: int) -> None:
    """Statements near each other and far apart, in a file of a few hundred kilobytes (the
    search steps from one to the next before it bisects)."""
    rng = random.Random(seed)
    nodes = [URIRef(f"{DGID_DEFAULT}node-{n:05d}") for n in range(3000)]
    before = new_graph()
    for node in nodes:
        before.add((node, RDFS.label, Literal(str(node)[-5:])))
        before.add((node, PROV.wasDerivedFrom, URIRef(f"{DGID_DEFAULT}doc-{rng.randrange(9)}")))
    after = new_graph()
    for triple in before:
        after.add(triple)
    touched = sorted({*rng.sample(nodes, 40), *nodes[100:110], *nodes[-3:]})
    pairs: dict[str, set[tuple[str, Light]]] = {}
    for node in touched:
        old = next(iter(before.objects(node, PROV.wasDerivedFrom)))
        new = URIRef(f"{DGID_DEFAULT}doc-{rng.randrange(9)}")
        after.remove((node, PROV.wasDerivedFrom, old))
        after.add((node, PROV.wasDerivedFrom, new))
        pairs[str(node)] = {
            (str(PROV.wasDerivedFrom), str(old)),
            (str(PROV.wasDerivedFrom), str(new)),
        }
    edits = [(s, turtle_edit(pairs[s])) for s in sorted(pairs)]
    assert len(to_turtle(before)) > 200_000
    assert _patched(before, after, edits) == to_turtle(after)
    assert _patched(before, after, [(s, None) for s in sorted(pairs)]) == to_turtle(after)


def test_turtle_patch_refuses_a_file_of_other_prefixes(tmp_path: Path) -> None:
    path = tmp_path / "graph.ttl"
    path.write_text("# edited\n" + to_turtle(_graph_of({"a": ["x"]})), encoding="utf-8")
    with pytest.raises(Unpatchable):
        patch_turtle(path, [], _Now(new_graph()), dict(PREFIXES))(io.BytesIO())
